// He/Kaiming uniform (He et al. 2015, eq. 10 as a uniform; torch kaiming_uniform_ with ReLU gain):
//   w ~ U(-l, l),  l = sqrt(6 / fan_in),  Var = 2 / fan_in
#include "initializers/Functions.h"

#include <cmath>

namespace nnlab {

void heUniformInit(MatrixOut w, Index fanIn, Index, const InitParams&, Rng& rng) {
    const double limit = std::sqrt(6.0 / double(fanIn));
    fillUniform(w, -limit, limit, rng);
}

}  // namespace nnlab
