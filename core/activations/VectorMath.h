#pragma once
// Element-wise kernels that Eigen 3.4 does not vectorise for double (its
// .tanh() calls the scalar libm function per element), written with GCC/Clang
// vector extensions: no intrinsics and no branches, so a value gets the same
// bits wherever it sits in an array. VectorMath.cpp compiles them twice: two
// lanes for the default x86-64 target (SSE2; wider vectors would have their
// comparisons split into scalar code there) and, where the CPU has it, four
// lanes with AVX2, picked at run time (NNLAB_NO_AVX2=1 keeps two). Both do the
// same IEEE operations per lane (no FMA), so a run gives the same numbers on either. Other compilers
// and CPUs use the two-lane code or the scalar standard library.
//
// expm1 for y in [-40, 0] (Cody-Waite reduction as in fdlibm's s_expm1.c,
// Taylor polynomial instead of its rational form, so no division):
//   n = round(y / ln 2),  r = y - n ln2_hi - n ln2_lo,  |r| <= ln2 / 2
//   e^r - 1 = p(r) = r + r^2/2! + ... + r^13/13!    (truncation < 1e-17 relative)
//   e^y - 1 = 2^n p(r) + (2^n - 1)                   (2^n - 1 exact for n >= -53)
// round() adds and subtracts 1.5 * 2^52; the difference of the bit patterns is
// n itself, so 2^n is built by an integer add and a shift: no ldexp, no floor.
#include "Types.h"

#include <cstring>

#if defined(__GNUC__) || defined(__clang__)
#define NNLAB_VECTOR_MATH 1
// GCC notes that vector arguments would have another ABI with other target
// flags; every function here is inlined, so nothing is passed across an ABI.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#define NNLAB_VMATH_INLINE inline __attribute__((always_inline))
#endif

namespace nnlab::vmath {

// tanh of n contiguous values; y may equal x. Picks the widest kernel the CPU runs.
void tanhArray(const double* x, double* y, Index n);
// "avx2 (4 lanes)", "sse2 (2 lanes)", ... : the kernel tanhArray uses (bench/).
const char* tanhKernelName();

// Applies fn(in, out, count) to the rows of x into y (same shape), as one
// flat array when both are contiguous.
template <class ArrayFn>
void applyContiguous(ArrayIn x, ArrayOut y, ArrayFn fn) {
    if ((x.rows() <= 1 || x.outerStride() == x.cols()) && (y.rows() <= 1 || y.outerStride() == y.cols()))
        fn(x.data(), y.data(), x.size());
    else
        for (Index r = 0; r < x.rows(); ++r) fn(x.data() + r * x.outerStride(), y.data() + r * y.outerStride(), x.cols());
}

#ifdef NNLAB_VECTOR_MATH
using V2 = double __attribute__((vector_size(16)));
using V4 = double __attribute__((vector_size(32)));
using V = V2;  // the portable width, used by the other kernels (SmallGemm.h)

template <class Vec>
NNLAB_VMATH_INLINE Vec splat(double v) {
    Vec r;  // not Vec{} + v: 0.0 + -0.0 is +0.0, and -0.0 is the sign mask
    for (std::size_t i = 0; i < sizeof(Vec) / sizeof(double); ++i) r[i] = v;
    return r;
}
template <class Vec>
NNLAB_VMATH_INLINE Vec load(const double* p) {
    Vec v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
template <class Vec>
NNLAB_VMATH_INLINE void store(double* p, Vec v) {
    std::memcpy(p, &v, sizeof v);
}
// The integer vector of the same lanes (what a comparison gives).
template <class Vec>
using Bits = decltype(Vec{} < Vec{});

// e^y - 1 for y in [-40, 0]; NaN stays NaN.
template <class Vec>
NNLAB_VMATH_INLINE Vec expm1NonPositive(Vec y) {
    using VI = Bits<Vec>;
    constexpr double kInvLn2 = 1.44269504088896338700e+00;
    constexpr double kLn2Hi = 6.93147180369123816490e-01;  // low 21 bits zero: n * kLn2Hi is exact
    constexpr double kLn2Lo = 1.90821492927058770002e-10;
    constexpr double kRound = 6755399441055744.0;          // 1.5 * 2^52
    const Vec t = y * kInvLn2 + kRound;
    const Vec n = t - kRound;
    const Vec r = (y - n * kLn2Hi) - n * kLn2Lo;
    // Estrin's scheme (pairs, then r^2, r^4, r^8): a short dependency chain.
    const Vec r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
    const Vec a0 = 1.0 / 2 + r * (1.0 / 6), a1 = 1.0 / 24 + r * (1.0 / 120);
    const Vec a2 = 1.0 / 720 + r * (1.0 / 5040), a3 = 1.0 / 40320 + r * (1.0 / 362880);
    const Vec a4 = 1.0 / 3628800 + r * (1.0 / 39916800), a5 = 1.0 / 479001600 + r * (1.0 / 6227020800);
    const Vec q = (a0 + a1 * r2) + (a2 + a3 * r2) * r4 + (a4 + a5 * r2) * r8;  // (e^r - 1 - r) / r^2
    const Vec p = r + r2 * q;
    const VI ni = (VI)t - (VI)splat<Vec>(kRound);
    const Vec scale = Vec((ni << 52) + (VI)splat<Vec>(1.0));  // 2^n
    return scale * p + (scale - 1.0);
}

// tanh x = sign(x) (-m / (2 + m)),  m = e^(-2|x|) - 1 in (-1, 0]; |x| is
// clamped at 20, where tanh is 1 in double. One division, no branch.
template <class Vec>
NNLAB_VMATH_INLINE Vec tanh(Vec x) {
    using VI = Bits<Vec>;
    const VI signBit = (VI)splat<Vec>(-0.0);
    const VI sign = (VI)x & signBit;
    const Vec a = Vec((VI)x & ~signBit);
    const VI big = a > 20.0;  // NaN compares false and stays
    const Vec clamped = Vec(((VI)splat<Vec>(20.0) & big) | ((VI)a & ~big));
    const Vec m = expm1NonPositive(-2.0 * clamped);
    const Vec t = -m / (m + 2.0);            // >= 0, but -0 for x = 0
    return Vec(((VI)t & ~signBit) | sign);  // |t| with the sign of x
}

// kernel(v) over n contiguous values; the last partial vector is padded with
// zeros, so every value goes through the same code.
template <class Vec, class Kernel>
NNLAB_VMATH_INLINE void mapArray(const double* x, double* y, Index n, Kernel kernel) {
    constexpr Index lanes = sizeof(Vec) / sizeof(double);
    Index i = 0;
    for (; i + lanes <= n; i += lanes) store(y + i, kernel(load<Vec>(x + i)));
    if (i < n) {
        double buf[lanes] = {};
        std::memcpy(buf, x + i, sizeof(double) * std::size_t(n - i));
        store(buf, kernel(load<Vec>(buf)));
        std::memcpy(y + i, buf, sizeof(double) * std::size_t(n - i));
    }
}
#endif

}  // namespace nnlab::vmath

#ifdef NNLAB_VECTOR_MATH
#pragma GCC diagnostic pop
#endif
