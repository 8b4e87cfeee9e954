// SELU (Klambauer et al. 2017, eq. 2), fixed constants (the paper's, as PyTorch):
//   f(x) = lambda x for x > 0, else lambda alpha (e^x - 1)
//   f'(x) = lambda for x > 0, else lambda alpha e^x = f(x) + lambda alpha
//   lambda = 1.0507009873554805, alpha = 1.6732632423543772
// Self-normalising only with LeCun-normal weights and standardised inputs.
#include "activations/Functions.h"

namespace nnlab {

namespace {
constexpr double kLambda = 1.0507009873554805;
constexpr double kAlpha = 1.6732632423543772;
}  // namespace

void seluForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    y = kLambda * (x > 0.0).select(x, kAlpha * x.min(0.0).expm1());
}

void seluBackward(ArrayIn x, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = (x > 0.0).select(kLambda * dy, dy * (y + kLambda * kAlpha));
}

}  // namespace nnlab
