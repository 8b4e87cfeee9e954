// K interleaved spiral arms (Playground's spiral, generalised), m points per arm:
//   r = 5 i / m,  t = 1.75 * 2 pi i / m + 2 pi k / K,   i = 0..m-1
//   x = r sin t + U(-1, 1) noise,  y = r cos t + U(-1, 1) noise,  class k
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

void multiSpiralGenerate(Dataset& d, double noise, Rng& rng) {
    const int classes = d.numClasses;
    Index row = 0;
    for (int k = 0; k < classes; ++k) {
        const Index m = classShare(d.size(), classes, k);
        const double delta = 2.0 * M_PI * double(k) / double(classes);
        for (Index i = 0; i < m; ++i, ++row) {
            const double r = 5.0 * double(i) / double(m);
            const double t = 1.75 * 2.0 * M_PI * double(i) / double(m) + delta;
            d.points(row, 0) = r * std::sin(t) + uniform(rng, -1.0, 1.0) * noise;
            d.points(row, 1) = r * std::cos(t) + uniform(rng, -1.0, 1.0) * noise;
            d.targets(row, 0) = double(k);
        }
    }
}

}  // namespace nnlab
