// Random uniform (Keras RandomUniform): w ~ U(a, b), default U(-0.05, 0.05)
// whatever the fan-in; mean (a+b)/2, Var = (b-a)^2 / 12.
// Notes error: the notes call U(-1/sqrt(fan_in), 1/sqrt(fan_in)) Keras'
// random_uniform; that is the older heuristic (GBC section 8.4): here a = -1/sqrt(fan_in), b = 1/sqrt(fan_in).
#include "initializers/Functions.h"

#include "Error.h"

namespace nnlab {

void uniformInit(MatrixOut w, Index, Index, const InitParams& p, Rng& rng) {
    const double a = p[0], b = p[1];
    if (!(a <= b))
        throw SpecError("initializer \"uniform\": a = " + std::to_string(a) + " must not exceed b = " + std::to_string(b));
    fillUniform(w, a, b, rng);
}

}  // namespace nnlab
