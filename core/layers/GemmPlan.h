#pragma once
// A matrix product C += alpha op(A) op(B) whose packing buffers are allocated
// once, in reserve(). Eigen's product sizes its GEMM panels per call and puts
// them on the heap once they exceed EIGEN_STACK_ALLOCATION_LIMIT (128 KB): a
// 16-filter 3x3 convolution over 8 x 28 x 28 already does, twice per sample.
// This calls the same Eigen kernel (internal::general_matrix_matrix_product,
// Goto's blocking) with a blocking object the layer owns, as Eigen's own
// generic_product_impl does, so the step allocates nothing.
//   LhsOrder / RhsOrder: Eigen::RowMajor for a row-major matrix as stored,
//   Eigen::ColMajor for the transpose of one (same pointer and stride).
// C is row-major, m x n, with row stride ldc.
//   Scalar: double, or float for the single-precision products (Precision.h).
#include "Types.h"

#include <memory>

namespace nnlab {

template <int LhsOrder, int RhsOrder, typename Scalar = double>
class GemmPlan {
public:
    // Sizes the panels for an (m x k) by (k x n) product.
    void plan(Index m, Index n, Index k) {
        m_m = m, m_n = n, m_k = k;
        m_blocking = std::make_unique<Blocking>(m, n, k, 1, true);
        m_blocking->allocateAll();
    }
    // c += alpha a b, with the planned sizes.
    void run(Scalar* c, Index ldc, const Scalar* a, Index lda, const Scalar* b, Index ldb, Scalar alpha = 1) const {
        run(m_m, m_n, m_k, c, ldc, a, lda, b, ldb, alpha);
    }
    // The same for a product no larger than planned in any size (a short
    // batch): Eigen takes the block sizes from the blocking object, capped by
    // the actual sizes, so the panels sized in plan() still hold them.
    void run(Index m, Index n, Index k, Scalar* c, Index ldc, const Scalar* a, Index lda, const Scalar* b, Index ldb,
             Scalar alpha = 1) const {
        eigen_assert(m <= m_m && n <= m_n && k <= m_k);
#if EIGEN_VERSION_AT_LEAST(3, 3, 90)  // 3.4 added the result's inner stride
        Eigen::internal::general_matrix_matrix_product<Index, Scalar, LhsOrder, false, Scalar, RhsOrder, false,
                                                       Eigen::RowMajor, 1>::run(m, n, k, a, lda, b, ldb, c, 1, ldc,
                                                                                alpha, *m_blocking);
#else
        Eigen::internal::general_matrix_matrix_product<Index, Scalar, LhsOrder, false, Scalar, RhsOrder, false,
                                                       Eigen::RowMajor>::run(m, n, k, a, lda, b, ldb, c, ldc, alpha,
                                                                             *m_blocking);
#endif
    }

private:
    using Blocking = Eigen::internal::gemm_blocking_space<Eigen::RowMajor, Scalar, Scalar, Eigen::Dynamic, Eigen::Dynamic,
                                                          Eigen::Dynamic, 1, false>;
    std::unique_ptr<Blocking> m_blocking;
    Index m_m = 0, m_n = 0, m_k = 0;
};

}  // namespace nnlab
