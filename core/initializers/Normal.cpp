// Random normal (Keras RandomNormal): w ~ N(mean, stddev^2), default stddev 0.05.
// stddev is the standard deviation (the notes mix N(mu, sigma) and N(mu, sigma^2)).
// Box-Muller from core/random, not std::normal_distribution (differs per library).
#include "initializers/Functions.h"

#include "Error.h"

#include <cmath>

namespace nnlab {

void normalInit(MatrixOut w, Index, Index, const InitParams& p, Rng& rng) {
    const double mean = p[0], stddev = p[1];
    if (!(stddev >= 0.0) || !std::isfinite(stddev) || !std::isfinite(mean))
        throw SpecError("initializer \"normal\": stddev = " + std::to_string(stddev) +
                        " must be >= 0 (and mean finite)");
    fillNormal(w, mean, stddev, rng);
}

}  // namespace nnlab
