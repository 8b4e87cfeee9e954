#pragma once
// One generator per experiment, seeded from its "seed", passed as Rng& everywhere.
// Distributions are written here (not std::normal_distribution) so that a seed
// gives the same numbers with every standard library.
#include <cstdint>
#include <random>

namespace nnlab {

using Rng = std::mt19937_64;

// Uniform in [0, 1) with 53 random bits.
double uniform01(Rng& rng);
// Uniform in [a, b).
double uniform(Rng& rng, double a, double b);
// Standard normal by Box-Muller (one value per call; no cached second value,
// so the stream depends only on the number of calls).
double standardNormal(Rng& rng);
double normal(Rng& rng, double mean, double stddev);
// Integer uniform in [0, n).
std::uint64_t uniformIndex(Rng& rng, std::uint64_t n);

}  // namespace nnlab
