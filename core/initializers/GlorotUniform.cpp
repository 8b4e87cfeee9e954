// Glorot/Xavier uniform (Glorot & Bengio 2010, eq. 16; GBC eq. 8.23):
//   w ~ U(-l, l),  l = sqrt(6 / (fan_in + fan_out)),  Var = 2 / (fan_in + fan_out)
// Notes error: "Xavier = sqrt(1/fan_in)" is LeCun; Glorot uses fan_in + fan_out.
#include "initializers/Functions.h"

#include <cmath>

namespace nnlab {

void glorotUniformInit(MatrixOut w, Index fanIn, Index fanOut, const InitParams&, Rng& rng) {
    const double limit = std::sqrt(6.0 / double(fanIn + fanOut));
    fillUniform(w, -limit, limit, rng);
}

}  // namespace nnlab
