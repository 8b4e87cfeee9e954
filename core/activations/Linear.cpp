// Linear (identity): f(x) = x, f'(x) = 1.
#include "activations/Functions.h"

namespace nnlab {

void linearForward(ArrayIn x, ArrayOut y, const ActivationParams&) { y = x; }
void linearBackward(ArrayIn, ArrayIn, ArrayIn dy, ArrayOut dx, const ActivationParams&) { dx = dy; }

}  // namespace nnlab
