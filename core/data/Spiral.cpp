// Two-arm spiral (TensorFlow Playground classifySpiralData), m points per arm:
//   r = 5 i / m,  t = 1.75 * 2 pi i / m + delta,   i = 0..m-1
//   x = r sin t + U(-1, 1) noise,  y = r cos t + U(-1, 1) noise
//   class 1: delta = 0 (Playground +1),  class 0: delta = pi
// The arm is the same as multi_spiral's with K = 2; this file keeps the
// Playground's class order.
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

namespace {

void arm(Dataset& d, Index first, Index m, double delta, double label, double noise, Rng& rng) {
    for (Index i = 0; i < m; ++i) {
        const double r = 5.0 * double(i) / double(m);
        const double t = 1.75 * 2.0 * M_PI * double(i) / double(m) + delta;
        d.points(first + i, 0) = r * std::sin(t) + uniform(rng, -1.0, 1.0) * noise;
        d.points(first + i, 1) = r * std::cos(t) + uniform(rng, -1.0, 1.0) * noise;
        d.targets(first + i, 0) = label;
    }
}

}  // namespace

void spiralGenerate(Dataset& d, double noise, Rng& rng) {
    const Index m1 = classShare(d.size(), 2, 1);
    arm(d, 0, m1, 0.0, 1.0, noise, rng);
    arm(d, m1, d.size() - m1, M_PI, 0.0, noise, rng);
}

}  // namespace nnlab
