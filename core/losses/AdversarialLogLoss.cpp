// The discriminator's log loss (Goodfellow et al. 2014, eq. 1, D's side) with
// one-sided label smoothing (Salimans et al. 2016, sec. 3.4), on logits:
//   L = -mean[a log D(r) + (1 - a) log(1 - D(r))] - mean log(1 - D(f))
//     =  mean[a softplus(-r) + (1 - a) softplus(r)] + mean softplus(f)
//   dL/dr = (D(r) - a) / n_r,   dL/df = D(f) / n_f
// a = 1 is the plain game (../shared/oracle gan_losses: a sum of two means).
#include "losses/AdversarialLoss.h"

namespace nnlab {

double logLossDiscriminator(MatrixIn real, MatrixIn fake, double realTarget, MatrixOut dReal, MatrixOut dFake) {
    const double nr = double(real.size()), nf = double(fake.size());
    const Array realTerm = realTarget * softplus(-real) + (1.0 - realTarget) * softplus(real);
    dReal.array() = (logistic(real) - realTarget) / nr;
    dFake.array() = logistic(fake) / nf;
    return realTerm.sum() / nr + softplus(fake).sum() / nf;
}

}  // namespace nnlab
