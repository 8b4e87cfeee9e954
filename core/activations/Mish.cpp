// Mish (Misra 2019, eq. 1):
//   f(x) = x T,   T = tanh(softplus(x)) = ((1+e^x)^2 - 1) / ((1+e^x)^2 + 1)
//   f'(x) = T + x (1 - T^2) sigmoid(x)
// Written with t = exp(-|x|) <= 1 so nothing overflows or cancels:
//   x >= 0: D = 1 + 2t + 2t^2,  T = (1 + 2t) / D,  x (1-T^2) sigmoid = 4x t^2 (1+t) / D^2
//   x <  0: D = t^2 + 2t + 2,   T = t (t + 2) / D, x (1-T^2) sigmoid = 4x t (1+t) / D^2
// t is kept in the output buffer first (one exp per element), then used.
#include "activations/ExpTail.h"
#include "activations/Functions.h"

namespace nnlab {

void mishForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    expTail(-x.abs(), y);
    y = x * (x >= 0.0).select((1.0 + 2.0 * y) / (1.0 + 2.0 * y + 2.0 * y.square()),
                              y * (y + 2.0) / (y * (y + 2.0) + 2.0));
}

void mishBackward(ArrayIn x, ArrayIn, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    expTail(-x.abs(), dx);
    dx = dy * (x >= 0.0).select(
                  ((1.0 + 2.0 * dx) + 4.0 * x * dx.square() * (1.0 + dx) / (1.0 + 2.0 * dx + 2.0 * dx.square())) /
                      (1.0 + 2.0 * dx + 2.0 * dx.square()),
                  (dx * (dx + 2.0) + 4.0 * x * dx * (1.0 + dx) / (dx.square() + 2.0 * dx + 2.0)) /
                      (dx.square() + 2.0 * dx + 2.0));
}

}  // namespace nnlab
