// Random labels (ConvNetJS classify2d random_data): points uniform in the
// square, each label a fair coin independent of where the point is. There is
// nothing to learn, so any fit is memorisation: the training loss falls while
// the test accuracy stays near 50 %. ConvNetJS draws 40 points in [-3, 3]^2
// of its +-4 view; here [-5, 5]^2 of the +-6 plane, as Playground's XOR.
#include "data/Functions.h"

namespace nnlab {

void randomLabelsGenerate(Dataset& d, double, Rng& rng) {
    for (Index i = 0; i < d.size(); ++i) {
        d.points(i, 0) = uniform(rng, -5.0, 5.0);
        d.points(i, 1) = uniform(rng, -5.0, 5.0);
        d.targets(i, 0) = uniform(rng, 0.0, 1.0) < 0.5 ? 1.0 : 0.0;
    }
}

}  // namespace nnlab
