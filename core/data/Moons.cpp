// Two moons (as scikit-learn make_moons), in moon units then scaled:
//   class 0: (cos t, sin t),             t ~ U(0, pi)
//   class 1: (1 - cos t, 0.5 - sin t),   t ~ U(0, pi)
//   p += N(0, noise^2 I);  p = 3.5 (p - (0.5, 0.25))   -> about [-5.3, 5.3] x [-2.7, 2.7]
// Noise is the standard deviation in moon units (radius 1, gap 0.5), so 0.1 is
// a little and 0.5 makes the moons overlap.
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

void moonsGenerate(Dataset& d, double noise, Rng& rng) {
    constexpr double kScale = 3.5;
    const Index upper = classShare(d.size(), 2, 0);
    for (Index i = 0; i < d.size(); ++i) {
        const bool isUpper = i < upper;
        const double t = uniform(rng, 0.0, M_PI);
        double x = isUpper ? std::cos(t) : 1.0 - std::cos(t);
        double y = isUpper ? std::sin(t) : 0.5 - std::sin(t);
        x += normal(rng, 0.0, noise);
        y += normal(rng, 0.0, noise);
        d.points(i, 0) = kScale * (x - 0.5);
        d.points(i, 1) = kScale * (y - 0.25);
        d.targets(i, 0) = isUpper ? 0.0 : 1.0;
    }
}

}  // namespace nnlab
