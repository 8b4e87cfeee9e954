// LSTM cell (Hochreiter & Schmidhuber 1997; Gers et al. 2000; torch.nn.LSTM),
// gates i, f, g, o; formulas and BPTT in Lstm.h. The gate activations
// overwrite the pre-activations in m_xw: backward needs only the activations.
#include "layers/Lstm.h"

#include "activations/VectorMath.h"

namespace nnlab {

MatrixIn Lstm::finalState(Index k) const {
    return k == 0 ? Recurrent::finalState(0) : m_c.middleRows(m_steps * m_rows, m_rows);
}

void Lstm::reserveCell(Index maxBatch) {
    m_c = Matrix::Zero((m_steps + 1) * maxBatch, m_units);
    m_tanhC = Matrix::Zero(m_steps * maxBatch, m_units);
    m_carryH = Matrix::Zero(maxBatch, m_units);
    m_carryC = Matrix::Zero(maxBatch, m_units);
}

void Lstm::initializeCell() { m_bih.middleCols(m_units, m_units).setOnes(); }

void Lstm::forwardSteps(Index n) {
    const Index h = m_units;
    m_c.topRows(n) = m_state0[1].topRows(n);
    for (Index t = 0; t < m_steps; ++t) {
        auto a = step(m_xw, t, n);
        addRecurrentProduct(a, step(m_h, t, n));
        a.rowwise() += m_bhh.row(0);
        auto i = a.middleCols(0, h).array(), f = a.middleCols(h, h).array();
        auto g = a.middleCols(2 * h, h).array(), o = a.middleCols(3 * h, h).array();
        i = 1.0 / (1.0 + (-i).exp());
        f = 1.0 / (1.0 + (-f).exp());
        // tanh through the vectorised kernel: Eigen's .tanh() is scalar libm
        // for double, a fifth of the step's time at 64 units (docs/benchmarks.md).
        for (Index r = 0; r < n; ++r) {
            double* gRow = a.data() + r * a.outerStride() + 2 * h;
            vmath::tanhArray(gRow, gRow, h);
        }
        o = 1.0 / (1.0 + (-o).exp());
        auto c = step(m_c, t + 1, n).array();
        c = f * step(m_c, t, n).array() + i * g;
        auto tc = step(m_tanhC, t, n);
        vmath::tanhArray(c.data(), tc.data(), n * h);  // both blocks are whole rows: contiguous
        step(m_h, t + 1, n).array() = o * tc.array();
    }
}

void Lstm::backwardSteps(Index n) {
    const Index h = m_units;
    auto gH = m_carryH.topRows(n);
    auto gC = m_carryC.topRows(n);
    gH.setZero();
    gC = m_dStateFinal[1].topRows(n);
    for (Index t = m_steps - 1; t >= 0; --t) {
        const auto a = step(m_xw, t, n);
        const auto i = a.middleCols(0, h).array(), f = a.middleCols(h, h).array();
        const auto g = a.middleCols(2 * h, h).array(), o = a.middleCols(3 * h, h).array();
        const auto tc = step(m_tanhC, t, n).array();
        auto da = step(m_dxw, t, n);
        // dh goes through da_o's block first, then dc is built in gC in place
        auto dh = step(m_dh, t, n).array();
        dh += gH.array();
        gC.array() += dh * o * (1.0 - tc.square());
        da.middleCols(3 * h, h).array() = dh * tc * o * (1.0 - o);
        da.middleCols(0, h).array() = gC.array() * g * i * (1.0 - i);
        da.middleCols(h, h).array() = gC.array() * step(m_c, t, n).array() * f * (1.0 - f);
        da.middleCols(2 * h, h).array() = gC.array() * i * (1.0 - g.square());
        if (cutBefore(t)) {
            gC.setZero();
            gH.setZero();
        } else {
            gC.array() *= f;
            recurrentGrad(gH, da);
        }
    }
    m_dState0[0].topRows(n) = gH;
    m_dState0[1].topRows(n) = gC;
}

}  // namespace nnlab
