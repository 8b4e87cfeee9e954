// Max pooling (GBC 9.3; PyTorch MaxPool2d without ceil mode):
//   y[c][i][j] = max_{ki,kj < k} x[c][i s - p + ki][j s - p + kj], padding = -inf
//   dx[argmax] += dy; the first maximum in row-major window order wins a tie
//   (and a NaN wins, so that it propagates, as in PyTorch).
#include "layers/Pool2d.h"

#include <cmath>
#include <limits>

namespace nnlab {

void MaxPool2d::reserve(const Shape& in, Index maxBatch) {
    Pool2d::reserve(in, maxBatch);
    m_argmax = IndexMatrix::Zero(maxBatch, m_g.channels * m_g.cols());
}

void MaxPool2d::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    const ConvGeometry& g = m_g;
    const Index plane = g.height * g.width;
    for (Index n = 0; n < m_rows; ++n) {
        const double* in = x.row(n).data();
        double* out = m_out.row(n).data();
        Index* arg = m_argmax.row(n).data();
        for (Index c = 0; c < g.channels; ++c)
            for (Index oh = 0; oh < g.outHeight; ++oh)
                for (Index ow = 0; ow < g.outWidth; ++ow) {
                    double best = -std::numeric_limits<double>::infinity();
                    Index where = -1;
                    for (Index ki = 0; ki < g.kernel; ++ki) {
                        const Index ih = oh * g.stride - g.padding + ki;
                        if (ih < 0 || ih >= g.height) continue;
                        for (Index kj = 0; kj < g.kernel; ++kj) {
                            const Index iw = ow * g.stride - g.padding + kj;
                            if (iw < 0 || iw >= g.width) continue;
                            const Index at = c * plane + ih * g.width + iw;
                            if (where < 0 || in[at] > best || std::isnan(in[at])) {
                                best = in[at];
                                where = at;
                                if (std::isnan(best)) break;
                            }
                        }
                        if (std::isnan(best)) break;
                    }
                    const Index o = (c * g.outHeight + oh) * g.outWidth + ow;
                    out[o] = best;
                    arg[o] = where;
                }
    }
}

void MaxPool2d::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    if (!wantInputGrad) return;
    const Index outputs = m_g.channels * m_g.cols();
    for (Index n = 0; n < m_rows; ++n) {
        m_dIn.row(n).setZero();
        for (Index o = 0; o < outputs; ++o) m_dIn(n, m_argmax(n, o)) += dOut(n, o);
    }
}

}  // namespace nnlab
