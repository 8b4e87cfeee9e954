// Checkerboard, 4 x 4 cells of side 3 over [-6, 6]^2:
//   x, y ~ U(-6, 6)
//   label = (floor((x + ex + 6) / 3) + floor((y + ey + 6) / 3)) mod 2,
//   e ~ U(-3, 3)^2 * noise
// Noise works as for Playground's XOR: the label is read at a moved point, so
// labels flip near cell edges (at 0.5 up to half a cell away).
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

void checkerboardGenerate(Dataset& d, double noise, Rng& rng) {
    constexpr double kCell = 3.0;
    for (Index i = 0; i < d.size(); ++i) {
        const double x = uniform(rng, -6.0, 6.0);
        const double y = uniform(rng, -6.0, 6.0);
        const double noiseX = uniform(rng, -kCell, kCell) * noise;
        const double noiseY = uniform(rng, -kCell, kCell) * noise;
        const long cx = long(std::floor((x + noiseX + 6.0) / kCell));
        const long cy = long(std::floor((y + noiseY + 6.0) / kCell));
        d.points(i, 0) = x;
        d.points(i, 1) = y;
        // ((a % 2) + 2) % 2: cells left of -6 (moved by noise) give a negative sum.
        d.targets(i, 0) = double((((cx + cy) % 2) + 2) % 2);
    }
}

}  // namespace nnlab
