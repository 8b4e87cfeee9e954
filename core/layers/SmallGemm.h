#pragma once
// Matrix products for Playground-sized layers (a few to a few dozen units),
// where Eigen's general GEMM costs more in blocking and packing than in
// arithmetic: a 10x8 by 8x8 product takes 186 ns through it and 104 ns here
// (bench/). Larger products go to Eigen (see useSmallGemm()).
//
//   C(i, :) = init + sum_k A(i, k) B(k, :)      init: a bias row, or 0
//
// B is row-major (its rows contiguous); A is read through two strides, so A
// and A^T both serve: Dense's forward (x W^T with W^T copied to a buffer),
// dx = dz W and dW = dz^T x. The rows of C are built in registers, eight
// columns (four two-lane vectors) at a time: every multiply-add of a row is
// independent of the others, where Eigen's lazy product chains them.
// The summation order over k is fixed, so the result is deterministic.
#include "Types.h"
#include "activations/VectorMath.h"

namespace nnlab::smallgemm {

// Small enough that the B panel stays in L1 (<= 4 KB), and wide enough
// (N >= 2) to fill a vector: below this, Eigen's GEMM set-up dominates.
inline bool useSmallGemm(Index k, Index n) {
#ifdef NNLAB_VECTOR_MATH
    return n >= 2 && k * n <= 512;
#else
    (void)k;
    (void)n;
    return false;
#endif
}

#ifdef NNLAB_VECTOR_MATH
// c: rows x n, row stride ldc. a(i, k) = a[i * sai + k * sak]. b: k x n, row stride ldb.
// init: n values added to every row, or nullptr.
inline void product(double* c, Index ldc, const double* a, Index sai, Index sak, const double* b, Index ldb,
                    const double* init, Index rows, Index k, Index n) {
    using vmath::V;
    auto load = [](const double* p) { return vmath::load<V>(p); };
    auto splat = [](double v) { return vmath::splat<V>(v); };
    using vmath::store;
    for (Index i = 0; i < rows; ++i) {
        double* ci = c + i * ldc;
        const double* ai = a + i * sai;
        Index j = 0;
        for (; j + 8 <= n; j += 8) {
            V c0 = init ? load(init + j) : splat(0.0), c1 = init ? load(init + j + 2) : splat(0.0);
            V c2 = init ? load(init + j + 4) : splat(0.0), c3 = init ? load(init + j + 6) : splat(0.0);
            for (Index p = 0; p < k; ++p) {
                const V s = splat(ai[p * sak]);
                const double* bp = b + p * ldb + j;
                c0 += s * load(bp);
                c1 += s * load(bp + 2);
                c2 += s * load(bp + 4);
                c3 += s * load(bp + 6);
            }
            store(ci + j, c0);
            store(ci + j + 2, c1);
            store(ci + j + 4, c2);
            store(ci + j + 6, c3);
        }
        for (; j + 2 <= n; j += 2) {
            V c0 = init ? load(init + j) : splat(0.0);
            for (Index p = 0; p < k; ++p) c0 += splat(ai[p * sak]) * load(b + p * ldb + j);
            store(ci + j, c0);
        }
        for (; j < n; ++j) {
            double s = init ? init[j] : 0.0;
            for (Index p = 0; p < k; ++p) s += ai[p * sak] * b[p * ldb + j];
            ci[j] = s;
        }
    }
}
#endif

}  // namespace nnlab::smallgemm
