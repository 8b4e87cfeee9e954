// GELU, tanh approximation (Hendrycks & Gimpel 2016, sec. 2):
//   f(x) = 0.5 x (1 + tanh u),   u = c (x + 0.044715 x^3),   c = sqrt(2 / pi)
//        = x s,   s = sigmoid(2u)   (since (1 + tanh u) / 2 = sigmoid(2u))
//   f'(x) = s + x s (1 - s) 2c (1 + 3 * 0.044715 x^2)
// 1 + tanh u cancels for very negative x; the sigmoid form with e = exp(-2|u|)
// does not (u has the sign of x): s = 1/(1+e) for x >= 0, e/(1+e) below, and
// s (1 - s) = e / (1+e)^2 on both sides, so 1 - s never cancels either (taking
// s = y / x instead saves the exp but costs ~40 ulps at x = 7).
// e is kept in the output buffer first (vectorised exp), then used.
#include "activations/ExpTail.h"
#include "activations/Functions.h"

namespace nnlab {

namespace {
constexpr double kC = 0.79788456080286535588;  // sqrt(2 / pi)
constexpr double kK = 0.044715;
}  // namespace

void geluTanhForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    expTail(-2.0 * kC * x.abs() * (1.0 + kK * x.square()), y);  // e = exp(-2|u|)
    y = x * (x >= 0.0).select(1.0, y) / (1.0 + y);
}

void geluTanhBackward(ArrayIn x, ArrayIn, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    expTail(-2.0 * kC * x.abs() * (1.0 + kK * x.square()), dx);  // e
    dx = dy * ((x >= 0.0).select(1.0, dx) / (1.0 + dx) +
               x * (2.0 * kC) * (1.0 + 3.0 * kK * x.square()) * dx / (1.0 + dx).square());
}

}  // namespace nnlab
