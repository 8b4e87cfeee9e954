// Output size and im2col / col2im (formulas in ConvGeometry.h).
// im2col copies one sample's receptive fields into columns so that the
// convolution is W (Cout, C k k) times cols (C k k, Ho Wo); col2im is its
// adjoint, used for dX of conv2d and for the forward pass of conv_transpose2d.
#include "layers/ConvGeometry.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace nnlab {

Index convOutputSize(Index in, Index kernel, Index stride, Index padding, Index dilation) {
    const Index reach = in + 2 * padding - dilation * (kernel - 1) - 1;
    if (reach < 0) return 0;
    return reach / stride + 1;
}

Index wholeOption(const LayerSpec& spec, const char* key, double fallback, Index minimum) {
    const double v = spec.option(key, fallback);
    if (!(v >= double(minimum)) || v != std::floor(v) || v > 1e6) {
        std::ostringstream s;
        s << spec.type << " " << key << " must be a whole number of at least " << minimum << ", got " << v;
        throw SpecError(s.str());
    }
    return Index(v);
}

void requireImage(const Shape& in, const std::string& what) {
    if (in.dims.size() != 3)
        throw ShapeError(what + " takes an image (channels x height x width), got " +
                         (in.dims.empty() ? std::string("nothing") : in.toString()));
    for (Index d : in.dims)
        if (d < 1) throw ShapeError(what + " got an empty image " + in.toString());
}

namespace {

// The output columns ow whose input column iw = ow s + shift falls inside the
// image row: [first, end). It depends on the kernel column only, so the
// sweeps compute it once per kernel column, not per output row (it takes two
// divisions, and a 3x3 convolution over 13 x 13 has 11 outputs per row).
struct InsideRun {
    Index shift, first, end;
};

InsideRun insideRun(const ConvGeometry& g, Index kj) {
    const Index shift = kj * g.dilation - g.padding, s = g.stride, Wo = g.outWidth;
    const Index first = std::min(Wo, shift >= 0 ? Index(0) : (-shift + s - 1) / s);
    const Index end = std::max(first, std::min(Wo, g.width - shift <= 0 ? Index(0) : (g.width - shift + s - 1) / s));
    return {shift, first, end};
}

// The contiguous runs of im2col's stride-1 sweep: a run is an output row,
// 26 values in the reference CNN's first convolution and 11 in its second,
// so a loop of vector steps and a scalar tail spent most of its time in the
// tail. With AVX-512 a run of up to 16 floats (8 doubles) is one masked load
// and store; a copy either way, so the same bits. (Not for col2im: there the
// run of the next kernel column reads what this one just stored, one value
// over, and a masked store cannot forward to such a load: it was slower.)
template <typename In, typename T>
inline void copyRun(const In* from, T* to, Index count) {
    for (Index i = 0; i < count; ++i) to[i] = T(from[i]);
}

#if defined(__AVX512F__)
inline __mmask16 firstLanes(Index count) { return __mmask16((1u << count) - 1u); }

template <>
inline void copyRun(const float* from, float* to, Index count) {
    for (; count >= 16; count -= 16, from += 16, to += 16) _mm512_storeu_ps(to, _mm512_loadu_ps(from));
    const __mmask16 m = firstLanes(count);
    _mm512_mask_storeu_ps(to, m, _mm512_maskz_loadu_ps(m, from));
}
template <>
inline void copyRun(const double* from, double* to, Index count) {
    for (; count >= 8; count -= 8, from += 8, to += 8) _mm512_storeu_pd(to, _mm512_loadu_pd(from));
    const __mmask8 m = __mmask8(firstLanes(count));
    _mm512_mask_storeu_pd(to, m, _mm512_maskz_loadu_pd(m, from));
}
#endif

}  // namespace

template <typename In, typename T>
void im2col(const In* image, const ConvGeometry& g, T* cols) {
    const Index k = g.kernel, H = g.height, W = g.width, Ho = g.outHeight, Wo = g.outWidth;
    for (Index c = 0; c < g.channels; ++c) {
        const In* plane = image + c * H * W;
        for (Index ki = 0; ki < k; ++ki)
            for (Index kj = 0; kj < k; ++kj) {
                T* row = cols + ((c * k + ki) * k + kj) * Ho * Wo;
                const InsideRun run = insideRun(g, kj);
                for (Index oh = 0; oh < Ho; ++oh) {
                    const Index ih = oh * g.stride - g.padding + ki * g.dilation;
                    T* out = row + oh * Wo;
                    if (ih < 0 || ih >= H) {
                        for (Index ow = 0; ow < Wo; ++ow) out[ow] = T(0);
                        continue;
                    }
                    const In* line = plane + ih * W + run.shift;
                    for (Index ow = 0; ow < run.first; ++ow) out[ow] = T(0);
                    if (g.stride == 1)  // a contiguous copy, vectorised
                        copyRun(line + run.first, out + run.first, run.end - run.first);
                    else
                        for (Index ow = run.first; ow < run.end; ++ow) out[ow] = T(line[ow * g.stride]);
                    for (Index ow = run.end; ow < Wo; ++ow) out[ow] = T(0);
                }
            }
    }
}

// Each image entry receives its column entries in the same order as an
// entry-by-entry bounds test would add them (c, ki, kj, oh, ow), so the sums
// are the same bit for bit; only the bounds come from insideRun().
template <typename T>
void col2im(const T* cols, const ConvGeometry& g, double* image) {
    const Index k = g.kernel, H = g.height, W = g.width, Ho = g.outHeight, Wo = g.outWidth;
    for (Index c = 0; c < g.channels; ++c) {
        double* plane = image + c * H * W;
        for (Index ki = 0; ki < k; ++ki)
            for (Index kj = 0; kj < k; ++kj) {
                const T* row = cols + ((c * k + ki) * k + kj) * Ho * Wo;
                const InsideRun run = insideRun(g, kj);
                for (Index oh = 0; oh < Ho; ++oh) {
                    const Index ih = oh * g.stride - g.padding + ki * g.dilation;
                    if (ih < 0 || ih >= H) continue;
                    const T* in = row + oh * Wo;
                    double* line = plane + ih * W + run.shift;
                    if (g.stride == 1)  // contiguous, vectorised
                        for (Index ow = run.first; ow < run.end; ++ow) line[ow] += in[ow];
                    else
                        for (Index ow = run.first; ow < run.end; ++ow) line[ow * g.stride] += in[ow];
                }
            }
    }
}

template void im2col<double, double>(const double*, const ConvGeometry&, double*);
template void im2col<double, float>(const double*, const ConvGeometry&, float*);
template void im2col<float, float>(const float*, const ConvGeometry&, float*);
template void col2im<double>(const double*, const ConvGeometry&, double*);
template void col2im<float>(const float*, const ConvGeometry&, double*);

}  // namespace nnlab
