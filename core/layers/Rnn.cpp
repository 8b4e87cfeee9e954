// Simple RNN cell (Elman 1990; torch.nn.RNN, nonlinearity tanh or relu):
//   h_t = f(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh)
// The pre-activation overwrites m_xw in place: backward needs only h_t.
#include "layers/Rnn.h"

#include "Error.h"
#include "activations/VectorMath.h"

namespace nnlab {

Rnn::Rnn(LayerSpec spec) : Recurrent(std::move(spec), 1, "rnn") {
    const std::string f = m_spec.choice("nonlinearity", "tanh");
    if (f != "tanh" && f != "relu") throw SpecError("nonlinearity: \"" + f + "\" is not one of tanh, relu");
    m_relu = f == "relu";
}

void Rnn::reserveCell(Index maxBatch) { m_carry = Matrix::Zero(maxBatch, m_units); }

void Rnn::forwardSteps(Index n) {
    for (Index t = 0; t < m_steps; ++t) {
        auto a = step(m_xw, t, n);
        addRecurrentProduct(a, step(m_h, t, n));
        a.rowwise() += m_bhh.row(0);
        if (m_relu) {
            step(m_h, t + 1, n) = a.cwiseMax(0.0);
            continue;
        }
        // The vectorised tanh (Eigen's is scalar libm for double); a and h_t are whole rows: contiguous.
        vmath::tanhArray(a.data(), step(m_h, t + 1, n).data(), n * m_units);
    }
}

void Rnn::backwardSteps(Index n) {
    auto carry = m_carry.topRows(n);
    carry.setZero();
    for (Index t = m_steps - 1; t >= 0; --t) {
        auto da = step(m_dxw, t, n);
        const auto h = step(m_h, t + 1, n).array();
        auto dh = step(m_dh, t, n);
        dh += carry;  // m_dh keeps the whole dL/dh_t (Recurrent::hiddenGrads)
        if (m_relu)
            da.array() = (h > 0.0).select(dh.array(), 0.0);
        else
            da.array() = dh.array() * (1.0 - h.square());
        if (cutBefore(t))
            carry.setZero();
        else
            recurrentGrad(carry, da);
    }
    m_dState0[0].topRows(n) = carry;
}

}  // namespace nnlab
