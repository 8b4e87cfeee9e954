// Hard sigmoid, PyTorch's torch.nn.Hardsigmoid (Howard et al. 2019, MobileNetV3):
//   f(x) = clamp(x/6 + 1/2, 0, 1)
//   f'(x) = 1/6 on the closed interval [-3, 3], 0 outside (as torch.clamp
//   passes the gradient at the bounds; ../shared/oracle/README.md).
#include "activations/Functions.h"

namespace nnlab {

void hardSigmoidForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    y = (x / 6.0 + 0.5).max(0.0).min(1.0);
}

void hardSigmoidBackward(ArrayIn x, ArrayIn, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = (x >= -3.0 && x <= 3.0).select(dy / 6.0, 0.0);
}

}  // namespace nnlab
