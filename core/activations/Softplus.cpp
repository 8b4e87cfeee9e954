// Softplus (Dugas et al. 2001):
//   f(x) = log(1 + e^x) = max(x, 0) + log1p(e^-|x|)   (stable: exp argument <= 0;
//          e^-|x| is kept in y first, see ExpTail.h)
//   f'(x) = sigmoid(x) = 1 - e^-f(x) = -expm1(-y)      (reuses y, one expm1)
#include "activations/ExpTail.h"
#include "activations/Functions.h"

namespace nnlab {

void softplusForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    expTail(-x.abs(), y);
    y = x.max(0.0) + y.log1p();
}

void softplusBackward(ArrayIn, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = -dy * (-y).expm1();
}

}  // namespace nnlab
