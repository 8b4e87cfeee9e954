// ELU (Clevert et al. 2016, eq. 1), a = p[0] ("alpha", default 1):
//   f(x) = x for x > 0, else a (e^x - 1)
//   f'(x) = 1 for x > 0, else a e^x = f(x) + a
// min(x, 0) keeps expm1() finite for large x; expm1 keeps the digits of
// a (e^x - 1) near 0. Backward reuses y, no second exp().
#include "activations/Functions.h"

namespace nnlab {

void eluForward(ArrayIn x, ArrayOut y, const ActivationParams& p) {
    y = (x > 0.0).select(x, p[0] * x.min(0.0).expm1());
}

void eluBackward(ArrayIn x, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams& p) {
    dx = (x > 0.0).select(dy, dy * (y + p[0]));
}

}  // namespace nnlab
