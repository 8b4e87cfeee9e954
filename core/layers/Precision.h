#pragma once
// The precision of a network's heavy products (experiment file:
// training.precision). Float64 computes everything in double. Float32 runs
// the big matrix products (dense layers too large for SmallGemm, the im2col
// products of conv2d and conv_transpose2d) in single precision on float
// copies of their operands and widens the results back into the double
// activations and gradients; weights, biases, optimizer state and every
// element-wise step stay double, as in mixed-precision training (a conv2d
// with ReLU keeps its products in float for its backward pass: Conv2d.h). An AVX-512
// register holds 16 floats against 8 doubles, so a product costs about half.
#include <string>

namespace nnlab {

enum class Precision { Float64, Float32 };

inline const char* precisionName(Precision p) { return p == Precision::Float32 ? "float32" : "float64"; }

// "float64" / "float32"; throws SpecError naming the known values otherwise.
Precision precisionFromName(const std::string& name);

}  // namespace nnlab
