// Distributions of ad3501 Unit I (formulas in Distributions.h). Binomial and
// Poisson probabilities go through lgamma so that n = 1000 or lambda = 200 do
// not overflow a factorial.
#include "random/Distributions.h"

#include <algorithm>
#include <cmath>

namespace nnlab {

int sampleBernoulli(Rng& rng, double phi) { return uniform01(rng) < phi ? 1 : 0; }

int sampleBinomial(Rng& rng, int n, double p) {
    int r = 0;
    for (int i = 0; i < n; ++i) r += sampleBernoulli(rng, p);
    return r;
}

int samplePoisson(Rng& rng, double lambda) {
    // Knuth: count uniforms until their product drops below e^-lambda. The
    // sum of Poissons is Poisson, so large rates are drawn in chunks of 30
    // (e^-30 stays far from underflow).
    int k = 0;
    while (lambda > 0.0) {
        const double chunk = std::min(lambda, 30.0);
        lambda -= chunk;
        const double limit = std::exp(-chunk);
        double product = uniform01(rng);
        while (product > limit) {
            ++k;
            product *= uniform01(rng);
        }
    }
    return k;
}

double sampleExponential(Rng& rng, double rate) { return -std::log1p(-uniform01(rng)) / rate; }

double bernoulliPmf(int x, double phi) { return x == 1 ? phi : x == 0 ? 1.0 - phi : 0.0; }

double binomialPmf(int r, int n, double p) {
    if (r < 0 || r > n) return 0.0;
    if (p <= 0.0) return r == 0 ? 1.0 : 0.0;
    if (p >= 1.0) return r == n ? 1.0 : 0.0;
    const double logC = std::lgamma(n + 1.0) - std::lgamma(r + 1.0) - std::lgamma(n - r + 1.0);
    return std::exp(logC + r * std::log(p) + (n - r) * std::log1p(-p));
}

double poissonPmf(int k, double lambda) {
    if (k < 0) return 0.0;
    if (lambda <= 0.0) return k == 0 ? 1.0 : 0.0;
    return std::exp(k * std::log(lambda) - lambda - std::lgamma(k + 1.0));
}

double uniformPdf(double x, double a, double b) { return (x >= a && x <= b && b > a) ? 1.0 / (b - a) : 0.0; }

double normalPdf(double x, double mu, double sigma) {
    const double z = (x - mu) / sigma;
    return std::exp(-0.5 * z * z) / (sigma * std::sqrt(2.0 * M_PI));
}

double exponentialPdf(double x, double rate) { return x < 0.0 ? 0.0 : rate * std::exp(-rate * x); }

}  // namespace nnlab
