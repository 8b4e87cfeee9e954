// Log-cosh loss, mean over all n*k elements, r = p - y:
//   l(r) = log cosh r = |r| + log1p(e^(-2|r|)) - log 2   (stable: no cosh overflow)
//   dL/dp = tanh(r) / (nk)
#include "losses/Functions.h"

#include <cmath>

namespace nnlab {

double logCoshValue(MatrixIn pred, MatrixIn target, const LossParams&) {
    const auto a = (pred - target).array().abs();
    const double n = double(pred.size());
    return ((a + (-2.0 * a).exp().log1p()).sum() - n * std::log(2.0)) / n;
}

void logCoshGradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams&) {
    dPred.array() = (pred - target).array().tanh() / double(pred.size());
}

}  // namespace nnlab
