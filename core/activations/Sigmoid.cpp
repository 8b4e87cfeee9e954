// Logistic sigmoid (Goodfellow et al. 2016, Deep Learning, sec. 3.10):
//   f(x) = 1 / (1 + e^-x),   f'(x) = f(x) (1 - f(x))  (reuses y)
// Stable form: with e = exp(-|x|) <= 1, f(x) = 1/(1+e) for x >= 0 and e/(1+e)
// for x < 0, so exp() never overflows and tiny values keep their digits.
// e goes into y first (one exp per element, vectorised), then y is finished.
// expTail (ExpTail.h) makes sigmoid(-1000) exactly 0.
#include "activations/ExpTail.h"
#include "activations/Functions.h"

namespace nnlab {

void sigmoidForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    expTail(-x.abs(), y);
    y = (x >= 0.0).select(1.0, y) / (1.0 + y);
}

void sigmoidBackward(ArrayIn, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = dy * y * (1.0 - y);
}

}  // namespace nnlab
