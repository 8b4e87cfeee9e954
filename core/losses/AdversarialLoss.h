#pragma once
// The two players' losses of a generative adversarial network (Goodfellow et
// al. 2014), on the discriminator's logits z: D(x) = sigmoid(z). Each formula
// returns the loss and writes its gradient with respect to the logits, which
// is where backpropagation into D (and through D into G) starts.
//
//   discriminator, log loss    -a mean log D(r) - (1-a) mean log(1-D(r)) - mean log(1-D(f))
//   generator, minimax          mean log(1 - D(f))        (GAN paper, eq. 1)
//   generator, non-saturating  -mean log D(f)             (GAN paper, sec. 3)
//   least squares (Mao 2017)    D: mean (D(r)-a)^2 + mean D(f)^2,  G: mean (D(f)-1)^2
//
// r: real samples' logits, f: generated samples'; a: the real samples'
// target, 1 without smoothing, 0.9 for one-sided label smoothing (Salimans et
// al. 2016, sec. 3.4: only the real side is smoothed, so D's optimum becomes
// a p_data / (p_data + p_g) and never rewards G for staying away from data).
// The D loss is a sum of two means, no 1/2 (../shared/oracle/README.md,
// gan_losses). Least squares is taken on D(x) = sigmoid(z), as GAN Lab does,
// so D(x) is a probability for every loss. One formula file each.
#include "Types.h"

#include <string>
#include <vector>

namespace nnlab {

enum class AdversarialLoss { Minimax, NonSaturating, LeastSquares };

struct AdversarialLossInfo {
    const char* name;   // "non_saturating": the experiment file's name
    const char* label;  // "Non-saturating" (QT_TRANSLATE_NOOP context "AdversarialLoss")
    AdversarialLoss loss;
    const char* why;    // one line for a tooltip
};

// In GUI order; the non-saturating loss is the default.
const std::vector<AdversarialLossInfo>& adversarialLossTable();
// Throws SpecError: unknown adversarial loss "minmax" (known: ...; did you mean "minimax"?)
const AdversarialLossInfo& findAdversarialLoss(const std::string& name);

// Dispatch by kind. Gradients have the shapes of the logits, (n, 1).
double discriminatorLoss(AdversarialLoss loss, MatrixIn real, MatrixIn fake, double realTarget, MatrixOut dReal,
                         MatrixOut dFake);
double generatorLoss(AdversarialLoss loss, MatrixIn fake, MatrixOut dFake);

// The formulas (one .cpp each).
double logLossDiscriminator(MatrixIn real, MatrixIn fake, double realTarget, MatrixOut dReal, MatrixOut dFake);
double minimaxGenerator(MatrixIn fake, MatrixOut dFake);
double nonSaturatingGenerator(MatrixIn fake, MatrixOut dFake);
double leastSquaresDiscriminator(MatrixIn real, MatrixIn fake, double realTarget, MatrixOut dReal, MatrixOut dFake);
double leastSquaresGenerator(MatrixIn fake, MatrixOut dFake);

// sigmoid(z) and softplus(z) = log(1 + e^z) without overflow: e^-|z| only.
// log D = -softplus(-z), log(1 - D) = -softplus(z).
Array logistic(MatrixIn z);
Array softplus(MatrixIn z);

}  // namespace nnlab
