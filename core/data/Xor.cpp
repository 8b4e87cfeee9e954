// Exclusive or (TensorFlow Playground classifyXORData):
//   x, y ~ U(-5, 5), each pushed 0.3 away from its axis
//   label = 1 if (x + ex) (y + ey) >= 0, e ~ U(-5, 5)^2 * noise
// (Playground +1 is class 1.) Noise flips labels near the axes, as for circle.
#include "data/Functions.h"

namespace nnlab {

void xorGenerate(Dataset& d, double noise, Rng& rng) {
    constexpr double kPadding = 0.3;
    for (Index i = 0; i < d.size(); ++i) {
        double x = uniform(rng, -5.0, 5.0);
        x += x > 0 ? kPadding : -kPadding;
        double y = uniform(rng, -5.0, 5.0);
        y += y > 0 ? kPadding : -kPadding;
        const double noiseX = uniform(rng, -5.0, 5.0) * noise;
        const double noiseY = uniform(rng, -5.0, 5.0) * noise;
        d.points(i, 0) = x;
        d.points(i, 1) = y;
        d.targets(i, 0) = (x + noiseX) * (y + noiseY) >= 0.0 ? 1.0 : 0.0;
    }
}

}  // namespace nnlab
