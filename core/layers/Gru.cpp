// GRU cell (Cho et al. 2014; torch.nn.GRU), gates r, z, n; formulas and BPTT
// in Gru.h. The gate activations overwrite m_xw; u = h W_hh^T + b_hh is kept
// in m_hw because the reset gate's gradient needs u_n.
#include "layers/Gru.h"

#include "activations/VectorMath.h"

namespace nnlab {

void Gru::reserveCell(Index maxBatch) {
    m_hw = Matrix::Zero(m_steps * maxBatch, 3 * m_units);
    m_carry = Matrix::Zero(maxBatch, m_units);
}

void Gru::forwardSteps(Index n) {
    const Index h = m_units;
    for (Index t = 0; t < m_steps; ++t) {
        auto a = step(m_xw, t, n);
        auto u = step(m_hw, t, n);
        u = m_bhh.row(0).replicate(n, 1);
        addRecurrentProduct(u, step(m_h, t, n));
        auto r = a.middleCols(0, h).array(), z = a.middleCols(h, h).array(), g = a.middleCols(2 * h, h).array();
        r = 1.0 / (1.0 + (-(r + u.middleCols(0, h).array())).exp());
        z = 1.0 / (1.0 + (-(z + u.middleCols(h, h).array())).exp());
        g = g + r * u.middleCols(2 * h, h).array();
        for (Index row = 0; row < n; ++row) {  // the vectorised tanh, row by row (a column block)
            double* gRow = a.data() + row * a.outerStride() + 2 * h;
            vmath::tanhArray(gRow, gRow, h);
        }
        step(m_h, t + 1, n).array() = (1.0 - z) * g + z * step(m_h, t, n).array();
    }
}

void Gru::backwardSteps(Index n) {
    const Index h = m_units;
    auto carry = m_carry.topRows(n);
    carry.setZero();
    for (Index t = m_steps - 1; t >= 0; --t) {
        const auto a = step(m_xw, t, n);
        const auto r = a.middleCols(0, h).array(), z = a.middleCols(h, h).array(), g = a.middleCols(2 * h, h).array();
        const auto hPrev = step(m_h, t, n).array();
        auto dh = step(m_dh, t, n);
        dh += carry;  // m_dh keeps the whole dL/dh_t (Recurrent::hiddenGrads)
        auto dx = step(m_dxw, t, n);
        auto du = step(m_dhw, t, n);
        dx.middleCols(2 * h, h).array() = dh.array() * (1.0 - z) * (1.0 - g.square());
        du.middleCols(2 * h, h).array() = dx.middleCols(2 * h, h).array() * r;
        dx.middleCols(0, h).array() =
            dx.middleCols(2 * h, h).array() * step(m_hw, t, n).middleCols(2 * h, h).array() * r * (1.0 - r);
        dx.middleCols(h, h).array() = dh.array() * (hPrev - g) * z * (1.0 - z);
        du.leftCols(2 * h) = dx.leftCols(2 * h);
        if (cutBefore(t)) {
            carry.setZero();
        } else {
            recurrentGrad(carry, du);
            carry.array() += dh.array() * z;
        }
    }
    m_dState0[0].topRows(n) = carry;
}

}  // namespace nnlab
