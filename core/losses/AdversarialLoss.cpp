// The adversarial losses' table and dispatch (formulas: one file each, see
// AdversarialLoss.h), and the two stable logistic helpers they share.
#include "losses/AdversarialLoss.h"

#include "Error.h"
#include "spec/NameLookup.h"

namespace nnlab {

const std::vector<AdversarialLossInfo>& adversarialLossTable() {
    static const std::vector<AdversarialLossInfo> table = {
        {"non_saturating", "Non-saturating (log loss)", AdversarialLoss::NonSaturating,
         "G maximises log D(G(z)): strong gradients while D still rejects its samples"},
        {"minimax", "Minimax (log loss)", AdversarialLoss::Minimax,
         "G minimises log(1 - D(G(z))), the original game: its gradient vanishes while D wins"},
        {"least_squares", "Least squares", AdversarialLoss::LeastSquares,
         "squared distance of D(x) to the targets: gradients grow with the distance, no saturation"},
    };
    return table;
}

const AdversarialLossInfo& findAdversarialLoss(const std::string& name) {
    std::vector<std::string> known;
    for (const AdversarialLossInfo& info : adversarialLossTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("adversarial loss", name, known));
}

double discriminatorLoss(AdversarialLoss loss, MatrixIn real, MatrixIn fake, double realTarget, MatrixOut dReal,
                         MatrixOut dFake) {
    // Minimax and non-saturating differ only in G's loss; D plays the same game.
    if (loss == AdversarialLoss::LeastSquares) return leastSquaresDiscriminator(real, fake, realTarget, dReal, dFake);
    return logLossDiscriminator(real, fake, realTarget, dReal, dFake);
}

double generatorLoss(AdversarialLoss loss, MatrixIn fake, MatrixOut dFake) {
    switch (loss) {
    case AdversarialLoss::Minimax: return minimaxGenerator(fake, dFake);
    case AdversarialLoss::NonSaturating: return nonSaturatingGenerator(fake, dFake);
    case AdversarialLoss::LeastSquares: return leastSquaresGenerator(fake, dFake);
    }
    return 0.0;
}

Array logistic(MatrixIn z) {
    const Array e = (-z.array().abs()).exp();
    return (z.array() >= 0.0).select(Array::Ones(z.rows(), z.cols()), e) / (1.0 + e);
}

Array softplus(MatrixIn z) { return z.array().max(0.0) + (-z.array().abs()).exp().log1p(); }

}  // namespace nnlab
