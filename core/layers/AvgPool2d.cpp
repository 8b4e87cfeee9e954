// Average pooling (GBC 9.3; PyTorch AvgPool2d, no ceil mode):
//   y[c][i][j] = (1 / d) sum_{ki,kj < k} x[c][i s - p + ki][j s - p + kj], padding = 0
//   dx[c][i s - p + ki][j s - p + kj] += dy[c][i][j] / d for the real pixels
// d = k^2 when the padded zeros count (count_include_pad = 1, the default, as
// PyTorch): without ceil mode no window reaches past the padding. With 0, d is
// the number of the window's pixels inside the image.
#include "layers/Pool2d.h"

#include "Error.h"

#include <algorithm>

namespace nnlab {

AvgPool2d::AvgPool2d(LayerSpec spec) : Pool2d(std::move(spec)) {
    const double countPad = m_spec.option("count_include_pad", kDefaultCountIncludePad);
    if (countPad != 0.0 && countPad != 1.0)
        throw SpecError("count_include_pad must be 0 (divide by the pixels inside the image) or 1 (by the whole window)");
    m_countPad = countPad == 1.0;
}

double AvgPool2d::windowScale(Index oh, Index ow) const {
    const ConvGeometry& g = m_g;
    if (m_countPad) return 1.0 / double(g.kernel * g.kernel);
    const auto inside = [&](Index start, Index size) {
        return std::min(start + g.kernel, size) - std::max<Index>(start, 0);
    };
    return 1.0 / double(inside(oh * g.stride - g.padding, g.height) * inside(ow * g.stride - g.padding, g.width));
}

void AvgPool2d::forwardBand(MatrixIn x, Index first, Index count) {
    const ConvGeometry& g = m_g;
    const Index plane = g.height * g.width;
    for (Index n = first; n < first + count; ++n) {
        const double* in = x.row(n).data();
        double* out = m_out.row(n).data();
        for (Index c = 0; c < g.channels; ++c)
            for (Index oh = 0; oh < g.outHeight; ++oh)
                for (Index ow = 0; ow < g.outWidth; ++ow) {
                    double sum = 0.0;
                    for (Index ki = 0; ki < g.kernel; ++ki) {
                        const Index ih = oh * g.stride - g.padding + ki;
                        if (ih < 0 || ih >= g.height) continue;
                        for (Index kj = 0; kj < g.kernel; ++kj) {
                            const Index iw = ow * g.stride - g.padding + kj;
                            if (iw >= 0 && iw < g.width) sum += in[c * plane + ih * g.width + iw];
                        }
                    }
                    out[(c * g.outHeight + oh) * g.outWidth + ow] = sum * windowScale(oh, ow);
                }
    }
}

void AvgPool2d::backwardBand(MatrixIn, MatrixIn dOut, bool wantInputGrad, Index first, Index count) {
    if (!wantInputGrad) return;
    const ConvGeometry& g = m_g;
    const Index plane = g.height * g.width;
    for (Index n = first; n < first + count; ++n) {
        double* dx = inputGradRow(n);
        std::fill(dx, dx + m_dIn.cols(), 0.0);
        for (Index c = 0; c < g.channels; ++c)
            for (Index oh = 0; oh < g.outHeight; ++oh)
                for (Index ow = 0; ow < g.outWidth; ++ow) {
                    const double share = dOut(n - first, (c * g.outHeight + oh) * g.outWidth + ow) * windowScale(oh, ow);
                    for (Index ki = 0; ki < g.kernel; ++ki) {
                        const Index ih = oh * g.stride - g.padding + ki;
                        if (ih < 0 || ih >= g.height) continue;
                        for (Index kj = 0; kj < g.kernel; ++kj) {
                            const Index iw = ow * g.stride - g.padding + kj;
                            if (iw >= 0 && iw < g.width) dx[c * plane + ih * g.width + iw] += share;
                        }
                    }
                }
    }
}

}  // namespace nnlab
