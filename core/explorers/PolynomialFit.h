#pragma once
// Polynomial regression of noisy 1-D data for the capacity explorer (GBC
// 5.2, fig. 5.2; Bishop PRML 1.1): model y = sum_k c_k x^k, k = 0..degree,
// on x in [-1, 1]; objective, with the engine's penalty convention (no 1/2,
// no 1/n on the penalty; the intercept c_0 is not penalised, like biases):
//   J(c) = (1/n) sum_i (y_hat_i - y_i)^2 + l2 sum_{k>=1} c_k^2 + l1 sum_{k>=1} |c_k|
// l1 = 0: closed form (ridge), solved as least squares on the stacked system
//   [X / sqrt(n); sqrt(l2) D] c = [y / sqrt(n); 0]
// by complete orthogonal decomposition, so rank-deficient fits (degree >= n)
// give the minimum-norm interpolant instead of garbage.
// l1 > 0: cyclic coordinate descent with the soft-threshold (proximal) step
// (Friedman, Hastie & Tibshirani 2010, eq. 5), with G = X^T X / n, q = X^T y / n:
//   c_j <- S(q_j - sum_{k != j} G_jk c_k, l1 / 2) / (G_jj + l2),   S(z, t) = sign(z) max(|z| - t, 0)
// S returns exactly 0 whenever |z| <= t: that is why L1 gives exact zeros,
// while a gradient step on |c| (l1 sign(c)) only jitters around 0.
// Monomials up to x^15 are nearly collinear, so plain coordinate descent can
// crawl for 10^5 sweeps at small l1. Every 25 sweeps its support and signs
// are therefore tried: solving (G + l2 D)_AA c_A = q_A - (l1/2) sign(c_A) on
// the support A and checking the optimality (KKT) conditions
//   j in A: 2 (G c - q)_j + 2 l2 c_j + l1 sign(c_j) = 0,   j not in A: |2 (G c - q)_j| <= l1
// certifies the exact minimiser. If the sweep budget runs out first, the
// feature-sign search (Lee, Battle, Raina & Ng 2007, alg. 1), a finite
// active-set method, finishes from the descent's point. Zeros stay exact.
#include "Types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nnlab {

struct PolyTargetInfo {
    const char* name;     // "sine"
    const char* label;    // "sin(πx)" (translated by the GUI, context "PolyTarget")
    const char* formula;  // rich text
    double (*f)(double x);
};
// The true functions to sample, in GUI order: sine, quadratic, runge.
const std::vector<PolyTargetInfo>& polyTargetTable();
const PolyTargetInfo& findPolyTarget(const std::string& name);  // throws SpecError

struct PolySample {
    Vector trainX, trainY, valX, valY;
};
// x uniform in [-1, 1], y = f(x) + N(0, noise^2); the validation set is drawn
// after the training set from the same generator.
PolySample makePolySample(const PolyTargetInfo& target, int nTrain, int nVal, double noise, std::uint64_t seed);

// (n, degree + 1): 1, x, x^2, ..., x^degree.
Matrix polyFeatures(const Vector& x, int degree);
// sum_k c_k x^k (Horner).
double polyValue(const Vector& c, double x);
Vector polyValues(const Vector& c, const Vector& x);
double meanSquaredError(const Vector& c, const Vector& x, const Vector& y);
// J(c) as above.
double polyObjective(const Vector& c, const Vector& x, const Vector& y, double l1, double l2);

struct PolyFit {
    Vector coef;            // c_0 .. c_degree
    int sweeps = 0;         // coordinate-descent sweeps (0 for the closed form)
    bool converged = true;  // L1: the optimality conditions hold (see above)
};
// Ridge (l1 = 0) in closed form, else coordinate descent; l1, l2 >= 0.
PolyFit fitPolynomial(const Vector& x, const Vector& y, int degree, double l1 = 0.0, double l2 = 0.0);
PolyFit fitRidge(const Vector& x, const Vector& y, int degree, double l2);
// maxSweeps: the coordinate-descent budget before the feature-sign search takes over.
PolyFit fitLasso(const Vector& x, const Vector& y, int degree, double l1, double l2 = 0.0, int maxSweeps = 5000);
// The optimality conditions above, to a tolerance relative to the data's scale.
bool lassoOptimal(const Vector& x, const Vector& y, const Vector& coef, double l1, double l2);
// S(z, t) = sign(z) max(|z| - t, 0)
double softThreshold(double z, double t);

// Training and validation MSE for degrees 1..maxDegree under the same penalties.
struct CapacityCurve {
    std::vector<int> degree;
    std::vector<double> train, validation;
    int bestDegree = 1;  // lowest validation MSE
};
CapacityCurve capacitySweep(const PolySample& s, int maxDegree, double l1 = 0.0, double l2 = 0.0);

}  // namespace nnlab
