// Regression "multi gaussian" (TensorFlow Playground regressGaussian):
// six bumps of height +-1 at (-4|0|4, +-2.5), each falling linearly to 0 at
// distance 2:  b_j(p) = s_j max(0, 1 - |p - c_j| / 2);  target = the b_j of
// largest |b_j| (not a sum, as in Playground).
//   x, y ~ U(-6, 6);  target read at (x, y) + e,  e ~ U(-6, 6)^2 * noise
#include "data/Functions.h"

#include <algorithm>
#include <cmath>

namespace nnlab {

namespace {

struct Bump { double cx, cy, sign; };
constexpr Bump kBumps[] = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};

double bumpLabel(double x, double y) {
    double label = 0.0;
    for (const Bump& b : kBumps) {
        const double v = b.sign * std::clamp(1.0 - std::hypot(x - b.cx, y - b.cy) / 2.0, 0.0, 1.0);
        if (std::abs(v) > std::abs(label)) label = v;
    }
    return label;
}

}  // namespace

void regGaussianGenerate(Dataset& d, double noise, Rng& rng) {
    constexpr double kRadius = 6.0;
    for (Index i = 0; i < d.size(); ++i) {
        const double x = uniform(rng, -kRadius, kRadius);
        const double y = uniform(rng, -kRadius, kRadius);
        const double noiseX = uniform(rng, -kRadius, kRadius) * noise;
        const double noiseY = uniform(rng, -kRadius, kRadius) * noise;
        d.points(i, 0) = x;
        d.points(i, 1) = y;
        d.targets(i, 0) = bumpLabel(x + noiseX, y + noiseY);
    }
}

}  // namespace nnlab
