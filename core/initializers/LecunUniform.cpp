// LeCun uniform (LeCun et al. 1998, "Efficient BackProp" 4.6; Keras lecun_uniform):
//   w ~ U(-l, l),  l = sqrt(3 / fan_in),  Var = 1 / fan_in
// Not the older heuristic U(-1/sqrt(fan_in), 1/sqrt(fan_in)), whose Var is 1 / (3 fan_in).
#include "initializers/Functions.h"

#include <cmath>

namespace nnlab {

void lecunUniformInit(MatrixOut w, Index fanIn, Index, const InitParams&, Rng& rng) {
    const double limit = std::sqrt(3.0 / double(fanIn));
    fillUniform(w, -limit, limit, rng);
}

}  // namespace nnlab
