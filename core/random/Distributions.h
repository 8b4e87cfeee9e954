#pragma once
// Sampling and exact probabilities of the distributions the notes teach
// (GBC 3.9; ad3501 Unit I), drawn from the experiment's Rng so a seed gives
// the same numbers with every standard library (see Rng.h).
//   Bernoulli(phi):      P(1) = phi, P(0) = 1 - phi;          mean phi, var phi (1 - phi)
//   Binomial(n, p):      P(r) = C(n, r) p^r (1 - p)^(n - r);   mean n p, var n p (1 - p)
//   Poisson(lambda):     P(k) = lambda^k e^-lambda / k!;       mean = var = lambda
//   Uniform(a, b):       p(x) = 1 / (b - a) on [a, b];         mean (a + b)/2, var (b - a)^2 / 12
//   Normal(mu, sigma^2): p(x) = exp(-(x - mu)^2 / (2 sigma^2)) / (sigma sqrt(2 pi))
//   Exponential(rate):   p(x) = rate e^(-rate x), x >= 0;       mean 1/rate (NumPy's "scale")
#include "random/Rng.h"

namespace nnlab {

// ---- sampling ----
int sampleBernoulli(Rng& rng, double phi);            // 1 with probability phi
int sampleBinomial(Rng& rng, int n, double p);        // successes in n trials
int samplePoisson(Rng& rng, double lambda);           // Knuth's product of uniforms
double sampleExponential(Rng& rng, double rate);      // inversion: -log(1 - u) / rate

// ---- exact probabilities ----
double bernoulliPmf(int x, double phi);
double binomialPmf(int r, int n, double p);
double poissonPmf(int k, double lambda);
double uniformPdf(double x, double a, double b);
double normalPdf(double x, double mu, double sigma);
double exponentialPdf(double x, double rate);

}  // namespace nnlab
