// Max pooling (GBC 9.3; PyTorch MaxPool2d without ceil mode):
//   y[c][i][j] = max_{ki,kj < k} x[c][i s - p + ki][j s - p + kj], padding = -inf
//   dx[argmax] += dy; the first maximum in row-major window order wins a tie
//   (and a NaN wins, so that it propagates, as in PyTorch).
#include "layers/Pool2d.h"

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace nnlab {

void MaxPool2d::reserve(const Shape& in, Index maxBatch) {
    Pool2d::reserve(in, maxBatch);
    m_argmax = IndexMatrix::Zero(maxBatch, m_g.channels * m_g.cols());
}

namespace {

// The running maximum of a window: strictly larger wins (the first maximum
// stays on a tie); a NaN takes the place and keeps it.
inline void consider(double& best, Index& where, double v, Index at) {
    const bool take = (best == best) & ((v > best) | (v != v));
    best = take ? v : best;
    where = take ? at : where;
}

// Any window, clipped to the image once per position.
void maxPoolAny(const double* in, const ConvGeometry& g, double* out, Index* arg) {
    const Index plane = g.height * g.width;
    for (Index c = 0; c < g.channels; ++c)
        for (Index oh = 0; oh < g.outHeight; ++oh) {
            const Index top = oh * g.stride - g.padding;
            const Index kiFirst = std::max<Index>(0, -top), kiEnd = std::min(g.kernel, g.height - top);
            for (Index ow = 0; ow < g.outWidth; ++ow) {
                const Index left = ow * g.stride - g.padding;
                const Index kjFirst = std::max<Index>(0, -left), kjEnd = std::min(g.kernel, g.width - left);
                Index where = c * plane + (top + kiFirst) * g.width + left + kjFirst;
                double best = in[where];
                for (Index ki = kiFirst; ki < kiEnd; ++ki) {
                    const Index rowStart = c * plane + (top + ki) * g.width + left;
                    for (Index kj = kjFirst; kj < kjEnd; ++kj) consider(best, where, in[rowStart + kj], rowStart + kj);
                }
                const Index o = (c * g.outHeight + oh) * g.outWidth + ow;
                out[o] = best;
                arg[o] = where;
            }
        }
}

// 2x2 windows, stride 2, no padding (the usual pooling): a knockout of the
// two pairs, (a, b) and (c, d), then of their winners, "strictly larger" at
// each match so that the first maximum wins as above. Max instructions and
// flags instead of branches: a chain of data-dependent branches per window
// mispredicted on every other pixel and made pooling a quarter of a CNN step.
// The knockout may drop a NaN: false if the sample has one (the caller then
// takes maxPoolAny), found without a second pass over the input.
#if defined(__AVX512F__)
// Eight windows of an output row at a time (the first pooling of the
// reference CNN has rows of 13): the pairs' left and right values are
// gathered from two rows' 16 values by a permute, the knockout runs on the
// lanes with the same comparisons as the scalar code below (max_pd(b, a) is
// std::max(a, b): "a < b ? b : a"), so the same maxima and positions.
bool maxPool2x2(const double* in, const ConvGeometry& g, double* out, Index* arg) {
    const Index W = g.width, H = g.height, Ho = g.outHeight, Wo = g.outWidth;
    const __m512i left = _mm512_setr_epi64(0, 2, 4, 6, 8, 10, 12, 14), right = _mm512_setr_epi64(1, 3, 5, 7, 9, 11, 13, 15);
    const __m512i one = _mm512_set1_epi64(1), below = _mm512_set1_epi64(W);
    __mmask8 nan = 0;
    for (Index c = 0; c < g.channels; ++c)
        for (Index oh = 0; oh < Ho; ++oh) {
            const Index top = (c * H + 2 * oh) * W;
            for (Index ow = 0; ow < Wo; ow += 8) {
                const Index windows = std::min<Index>(8, Wo - ow), values = 2 * windows;
                const __mmask8 lanes = __mmask8((1u << windows) - 1u);
                const __mmask8 firstHalf = __mmask8((1u << std::min<Index>(8, values)) - 1u);
                const __mmask8 secondHalf = __mmask8((1u << std::max<Index>(0, values - 8)) - 1u);
                const double* r0 = in + top + 2 * ow;
                const double* r1 = r0 + W;
                const __m512d a0 = _mm512_maskz_loadu_pd(firstHalf, r0), a1 = _mm512_maskz_loadu_pd(secondHalf, r0 + 8);
                const __m512d b0 = _mm512_maskz_loadu_pd(firstHalf, r1), b1 = _mm512_maskz_loadu_pd(secondHalf, r1 + 8);
                const __m512d v0 = _mm512_permutex2var_pd(a0, left, a1), v1 = _mm512_permutex2var_pd(a0, right, a1);
                const __m512d v2 = _mm512_permutex2var_pd(b0, left, b1), v3 = _mm512_permutex2var_pd(b0, right, b1);
                const __m512d upper = _mm512_max_pd(v1, v0), lower = _mm512_max_pd(v3, v2);
                const __mmask8 upperRight = _mm512_cmp_pd_mask(v1, v0, _CMP_GT_OQ);
                const __mmask8 lowerRight = _mm512_cmp_pd_mask(v3, v2, _CMP_GT_OQ);
                const __mmask8 fromLower = _mm512_cmp_pd_mask(lower, upper, _CMP_GT_OQ);
                const __m512i at = _mm512_add_epi64(_mm512_set1_epi64(top + 2 * ow), left);
                const __m512i upperAt = _mm512_mask_add_epi64(at, upperRight, at, one);
                const __m512i lowerAt = _mm512_mask_add_epi64(_mm512_add_epi64(at, below), lowerRight,
                                                              _mm512_add_epi64(at, below), one);
                const Index o = (c * Ho + oh) * Wo + ow;
                _mm512_mask_storeu_pd(out + o, lanes, _mm512_max_pd(lower, upper));
                _mm512_mask_storeu_epi64(arg + o, lanes, _mm512_mask_blend_epi64(fromLower, upperAt, lowerAt));
                nan |= lanes & (_mm512_cmp_pd_mask(v0, v0, _CMP_UNORD_Q) | _mm512_cmp_pd_mask(v1, v1, _CMP_UNORD_Q) |
                                _mm512_cmp_pd_mask(v2, v2, _CMP_UNORD_Q) | _mm512_cmp_pd_mask(v3, v3, _CMP_UNORD_Q));
            }
        }
    return nan == 0;
}
#else
bool maxPool2x2(const double* in, const ConvGeometry& g, double* out, Index* arg) {
    const Index W = g.width;
    bool nan = false;
    for (Index c = 0; c < g.channels; ++c)
        for (Index oh = 0; oh < g.outHeight; ++oh) {
            const Index top = (c * g.height + 2 * oh) * W;
            const double* r0 = in + top;
            const double* r1 = r0 + W;
            double* o = out + (c * g.outHeight + oh) * g.outWidth;
            Index* a = arg + (c * g.outHeight + oh) * g.outWidth;
            for (Index ow = 0; ow < g.outWidth; ++ow) {
                const double v0 = r0[2 * ow], v1 = r0[2 * ow + 1], v2 = r1[2 * ow], v3 = r1[2 * ow + 1];
                // std::max(a, b) is "b > a ? b : a": one max instruction, no branch.
                const double upper = std::max(v0, v1), lower = std::max(v2, v3);
                const Index upperAt = Index(v1 > v0), lowerAt = W + Index(v3 > v2);
                const Index fromLower = Index(lower > upper);
                o[ow] = std::max(upper, lower);
                a[ow] = top + 2 * ow + upperAt + fromLower * (lowerAt - upperAt);
                nan |= (v0 != v0) | (v1 != v1) | (v2 != v2) | (v3 != v3);
            }
        }
    return !nan;
}

#endif

}  // namespace

void MaxPool2d::forwardBand(MatrixIn x, Index first, Index count) {
    const bool twoByTwo = m_g.kernel == 2 && m_g.stride == 2 && m_g.padding == 0;
    for (Index n = first; n < first + count; ++n) {
        const double* in = x.row(n).data();
        double* out = m_out.row(n).data();
        Index* arg = m_argmax.row(n).data();
        if (!(twoByTwo && maxPool2x2(in, m_g, out, arg))) maxPoolAny(in, m_g, out, arg);
    }
}

void MaxPool2d::backwardBand(MatrixIn, MatrixIn dOut, bool wantInputGrad, Index first, Index count) {
    if (!wantInputGrad) return;
    const Index outputs = m_g.channels * m_g.cols();
    for (Index n = first; n < first + count; ++n) {
        double* dx = inputGradRow(n);
        std::fill(dx, dx + m_dIn.cols(), 0.0);
        for (Index o = 0; o < outputs; ++o) dx[m_argmax(n, o)] += dOut(n - first, o);
    }
}

}  // namespace nnlab
