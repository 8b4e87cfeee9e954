// Regression plane (TensorFlow Playground regressPlane):
//   x, y ~ U(-6, 6);   target = (x + ex + y + ey) / 10,   e ~ U(-6, 6)^2 * noise
// Targets run about -1.2..1.2 and are not clamped. Noise moves the point the
// target is read at, not the drawn point.
#include "data/Functions.h"

namespace nnlab {

void regPlaneGenerate(Dataset& d, double noise, Rng& rng) {
    constexpr double kRadius = 6.0;
    for (Index i = 0; i < d.size(); ++i) {
        const double x = uniform(rng, -kRadius, kRadius);
        const double y = uniform(rng, -kRadius, kRadius);
        const double noiseX = uniform(rng, -kRadius, kRadius) * noise;
        const double noiseY = uniform(rng, -kRadius, kRadius) * noise;
        d.points(i, 0) = x;
        d.points(i, 1) = y;
        d.targets(i, 0) = (x + noiseX + y + noiseY) / 10.0;
    }
}

}  // namespace nnlab
