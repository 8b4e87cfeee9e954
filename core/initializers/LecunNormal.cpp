// LeCun normal (LeCun et al. 1998; Klambauer et al. 2017 for SELU):
//   w ~ N(0, s^2),  s = sqrt(1 / fan_in),  Var = 1 / fan_in
// Notes error: the notes call this "Xavier (2 replaced by 1)"; Glorot uses fan_in + fan_out.
// Plain normal as PyTorch's SELU recipe; Keras' lecun_normal is truncated.
#include "initializers/Functions.h"

#include <cmath>

namespace nnlab {

void lecunNormalInit(MatrixOut w, Index fanIn, Index, const InitParams&, Rng& rng) {
    fillNormal(w, 0.0, std::sqrt(1.0 / double(fanIn)), rng);
}

}  // namespace nnlab
