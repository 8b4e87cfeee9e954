// Softplus (Dugas et al. 2001):
//   f(x) = log(1 + e^x) = max(x, 0) + log1p(e^-|x|)   (stable: exp argument <= 0)
//   f'(x) = sigmoid(x) = 1 - e^-f(x) = -expm1(-y)      (reuses y, one expm1)
#include "activations/Functions.h"

namespace nnlab {

void softplusForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    y = x.max(0.0) + (-x.abs()).exp().log1p();
}

void softplusBackward(ArrayIn, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = -dy * (-y).expm1();
}

}  // namespace nnlab
