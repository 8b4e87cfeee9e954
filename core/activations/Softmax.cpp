// Softmax over each row (Bridle 1990; Goodfellow et al. 2016, sec. 6.2.2.3):
//   y_i = e^(x_i - m) / sum_j e^(x_j - m),   m = max_j x_j  (no overflow, same y)
// Backward is the Jacobian-vector product per row, J = diag(y) - y y^T:
//   dx_i = sum_j dy_j y_j (delta_ij - y_i) = y_i (dy_i - sum_j dy_j y_j)
// Row by row, so the reductions are scalars and nothing allocates.
#include "activations/ExpTail.h"
#include "activations/Functions.h"

namespace nnlab {

void softmaxForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    for (Index i = 0; i < x.rows(); ++i) {
        expTail(x.row(i) - x.row(i).maxCoeff(), y.row(i));
        y.row(i) /= y.row(i).sum();
    }
}

void softmaxBackward(ArrayIn, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    for (Index i = 0; i < y.rows(); ++i) {
        const double dot = (dy.row(i) * y.row(i)).sum();
        dx.row(i) = y.row(i) * (dy.row(i) - dot);
    }
}

}  // namespace nnlab
