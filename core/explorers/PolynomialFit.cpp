// Polynomial least squares with L2 (closed form) and L1 (coordinate descent); see PolynomialFit.h.
#include "explorers/PolynomialFit.h"

#include "Error.h"
#include "spec/NameLookup.h"
#include "random/Rng.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

// Bishop PRML 1.1's curve, on [-1, 1].
double sineTarget(double x) { return std::sin(M_PI * x); }
// GBC fig. 5.2's kind of data: a quadratic a linear model underfits.
double quadraticTarget(double x) { return 1.5 * x * x - 0.5 * x - 0.5; }
// Runge (1901): high-degree interpolation on equispaced points swings at the ends.
double rungeTarget(double x) { return 1.0 / (1.0 + 25.0 * x * x); }

}  // namespace

const std::vector<PolyTargetInfo>& polyTargetTable() {
    static const std::vector<PolyTargetInfo> table = {
        {"sine", "sin(\u03c0x)", "y = sin(&pi;x)", &sineTarget},
        {"quadratic", "Quadratic", "y = 1.5x<sup>2</sup> &minus; 0.5x &minus; 0.5", &quadraticTarget},
        {"runge", "Runge's function", "y = 1 / (1 + 25x<sup>2</sup>)", &rungeTarget},
    };
    return table;
}

const PolyTargetInfo& findPolyTarget(const std::string& name) {
    std::vector<std::string> known;
    for (const auto& t : polyTargetTable()) {
        if (name == t.name) return t;
        known.emplace_back(t.name);
    }
    throw SpecError(unknownNameMessage("target function", name, known));
}

PolySample makePolySample(const PolyTargetInfo& target, int nTrain, int nVal, double noise, std::uint64_t seed) {
    Rng rng(seed);
    auto draw = [&](int n, Vector& x, Vector& y) {
        x.resize(n);
        y.resize(n);
        for (int i = 0; i < n; ++i) {
            x(i) = uniform(rng, -1.0, 1.0);
            y(i) = target.f(x(i)) + normal(rng, 0.0, noise);
        }
    };
    PolySample s;
    draw(nTrain, s.trainX, s.trainY);
    draw(nVal, s.valX, s.valY);
    return s;
}

Matrix polyFeatures(const Vector& x, int degree) {
    Matrix f(x.size(), degree + 1);
    for (Index i = 0; i < x.size(); ++i) {
        double p = 1.0;
        for (int k = 0; k <= degree; ++k) {
            f(i, k) = p;
            p *= x(i);
        }
    }
    return f;
}

double polyValue(const Vector& c, double x) {
    double v = 0.0;
    for (Index k = c.size() - 1; k >= 0; --k) v = v * x + c(k);
    return v;
}

Vector polyValues(const Vector& c, const Vector& x) {
    Vector v(x.size());
    for (Index i = 0; i < x.size(); ++i) v(i) = polyValue(c, x(i));
    return v;
}

double meanSquaredError(const Vector& c, const Vector& x, const Vector& y) {
    if (x.size() == 0) return 0.0;
    return (polyValues(c, x) - y).squaredNorm() / double(x.size());
}

double polyObjective(const Vector& c, const Vector& x, const Vector& y, double l1, double l2) {
    const auto tail = c.tail(c.size() - 1);
    return meanSquaredError(c, x, y) + l2 * tail.squaredNorm() + l1 * tail.cwiseAbs().sum();
}

double softThreshold(double z, double t) {
    if (z > t) return z - t;
    if (z < -t) return z + t;
    return 0.0;
}

PolyFit fitRidge(const Vector& x, const Vector& y, int degree, double l2) {
    const Index n = x.size(), p = degree + 1;
    Matrix a = Matrix::Zero(n + p - 1, p);
    Vector rhs = Vector::Zero(n + p - 1);
    const double s = 1.0 / std::sqrt(double(std::max<Index>(n, 1)));
    a.topRows(n) = polyFeatures(x, degree) * s;
    rhs.head(n) = y * s;
    for (Index k = 1; k < p; ++k) a(n + k - 1, k) = std::sqrt(l2);
    PolyFit fit;
    fit.coef = Eigen::CompleteOrthogonalDecomposition<Matrix>(a).solve(rhs);
    return fit;
}

