// Sparse categorical cross-entropy: target (n, 1) holds class indices c_i:
//   L = -1/n sum_i log p_(i, c_i),   dL/dp_ik = -[k = c_i] / (n p_ik)
// Same as cce with one-hot targets; p floored at 1e-12 as there.
// An index that is not an integer in [0, k) throws DataError.
#include "losses/Functions.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace nnlab {

namespace {
constexpr double kEps = 1e-12;

Index classOf(MatrixIn pred, MatrixIn target, Index i) {
    const double c = target(i, 0);
    if (!(c >= 0.0 && c < double(pred.cols()) && c == std::floor(c))) {
        std::ostringstream msg;
        msg << "loss \"sparse_cce\": target row " << i << " is " << c << ", not a class index in 0.."
            << pred.cols() - 1;
        throw DataError(msg.str());
    }
    return Index(c);
}
}  // namespace

double sparseCceValue(MatrixIn pred, MatrixIn target, const LossParams&) {
    double sum = 0.0;
    for (Index i = 0; i < pred.rows(); ++i) sum -= std::log(std::max(pred(i, classOf(pred, target, i)), kEps));
    return sum / double(pred.rows());
}

void sparseCceGradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams&) {
    dPred.setZero();
    const double n = double(pred.rows());
    for (Index i = 0; i < pred.rows(); ++i) {
        const Index c = classOf(pred, target, i);
        dPred(i, c) = -1.0 / (n * std::max(pred(i, c), kEps));
    }
}

}  // namespace nnlab
