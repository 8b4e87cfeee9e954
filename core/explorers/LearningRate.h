#pragma once
// One learning rate on a 1-D quadratic, the intro notes' suggested test
// (../shared/curriculum/intro-notes.md, "Suggested test on E = (xw - y)^2"):
//   E(w) = (x w - y)^2,   dE/dw = 2x (x w - y),   w* = y / x
//   one GD step: w - w* <- (1 - 2 a x^2)(w - w*)
// so |factor| < 1 converges (monotone for a < 1/(2x^2), oscillating between
// that and 1/x^2) and |factor| > 1 diverges. For x = 3: a = 0.1 gives -0.8,
// a = 0.12 gives -1.16. The notes' error: too large a rate makes the model
// "converge"; it overshoots and can diverge.
#include <vector>

namespace nnlab {

enum class LrRegime {
    NoProgress,   // a <= 0 (or x = 0): factor 1, w never moves
    Monotone,     // 0 < factor < 1: creeps towards w* from one side
    OneStep,      // factor 0: w* after one step (a = 1/(2x^2))
    Oscillating,  // -1 < factor < 0: overshoots, alternates sides, converges
    Bouncing,     // factor -1: jumps between w0 and 2w* - w0 forever (a = 1/x^2)
    Diverging,    // factor < -1: overshoots further each step
};

// 1 - 2 a x^2
double lrFactor(double alpha, double x);
LrRegime lrRegime(double alpha, double x);
// The band edges in a: 1/(2x^2) (monotone | oscillating) and 1/x^2 (converging | diverging).
double lrMonotoneLimit(double x);
double lrStableLimit(double x);

struct LrRun {
    std::vector<double> w;     // w0, w1, ..., one per step (stops early once |w| > 1e12)
    std::vector<double> loss;  // E(w_k)
};
// steps updates of the engine's SGD on a 1x1 parameter from w0.
LrRun runLearningRate(double x, double y, double w0, double alpha, int steps);

}  // namespace nnlab
