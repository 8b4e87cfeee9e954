// Swish / SiLU (Ramachandran et al. 2017 with beta = 1; Elfwing et al. 2018):
//   f(x) = x sigmoid(x)
//   f'(x) = s + x s (1 - s),   s = sigmoid(x)
// Forward uses the stable sigmoid (see Sigmoid.cpp) with e = exp(-|x|) kept
// in y. Backward takes s = y / x (s(0) = 1/2), exact and without an exp.
#include "activations/ExpTail.h"
#include "activations/Functions.h"

namespace nnlab {

void swishForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    expTail(-x.abs(), y);
    y = x * (x >= 0.0).select(1.0, y) / (1.0 + y);
}

void swishBackward(ArrayIn x, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    const auto s = (x != 0.0).select(y / x, 0.5);
    dx = dy * s * (1.0 + x * (1.0 - s));
}

}  // namespace nnlab
