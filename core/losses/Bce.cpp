// Binary cross-entropy on probabilities, mean over all n*k elements:
//   L = -1/(nk) sum [ y log p + (1 - y) log(1 - p) ]
//   dL/dp = (p - y) / (p (1 - p)) / (nk)
// p is clamped to [1e-12, 1 - 1e-12] only so that log(0) cannot happen (a
// saturated sigmoid); inside that range the result is the plain formula.
// log1p(-p) keeps the digits of log(1 - p) for small p.
#include "losses/Functions.h"

namespace nnlab {

namespace {
constexpr double kEps = 1e-12;
}

double bceValue(MatrixIn pred, MatrixIn target, const LossParams&) {
    const auto p = pred.array().max(kEps).min(1.0 - kEps);
    const auto y = target.array();
    return -(y * p.log() + (1.0 - y) * (-p).log1p()).sum() / double(pred.size());
}

void bceGradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams&) {
    const auto p = pred.array().max(kEps).min(1.0 - kEps);
    dPred.array() = (p - target.array()) / (p * (1.0 - p)) / double(pred.size());
}

}  // namespace nnlab
