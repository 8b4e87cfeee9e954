// ConvNetJS classify2d's "simple" set (demo/js/classify2d.js original_data):
// 13 fixed points, 8 of class 1 and 5 of class 0, in about [-1.2, 4.2] x
// [-2.2, 4]. Too few points for a boundary to be obvious: a small net bends
// around every one of them. The points are the demo's, in its order; noise
// and the rng are not used.
#include "data/Functions.h"

#include <iterator>

namespace nnlab {

void simpleGenerate(Dataset& d, double, Rng&) {
    struct Point { double x1, x2; int label; };
    static const Point kPoints[] = {
        {-0.4326, 1.1909, 1}, {3.0, 4.0, 1},       {0.1253, -0.0376, 1}, {0.2877, 0.3273, 1},
        {-1.1465, 0.1746, 1}, {1.8133, 1.0139, 0}, {2.7258, 1.0668, 0},  {1.4117, 0.5593, 0},
        {4.1832, 0.3044, 0},  {1.8636, 0.1677, 0}, {0.5, 3.2, 1},        {0.8, 3.2, 1},
        {1.0, -2.2, 1},
    };
    for (Index i = 0; i < d.size(); ++i) {
        const Point& p = kPoints[i % Index(std::size(kPoints))];
        d.points(i, 0) = p.x1;
        d.points(i, 1) = p.x2;
        d.targets(i, 0) = p.label;
    }
}

}  // namespace nnlab
