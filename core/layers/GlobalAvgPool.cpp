// Global average pooling: y[c] = mean over the H W pixels of channel c (GlobalAvgPool.h).
#include "layers/GlobalAvgPool.h"

namespace nnlab {

void GlobalAvgPool::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    for (Index n = 0; n < m_rows; ++n) {
        const Eigen::Map<const Matrix> planes(x.row(n).data(), m_channels, m_plane);
        m_out.row(n) = planes.rowwise().mean().transpose();
    }
}

void GlobalAvgPool::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    if (!wantInputGrad) return;
    const double scale = 1.0 / double(m_plane);
    for (Index n = 0; n < m_rows; ++n) {
        Eigen::Map<Matrix> planes(m_dIn.row(n).data(), m_channels, m_plane);
        for (Index c = 0; c < m_channels; ++c) planes.row(c).setConstant(dOut(n, c) * scale);
    }
}

}  // namespace nnlab
