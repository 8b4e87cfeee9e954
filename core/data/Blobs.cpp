// K Gaussian blobs on a circle of radius 3.5:
//   centre_k = 3.5 (cos a_k, sin a_k),  a_k = pi/4 + 2 pi k / K
//   class k ~ N(centre_k, s^2 I),  s^2 = 0.5 + 7 noise  (as Playground's gaussian)
// With K = 2 the centres are (2.5, 2.5) and (-2.5, -2.5), near Playground's pair;
// with K = 6 neighbours are 3.5 apart, 5 standard deviations at noise 0.
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

void blobsGenerate(Dataset& d, double noise, Rng& rng) {
    const int classes = d.numClasses;
    const double sd = std::sqrt(playgroundVariance(noise));
    Index row = 0;
    for (int k = 0; k < classes; ++k) {
        const double a = M_PI / 4.0 + 2.0 * M_PI * double(k) / double(classes);
        const double cx = 3.5 * std::cos(a);
        const double cy = 3.5 * std::sin(a);
        for (Index i = 0; i < classShare(d.size(), classes, k); ++i, ++row) {
            d.points(row, 0) = normal(rng, cx, sd);
            d.points(row, 1) = normal(rng, cy, sd);
            d.targets(row, 0) = double(k);
        }
    }
}

}  // namespace nnlab
