#pragma once
// out = exp(v) for arguments v <= 0, with results below DBL_MIN (subnormal)
// set to exactly 0. Eigen 3.4's vectorised exp clamps its argument at -709.78
// and returns 5.6e-309 for anything lower, so without the flush sigmoid(-1000)
// and a far softmax tail would be 5.6e-309 instead of 0, and subnormals make
// every later multiplication slow (x86 microcode assist). The exp stays
// vectorised (a select around it would not be in Eigen 3.4); the flush is a
// second, well-predicted pass. Nothing is allocated.
#include <Eigen/Core>
#include <limits>

namespace nnlab {

template <typename Derived, typename Out>
void expTail(const Eigen::ArrayBase<Derived>& v, Out&& out) {
    out = v.exp();
    out = (out < std::numeric_limits<double>::min()).select(0.0, out);
}

}  // namespace nnlab
