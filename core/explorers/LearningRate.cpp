// E = (x w - y)^2 under one learning rate; see LearningRate.h.
#include "explorers/LearningRate.h"

#include "optimizers/Optimizer.h"

#include <cmath>

namespace nnlab {

double lrFactor(double alpha, double x) { return 1.0 - 2.0 * alpha * x * x; }

double lrMonotoneLimit(double x) { return 1.0 / (2.0 * x * x); }
double lrStableLimit(double x) { return 1.0 / (x * x); }

LrRegime lrRegime(double alpha, double x) {
    const double f = lrFactor(alpha, x);
    // Compare with a relative tolerance: 1 - 2 (1/(2 x^2)) x^2 is not exactly 0 in floating point.
    constexpr double tol = 1e-12;
    if (alpha <= 0.0 || x == 0.0) return LrRegime::NoProgress;
    if (std::abs(f) <= tol) return LrRegime::OneStep;
    if (std::abs(f + 1.0) <= tol) return LrRegime::Bouncing;
    if (f > 0.0) return LrRegime::Monotone;
    if (f > -1.0) return LrRegime::Oscillating;
    return LrRegime::Diverging;
}

LrRun runLearningRate(double x, double y, double w0, double alpha, int steps) {
    Matrix w(1, 1), g(1, 1);
    w(0, 0) = w0;
    auto sgd = makeOptimizer(NamedSpec("sgd", {{"lr", alpha}}));
    sgd->bind({Param{"w", &w, &g, true}});
    LrRun run;
    auto record = [&] {
        const double r = x * w(0, 0) - y;
        run.w.push_back(w(0, 0));
        run.loss.push_back(r * r);
    };
    record();
    for (int k = 0; k < steps && std::abs(w(0, 0)) < 1e12; ++k) {
        g(0, 0) = 2.0 * x * (x * w(0, 0) - y);
        sgd->step();
        record();
    }
    return run;
}

}  // namespace nnlab
