// The kernels of VectorMath.h for each width, and the run-time choice.
#include "activations/VectorMath.h"

#include <cmath>
#include <cstdlib>

#ifdef NNLAB_VECTOR_MATH
// Vectors by value between inlined functions only (see VectorMath.h); GCC
// reports this at the end of the file, so it is silenced for the whole file.
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace nnlab::vmath {
namespace {

#ifdef NNLAB_VECTOR_MATH
struct Tanh {
    template <class Vec>
    NNLAB_VMATH_INLINE Vec operator()(Vec v) const {
        return vmath::tanh(v);
    }
};

void tanhArray2(const double* x, double* y, Index n) { mapArray<V2>(x, y, n, Tanh()); }
#if defined(__x86_64__) || defined(__i386__)
#define NNLAB_VMATH_AVX2 1
// AVX2 only, no FMA: the same rounding as the two-lane code.
// Everything it calls is always_inline, so all of it is compiled for AVX2.
__attribute__((target("avx2"))) void tanhArray4(const double* x, double* y, Index n) { mapArray<V4>(x, y, n, Tanh()); }
#endif
#else
void tanhArray2(const double* x, double* y, Index n) {
    for (Index i = 0; i < n; ++i) y[i] = std::tanh(x[i]);
}
#endif

using ArrayKernel = void (*)(const double*, double*, Index);

// NNLAB_NO_AVX2=1 in the environment keeps the portable kernel (to compare).
bool hasAvx2() {
#ifdef NNLAB_VMATH_AVX2
    const char* off = std::getenv("NNLAB_NO_AVX2");
    if (off && *off && *off != '0') return false;
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
#else
    return false;
#endif
}

ArrayKernel pickTanh() {
#ifdef NNLAB_VMATH_AVX2
    if (hasAvx2()) return &tanhArray4;
#endif
    return &tanhArray2;
}

}  // namespace

void tanhArray(const double* x, double* y, Index n) {
    static const ArrayKernel kernel = pickTanh();
    kernel(x, y, n);
}

const char* tanhKernelName() {
#ifdef NNLAB_VECTOR_MATH
    return hasAvx2() ? "avx2 (4 lanes)" : "vector extensions (2 lanes)";
#else
    return "std::tanh (scalar)";
#endif
}

}  // namespace nnlab::vmath
