// Glorot/Xavier normal (Glorot & Bengio 2010; GBC eq. 8.23; torch xavier_normal_):
//   w ~ N(0, s^2),  s = sqrt(2 / (fan_in + fan_out)),  Var = 2 / (fan_in + fan_out)
// Plain normal as PyTorch; Keras' glorot_normal draws a truncated normal instead.
// Notes error (notation): the notes write N(mu, sigma) here; sigma is the std.
#include "initializers/Functions.h"

#include <cmath>

namespace nnlab {

void glorotNormalInit(MatrixOut w, Index fanIn, Index fanOut, const InitParams&, Rng& rng) {
    fillNormal(w, 0.0, std::sqrt(2.0 / double(fanIn + fanOut)), rng);
}

}  // namespace nnlab
