#include "random/Rng.h"

#include <cmath>

namespace nnlab {

double uniform01(Rng& rng) {
    return double(rng() >> 11) * 0x1.0p-53;
}

double uniform(Rng& rng, double a, double b) {
    return a + (b - a) * uniform01(rng);
}

double standardNormal(Rng& rng) {
    // 1 - u keeps log() away from 0.
    const double u1 = 1.0 - uniform01(rng);
    const double u2 = uniform01(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

double normal(Rng& rng, double mean, double stddev) {
    return mean + stddev * standardNormal(rng);
}

std::uint64_t uniformIndex(Rng& rng, std::uint64_t n) {
    // Lemire-free simple rejection: exact and portable.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t r;
    do { r = rng(); } while (r >= limit);
    return r % n;
}

}  // namespace nnlab
