// Rectified linear unit (Nair & Hinton 2010; Glorot et al. 2011):
//   f(x) = max(0, x),   f'(x) = 1 for x > 0, else 0  (relu'(0) = 0, as PyTorch)
#include "activations/Functions.h"

namespace nnlab {

void reluForward(ArrayIn x, ArrayOut y, const ActivationParams&) { y = x.max(0.0); }

void reluBackward(ArrayIn x, ArrayIn, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = (x > 0.0).select(dy, 0.0);
}

}  // namespace nnlab
