// Average pooling (GBC 9.3; PyTorch AvgPool2d, count_include_pad = True, no ceil mode):
//   y[c][i][j] = (1 / k^2) sum_{ki,kj < k} x[c][i s - p + ki][j s - p + kj], padding = 0
//   dx[c][i s - p + ki][j s - p + kj] += dy[c][i][j] / k^2 for the real pixels
// Without ceil mode no window reaches past the padding, so the divisor is
// always k^2.
#include "layers/Pool2d.h"

namespace nnlab {

void AvgPool2d::forwardBand(MatrixIn x, Index first, Index count) {
    const ConvGeometry& g = m_g;
    const Index plane = g.height * g.width;
    const double scale = 1.0 / double(g.kernel * g.kernel);
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
                    out[(c * g.outHeight + oh) * g.outWidth + ow] = sum * scale;
                }
    }
}

void AvgPool2d::backwardBand(MatrixIn, MatrixIn dOut, bool wantInputGrad, Index first, Index count) {
    if (!wantInputGrad) return;
    const ConvGeometry& g = m_g;
    const Index plane = g.height * g.width;
    const double scale = 1.0 / double(g.kernel * g.kernel);
    for (Index n = first; n < first + count; ++n) {
        m_dIn.row(n).setZero();
        double* dx = m_dIn.row(n).data();
        for (Index c = 0; c < g.channels; ++c)
            for (Index oh = 0; oh < g.outHeight; ++oh)
                for (Index ow = 0; ow < g.outWidth; ++ow) {
                    const double share = dOut(n, (c * g.outHeight + oh) * g.outWidth + ow) * scale;
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
