// He/Kaiming normal (He et al. 2015, eq. 10; torch kaiming_normal_ with ReLU gain):
//   w ~ N(0, s^2),  s = sqrt(2 / fan_in),  Var = 2 / fan_in
// Notes error: the std is sqrt(2 / fan_in), not sqrt(2) / fan_in.
#include "initializers/Functions.h"

#include <cmath>

namespace nnlab {

void heNormalInit(MatrixOut w, Index fanIn, Index, const InitParams&, Rng& rng) {
    fillNormal(w, 0.0, std::sqrt(2.0 / double(fanIn)), rng);
}

}  // namespace nnlab
