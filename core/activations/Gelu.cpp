// GELU, exact form (Hendrycks & Gimpel 2016, eq. in sec. 2):
//   f(x) = x Phi(x),   Phi(x) = erfc(-x / sqrt 2) / 2
//   f'(x) = Phi(x) + x phi(x),   phi(x) = exp(-x^2 / 2) / sqrt(2 pi)
// erfc(-x/sqrt 2) instead of 1 + erf(x/sqrt 2): for negative x the latter
// cancels and loses every digit of the small tail; erfc keeps them.
#include "activations/ExpTail.h"
#include "activations/Functions.h"

#include <cmath>

namespace nnlab {

namespace {
constexpr double kInvSqrt2 = 0.70710678118654752440;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;
double erfcOf(double v) { return std::erfc(v); }
}  // namespace

void geluForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    y = 0.5 * x * (-kInvSqrt2 * x).unaryExpr(&erfcOf);
}

void geluBackward(ArrayIn x, ArrayIn, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    expTail(-0.5 * x.square(), dx);  // phi(x) sqrt(2 pi), vectorised
    dx = dy * (0.5 * (-kInvSqrt2 * x).unaryExpr(&erfcOf) + kInvSqrt2Pi * x * dx);
}

}  // namespace nnlab