namespace {

// The smooth part of J as a quadratic: (1/n)|X c - y|^2 + l2 |D c|^2 = c^T H c - 2 q^T c + const,
// H = G + l2 D, G = X^T X / n, q = X^T y / n, D = diag(0, 1, ..., 1).
struct LassoProblem {
    Matrix h;
    Vector q;
    double l1 = 0.0;

    LassoProblem(const Vector& x, const Vector& y, int degree, double l1_, double l2) : l1(l1_) {
        const Matrix f = polyFeatures(x, degree);
        h = f.transpose() * f / double(x.size());
        q = f.transpose() * y / double(x.size());
        for (Index k = 1; k < h.rows(); ++k) h(k, k) += l2;
    }
    Index size() const { return q.size(); }
    double objective(const Vector& c) const {
        return c.dot(h * c) - 2.0 * q.dot(c) + l1 * c.tail(c.size() - 1).cwiseAbs().sum();
    }
    // KKT with r = 2 (H c - q), the smooth part's gradient.
    bool optimal(const Vector& c) const {
        const Vector r = 2.0 * (h * c - q);
        const double tol = 1e-9 * (1.0 + 2.0 * q.cwiseAbs().maxCoeff() + l1);
        if (std::abs(r(0)) > tol) return false;
        for (Index j = 1; j < c.size(); ++j) {
            if (c(j) != 0.0 ? std::abs(r(j) + l1 * (c(j) > 0.0 ? 1.0 : -1.0)) > tol : std::abs(r(j)) > l1 + tol)
                return false;
        }
        return true;
    }
    // The minimiser with support `active` (0 always in it) and the signs `sign`:
    // H_AA c_A = q_A - (l1/2) sign_A.
    Vector solveOn(const std::vector<Index>& active, const Vector& sign) const {
        const Index m = Index(active.size());
        Matrix a(m, m);
        Vector b(m);
        for (Index i = 0; i < m; ++i) {
            for (Index k = 0; k < m; ++k) a(i, k) = h(active[std::size_t(i)], active[std::size_t(k)]);
            b(i) = q(active[std::size_t(i)]) - 0.5 * l1 * sign(active[std::size_t(i)]);
        }
        const Vector ca = a.ldlt().solve(b);
        Vector c = Vector::Zero(size());
        for (Index i = 0; i < m; ++i) c(active[std::size_t(i)]) = ca(i);
        return c;
    }
};

Vector signsOf(const Vector& c) {
    Vector s = Vector::Zero(c.size());
    for (Index j = 1; j < c.size(); ++j) s(j) = c(j) > 0.0 ? 1.0 : (c(j) < 0.0 ? -1.0 : 0.0);
    return s;
}

std::vector<Index> supportOf(const Vector& sign) {
    std::vector<Index> a{0};  // the intercept is always free
    for (Index j = 1; j < sign.size(); ++j)
        if (sign(j) != 0.0) a.push_back(j);
    return a;
}

// Feature-sign search (Lee et al. 2007, alg. 1) from c; the intercept is
// never penalised, so it stays active with sign 0. Returns whether c ends optimal.
bool featureSignSearch(const LassoProblem& pr, Vector& c) {
    Vector sign = signsOf(c);
    for (int outer = 0; outer < 4 * int(pr.size()) + 20; ++outer) {
        // Step 3: feature-sign steps until the active set is consistent.
        for (int inner = 0; inner < 4 * int(pr.size()) + 20; ++inner) {
            const Vector target = pr.solveOn(supportOf(sign), sign);
            // Line search over the segment c -> target: its end and every point where an
            // active coefficient changes sign; keep the lowest objective.
            Vector best = target;
            double bestValue = pr.objective(target);
            bool consistent = true;
            for (Index j = 1; j < c.size(); ++j) {
                if (sign(j) == 0.0) continue;
                if (target(j) * sign(j) <= 0.0) consistent = false;
                if (c(j) == 0.0 || c(j) * target(j) >= 0.0) continue;
                const double t = c(j) / (c(j) - target(j));
                Vector v = c + t * (target - c);
                v(j) = 0.0;
                const double value = pr.objective(v);
                if (value < bestValue) {
                    bestValue = value;
                    best = v;
                }
            }
            c = best;
            sign = signsOf(c);
            if (consistent) break;
        }
        // Step 4: a zero coefficient whose gradient beats l1 joins with the descending sign.
        const Vector r = 2.0 * (pr.h * c - pr.q);
        Index pick = -1;
        double largest = pr.l1;
        for (Index j = 1; j < c.size(); ++j) {
            if (c(j) == 0.0 && std::abs(r(j)) > largest * (1.0 + 1e-12)) {
                largest = std::abs(r(j));
                pick = j;
            }
        }
        if (pick < 0) return pr.optimal(c);
        sign(pick) = r(pick) > 0.0 ? -1.0 : 1.0;
    }
    return pr.optimal(c);
}

}  // namespace

