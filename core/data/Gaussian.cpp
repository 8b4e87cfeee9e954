// Two Gaussians (TensorFlow Playground classifyTwoGaussData):
//   class 1 ~ N((2, 2), s^2 I),  class 0 ~ N((-2, -2), s^2 I)
//   s^2 = 0.5 + 7 noise   (Playground's d3 scale [0, 0.5] -> [0.5, 4])
// Noise widens the blobs until they overlap.
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

double playgroundVariance(double noise) {
    return 0.5 + (4.0 - 0.5) * noise / 0.5;
}

void gaussianGenerate(Dataset& d, double noise, Rng& rng) {
    const double sd = std::sqrt(playgroundVariance(noise));
    const Index positives = classShare(d.size(), 2, 1);
    for (Index i = 0; i < d.size(); ++i) {
        const bool positive = i < positives;
        const double c = positive ? 2.0 : -2.0;
        d.points(i, 0) = normal(rng, c, sd);
        d.points(i, 1) = normal(rng, c, sd);
        d.targets(i, 0) = positive ? 1.0 : 0.0;
    }
}

}  // namespace nnlab
