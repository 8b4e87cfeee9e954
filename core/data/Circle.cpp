// Circle (TensorFlow Playground classifyCircleData), R = 5:
//   class 1: r ~ U(0, R/2),     angle ~ U(0, 2 pi)   (Playground +1, blue)
//   class 0: r ~ U(0.7 R, R),   angle ~ U(0, 2 pi)   (Playground -1, orange)
//   x = r sin(angle), y = r cos(angle)
//   label = 1 if |(x, y) + e| < R/2, e ~ U(-R, R)^2 * noise
// Noise moves the point the label is computed from, not the drawn point, so
// it shows as flipped labels near the boundary.
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

void circleGenerate(Dataset& d, double noise, Rng& rng) {
    constexpr double kRadius = 5.0;
    const Index inner = classShare(d.size(), 2, 1);
    for (Index i = 0; i < d.size(); ++i) {
        const bool isInner = i < inner;
        const double r = isInner ? uniform(rng, 0.0, kRadius * 0.5) : uniform(rng, kRadius * 0.7, kRadius);
        const double angle = uniform(rng, 0.0, 2.0 * M_PI);
        const double x = r * std::sin(angle);
        const double y = r * std::cos(angle);
        const double noiseX = uniform(rng, -kRadius, kRadius) * noise;
        const double noiseY = uniform(rng, -kRadius, kRadius) * noise;
        d.points(i, 0) = x;
        d.points(i, 1) = y;
        d.targets(i, 0) = std::hypot(x + noiseX, y + noiseY) < kRadius * 0.5 ? 1.0 : 0.0;
    }
}

}  // namespace nnlab
