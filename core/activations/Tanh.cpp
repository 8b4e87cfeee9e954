// Hyperbolic tangent: f(x) = tanh x,  f'(x) = 1 - f(x)^2 (reuses y).
#include "activations/Functions.h"

namespace nnlab {

void tanhForward(ArrayIn x, ArrayOut y, const ActivationParams&) { y = x.tanh(); }
void tanhBackward(ArrayIn, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = dy * (1.0 - y.square());
}

}  // namespace nnlab
