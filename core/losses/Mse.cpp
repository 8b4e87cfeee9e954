// Mean squared error, mean over all n*k elements:
//   L = 1/(nk) sum (p - y)^2,   dL/dp = 2 (p - y) / (nk)
#include "losses/Functions.h"

namespace nnlab {

double mseValue(MatrixIn pred, MatrixIn target, const LossParams&) {
    return (pred - target).squaredNorm() / double(pred.size());
}

void mseGradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams&) {
    dPred = (2.0 / double(pred.size())) * (pred - target);
}

}  // namespace nnlab
