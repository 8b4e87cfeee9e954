#pragma once
// Engine-wide numeric types. One sample per row, always (docs/architecture.md,
// "Data layout"): a layer gets x as (n, in.size()) for its per-sample Shape in.
//   vectors {F}: F values; images {C, H, W}: C*H*W values in NCHW order;
//   sequences {T, F}: T*F values, time-major (step t is columns t*F .. t*F+F-1).
// A recurrent layer may view its batch as (T, B, F) inside itself only.
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

namespace nnlab {

using Index = Eigen::Index;
using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Array = Eigen::Array<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
// Single-precision staging of the heavy products (layers/Precision.h).
using MatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXd;
using RowVector = Eigen::RowVectorXd;

using MatrixIn = Eigen::Ref<const Matrix>;
using MatrixOut = Eigen::Ref<Matrix>;
using ArrayIn = Eigen::Ref<const Array>;
using ArrayOut = Eigen::Ref<Array>;

// Per-sample shape: {F} for vectors, {C, H, W} for images, {T, F} for sequences.
struct Shape {
    std::vector<Index> dims;
    Shape() = default;
    Shape(std::initializer_list<Index> d) : dims(d) {}
    explicit Shape(std::vector<Index> d) : dims(std::move(d)) {}
    Index size() const {
        Index n = 1;
        for (Index d : dims) n *= d;
        return dims.empty() ? 0 : n;
    }
    bool operator==(const Shape& o) const { return dims == o.dims; }
    bool operator!=(const Shape& o) const { return dims != o.dims; }
    std::string toString() const {
        std::string s;
        for (std::size_t i = 0; i < dims.size(); ++i) s += (i ? "x" : "") + std::to_string(dims[i]);
        return s;
    }
};

}  // namespace nnlab