PolyFit fitLasso(const Vector& x, const Vector& y, int degree, double l1, double l2, int maxSweeps) {
    const LassoProblem pr(x, y, degree, l1, l2);
    const Matrix& h = pr.h;
    const Vector& q = pr.q;
    const Index p = pr.size();
    constexpr int kTryEvery = 25;
    PolyFit fit;
    fit.coef = Vector::Zero(p);
    Vector& c = fit.coef;
    fit.converged = false;
    for (fit.sweeps = 0; fit.sweeps < maxSweeps;) {
        for (int k = 0; k < kTryEvery; ++k, ++fit.sweeps) {
            for (Index j = 0; j < p; ++j) {
                // z = q_j - sum_{k != j} G_jk c_k: the correlation of column j with the partial residual.
                const double z = q(j) - h.row(j).dot(c) + h(j, j) * c(j);
                // h(j, j) = G_jj + l2 for j >= 1 (the proximal step), G_00 for the free intercept.
                c(j) = j == 0 ? z / h(0, 0) : softThreshold(z, 0.5 * l1) / h(j, j);
            }
        }
        // Certify the descent's support and signs by solving on them exactly.
        const Vector sign = signsOf(c);
        const Vector exact = pr.solveOn(supportOf(sign), sign);
        if (signsOf(exact) == sign && pr.optimal(exact)) {
            c = exact;
            fit.converged = true;
            return fit;
        }
    }
    fit.converged = featureSignSearch(pr, c);
    return fit;
}

bool lassoOptimal(const Vector& x, const Vector& y, const Vector& coef, double l1, double l2) {
    return LassoProblem(x, y, int(coef.size()) - 1, l1, l2).optimal(coef);
}

PolyFit fitPolynomial(const Vector& x, const Vector& y, int degree, double l1, double l2) {
    if (degree < 0) throw SpecError("polynomial fit: degree must be >= 0, got " + std::to_string(degree));
    if (x.size() == 0 || x.size() != y.size()) throw DataError("polynomial fit: need as many y as x, at least one");
    if (!(l1 >= 0.0) || !(l2 >= 0.0)) throw SpecError("polynomial fit: l1 and l2 must be >= 0");
    return l1 > 0.0 ? fitLasso(x, y, degree, l1, l2) : fitRidge(x, y, degree, l2);
}

CapacityCurve capacitySweep(const PolySample& s, int maxDegree, double l1, double l2) {
    CapacityCurve curve;
    double best = 0.0;
    for (int d = 1; d <= maxDegree; ++d) {
        const PolyFit fit = fitPolynomial(s.trainX, s.trainY, d, l1, l2);
        curve.degree.push_back(d);
        curve.train.push_back(meanSquaredError(fit.coef, s.trainX, s.trainY));
        curve.validation.push_back(meanSquaredError(fit.coef, s.valX, s.valY));
        if (d == 1 || curve.validation.back() < best) {
            best = curve.validation.back();
            curve.bestDegree = d;
        }
    }
    return curve;
}

}  // namespace nnlab
