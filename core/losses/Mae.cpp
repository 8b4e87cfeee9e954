// Mean absolute error, mean over all n*k elements:
//   L = 1/(nk) sum |p - y|,   dL/dp = sign(p - y) / (nk),  sign(0) = 0
#include "losses/Functions.h"

namespace nnlab {

double maeValue(MatrixIn pred, MatrixIn target, const LossParams&) {
    return (pred - target).cwiseAbs().sum() / double(pred.size());
}

void maeGradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams&) {
    dPred = (pred - target).cwiseSign() / double(pred.size());
}

}  // namespace nnlab
