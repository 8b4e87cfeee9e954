// Softsign (Bergstra et al. 2009; Glorot & Bengio 2010):
//   f(x) = x / (1 + |x|),   f'(x) = 1 / (1 + |x|)^2
#include "activations/Functions.h"

namespace nnlab {

void softsignForward(ArrayIn x, ArrayOut y, const ActivationParams&) { y = x / (1.0 + x.abs()); }

void softsignBackward(ArrayIn x, ArrayIn, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = dy / (1.0 + x.abs()).square();
}

}  // namespace nnlab
