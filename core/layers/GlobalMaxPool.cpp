// Global max pooling: y[c] = the largest of the H W pixels of channel c (GlobalMaxPool.h).
#include "layers/GlobalMaxPool.h"

namespace nnlab {

void GlobalMaxPool::reserve(const Shape& in, Index maxBatch) {
    GlobalPool::reserve(in, maxBatch);
    m_winner.assign(std::size_t(maxBatch * m_channels), 0);
}

void GlobalMaxPool::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    for (Index n = 0; n < m_rows; ++n) {
        const double* sample = x.row(n).data();
        for (Index c = 0; c < m_channels; ++c) {
            const double* plane = sample + c * m_plane;
            Index at = 0;
            double best = plane[0];
            // Strictly greater keeps the first maximum (PyTorch's choice on ties).
            for (Index i = 1; i < m_plane && best == best; ++i)
                if (plane[i] > best || plane[i] != plane[i]) best = plane[i], at = i;
            m_out(n, c) = best;
            m_winner[std::size_t(n * m_channels + c)] = at;
        }
    }
}

void GlobalMaxPool::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    if (!wantInputGrad) return;
    m_dIn.topRows(m_rows).setZero();
    for (Index n = 0; n < m_rows; ++n)
        for (Index c = 0; c < m_channels; ++c)
            m_dIn(n, c * m_plane + m_winner[std::size_t(n * m_channels + c)]) = dOut(n, c);
}

}  // namespace nnlab
