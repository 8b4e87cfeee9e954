// Categorical cross-entropy with one-hot (or soft) targets, n samples:
//   L = -1/n sum_i sum_k y_ik log p_ik,   dL/dp_ik = -y_ik / (n p_ik)
// p is floored at 1e-12 so that a class the softmax drove to 0 gives a large
// finite loss instead of 0 * log 0 = NaN.
#include "losses/Functions.h"

namespace nnlab {

namespace {
constexpr double kEps = 1e-12;
}

double cceValue(MatrixIn pred, MatrixIn target, const LossParams&) {
    return -(target.array() * pred.array().max(kEps).log()).sum() / double(pred.rows());
}

void cceGradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams&) {
    dPred.array() = -target.array() / pred.array().max(kEps) / double(pred.rows());
}

}  // namespace nnlab
