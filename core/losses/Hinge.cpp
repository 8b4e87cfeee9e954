// Hinge loss (e.g. Rosasco et al. 2004), labels y = +-1, mean over all n*k elements:
//   L = 1/(nk) sum max(0, 1 - y p)
//   dL/dp = -y / (nk) where 1 - y p > 0, else 0 (0 at the kink)
#include "losses/Functions.h"

namespace nnlab {

double hingeValue(MatrixIn pred, MatrixIn target, const LossParams&) {
    return (1.0 - target.array() * pred.array()).max(0.0).sum() / double(pred.size());
}

void hingeGradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams&) {
    dPred.array() = (target.array() * pred.array() < 1.0).select(-target.array() / double(pred.size()), 0.0);
}

}  // namespace nnlab
