// Huber loss (Huber 1964), delta = p[0] (default 1), mean over all n*k elements,
// with r = p - y:
//   l(r) = r^2 / 2 for |r| <= delta, else delta (|r| - delta / 2)
//   dL/dp = clamp(r, -delta, delta) / (nk)
#include "losses/Functions.h"

namespace nnlab {

double huberValue(MatrixIn pred, MatrixIn target, const LossParams& p) {
    const double delta = p[0];
    const auto a = (pred - target).array().abs();
    return (a <= delta).select(0.5 * a.square(), delta * (a - 0.5 * delta)).sum() / double(pred.size());
}

void huberGradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams& p) {
    const double delta = p[0];
    dPred.array() = (pred - target).array().max(-delta).min(delta) / double(pred.size());
}

}  // namespace nnlab
