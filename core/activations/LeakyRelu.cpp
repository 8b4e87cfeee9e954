// Leaky ReLU (Maas et al. 2013), slope a = p[0] (default 0.01, PyTorch's; Keras uses 0.3):
//   f(x) = x for x > 0, else a x
//   f'(x) = 1 for x > 0, else a  (a at 0, consistent with relu'(0) = 0)
#include "activations/Functions.h"

namespace nnlab {

void leakyReluForward(ArrayIn x, ArrayOut y, const ActivationParams& p) {
    y = x.max(0.0) + p[0] * x.min(0.0);  // = the select, exactly, but vectorised
}

void leakyReluBackward(ArrayIn x, ArrayIn, ArrayIn dy, ArrayOut dx, const ActivationParams& p) {
    dx = (x > 0.0).select(dy, p[0] * dy);
}

}  // namespace nnlab
