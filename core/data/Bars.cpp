// Bars: 8x8 one-channel images of one bright line on a dark ground,
// horizontal (class 0) or vertical (class 1), at a random row or column,
// with Gaussian pixel noise of standard deviation `noise`. The smallest image
// set on which a convolution's weight sharing pays: a dense net must learn
// every position, a 3x3 kernel one edge detector for all of them.
#include "data/Functions.h"
#include "random/Rng.h"

namespace nnlab {

void barsGenerate(Dataset& d, double noise, Rng& rng) {
    constexpr Index kSide = 8;
    for (Index i = 0; i < d.size(); ++i) {
        const int label = int(classShare(d.size(), 2, 0) <= i);  // first half class 0, then class 1
        const Index line = Index(uniformIndex(rng, kSide));
        for (Index y = 0; y < kSide; ++y)
            for (Index x = 0; x < kSide; ++x) {
                const bool on = label == 0 ? y == line : x == line;
                d.points(i, y * kSide + x) = (on ? 1.0 : 0.0) + (noise > 0.0 ? normal(rng, 0.0, noise) : 0.0);
            }
        d.targets(i, 0) = label;
    }
}

}  // namespace nnlab
