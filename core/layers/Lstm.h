#pragma once
// Long short-term memory (Hochreiter & Schmidhuber 1997, with the forget gate
// of Gers et al. 2000; torch.nn.LSTM), gates stacked i, f, g, o in W_ih, W_hh:
//   [a_i a_f a_g a_o] = x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh
//   i = s(a_i), f = s(a_f), g = tanh(a_g), o = s(a_o)        (s = sigmoid)
//   c_t = f c_{t-1} + i g,    h_t = o tanh(c_t)
// BPTT, walking t down with gH, gC carried from step t+1:
//   dh = dL/dh_t + gH;   dc = gC + dh o (1 - tanh^2 c_t)
//   da_o = dh tanh(c_t) o (1-o);  da_i = dc g i (1-i);  da_f = dc c_{t-1} f (1-f)
//   da_g = dc i (1 - g^2);        gC = dc f;             gH = da W_hh
// The forget-gate bias b_ih starts at 1 (Jozefowicz et al. 2015; Keras'
// unit_forget_bias): the cell remembers until it has learned to forget.
// State 1 is c (initialState(1), finalState(1), finalStateGrad(1)).
#include "layers/Recurrent.h"

namespace nnlab {

class Lstm : public Recurrent {
public:
    explicit Lstm(LayerSpec spec) : Recurrent(std::move(spec), 4, "lstm") {}
    Index stateCount() const override { return 2; }
    MatrixIn finalState(Index k) const override;
    // The gate activations i, f, g, o of the last forward, time-major (T*n, 4H).
    MatrixIn gateActivations() const { return m_xw.topRows(m_steps * m_rows); }

private:
    void reserveCell(Index maxBatch) override;
    void initializeCell() override;
    void forwardSteps(Index n) override;
    void backwardSteps(Index n) override;

    Matrix m_c;                // ((T+1)*maxBatch, H): block 0 = c0, block t+1 = c_t
    Matrix m_tanhC;            // (T*maxBatch, H)
    Matrix m_carryH, m_carryC; // (maxBatch, H)
};

}  // namespace nnlab
