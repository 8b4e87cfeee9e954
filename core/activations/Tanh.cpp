// Hyperbolic tangent: f(x) = tanh x,  f'(x) = 1 - f(x)^2 (reuses y).
// Computed as in Cephes tanh.c (Moshier 1989; also Go's math.Tanh), which
// vectorises where std::tanh does not (about 2x faster here, the hot path):
//   |x| <  0.625: x + x z P(z) / Q(z), z = x^2, the Cephes rational (no cancellation
//                 for small x, where (e^2x - 1) / (e^2x + 1) would lose digits)
//   |x| >= 0.625: (e - 1) / (e + 1), e = exp(2 clamp(x, -20, 20)); tanh(+-20)
//                 is +-1 in double, and the clamp keeps exp finite.
// Max relative error ~2.6e-16 over [-1000, 1000] (against long double).
// e goes into y first so the exp runs vectorised (a select around it would not).
#include "activations/Functions.h"

namespace nnlab {

namespace {
constexpr double kP0 = -9.64399179425052238628e-1;
constexpr double kP1 = -9.92877231001918586564e1;
constexpr double kP2 = -1.61468768441708447952e3;
constexpr double kQ0 = 1.12811678491632931402e2;
constexpr double kQ1 = 2.23548839060100448583e3;
constexpr double kQ2 = 4.84406305325125486048e3;
}  // namespace

void tanhForward(ArrayIn x, ArrayOut y, const ActivationParams&) {
    y = (2.0 * x.max(-20.0).min(20.0)).exp();
    const auto z = x.square();
    y = (x.abs() < 0.625)
            .select(x + x * z * (((kP0 * z + kP1) * z + kP2) / (((z + kQ0) * z + kQ1) * z + kQ2)),
                    (y - 1.0) / (y + 1.0));
}

void tanhBackward(ArrayIn, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams&) {
    dx = dy * (1.0 - y.square());
}

}  // namespace nnlab
