// Glorot/Xavier uniform (Glorot & Bengio 2010, eq. 16; GBC eq. 8.23):
//   w ~ U(-l, l),  l = sqrt(6 / (fan_in + fan_out)),  Var = 2 / (fan_in + fan_out)
#include "initializers/Functions.h"

#include <cmath>

namespace nnlab {

void glorotUniformInit(MatrixOut w, Index fanIn, Index fanOut, const InitParams&, Rng& rng) {
    const double limit = std::sqrt(6.0 / double(fanIn + fanOut));
    for (Index i = 0; i < w.rows(); ++i)
        for (Index j = 0; j < w.cols(); ++j) w(i, j) = uniform(rng, -limit, limit);
}

}  // namespace nnlab
