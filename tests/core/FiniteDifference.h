#pragma once
// Finite-difference gradient checks shared by the layer tests: central
// differences of a scalar loss, compared with the analytic gradient relative
// to the numeric one's size.
#include "Types.h"
#include "random/Rng.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace nnlab::test {

constexpr double kH = 1e-6;       // central-difference step
constexpr double kFdFail = 1e-6;  // max|a - n| / max(max|n|, 1e-2)

inline Matrix randomMatrix(Index rows, Index cols, Rng& rng, double lo = -1.0, double hi = 1.0) {
    Matrix m(rows, cols);
    for (Index i = 0; i < m.size(); ++i) m.data()[i] = uniform(rng, lo, hi);
    return m;
}

// dL/dv by central differences, v perturbed in place and restored.
inline Matrix numericGradient(Matrix& v, const std::function<double()>& loss) {
    Matrix g(v.rows(), v.cols());
    for (Index i = 0; i < v.size(); ++i) {
        const double old = v.data()[i];
        v.data()[i] = old + kH;
        const double plus = loss();
        v.data()[i] = old - kH;
        const double minus = loss();
        v.data()[i] = old;
        g.data()[i] = (plus - minus) / (2.0 * kH);
    }
    return g;
}

inline double fdError(const Matrix& analytic, const Matrix& numeric) {
    if (analytic.rows() != numeric.rows() || analytic.cols() != numeric.cols()) return INFINITY;
    const double scale = std::max(numeric.cwiseAbs().maxCoeff(), 1e-2);
    return (analytic - numeric).cwiseAbs().maxCoeff() / scale;
}

// One checked tensor: its name in messages, the tensor itself (perturbed in
// place by the check) and the analytic gradient of the loss taken before.
struct Checked {
    std::string name;
    Matrix* value;
    Matrix analytic;
};

// fdError of each tensor's analytic gradient against central differences of loss().
inline std::vector<double> fdErrors(const std::vector<Checked>& tensors, const std::function<double()>& loss) {
    std::vector<double> errors;
    for (const Checked& c : tensors) errors.push_back(fdError(c.analytic, numericGradient(*c.value, loss)));
    return errors;
}

}  // namespace nnlab::test
