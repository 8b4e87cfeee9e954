#pragma once
// Gated recurrent unit (Cho et al. 2014; torch.nn.GRU), gates stacked r, z, n:
//   [x_r x_z x_n] = x_t W_ih^T + b_ih,   [u_r u_z u_n] = h_{t-1} W_hh^T + b_hh
//   r = s(x_r + u_r),  z = s(x_z + u_z),  n = tanh(x_n + r u_n)
//   h_t = (1 - z) n + z h_{t-1}
// (the reset gate scales u_n, b_hn included, as PyTorch and cuDNN do).
// BPTT, walking t down with g carried from step t+1:
//   dh = dL/dh_t + g;  dn = dh (1 - z);  dz = dh (h_{t-1} - n)
//   dx_n = dn (1 - n^2);  du_n = dx_n r;  dr = dx_n u_n
//   dx_r = du_r = dr r (1-r);  dx_z = du_z = dz z (1-z)
//   g = dh z + du W_hh
#include "layers/Recurrent.h"

namespace nnlab {

class Gru : public Recurrent {
public:
    explicit Gru(LayerSpec spec) : Recurrent(std::move(spec), 3, "gru") {}
    // The gate activations r, z, n of the last forward, time-major (T*n, 3H).
    MatrixIn gateActivations() const { return m_xw.topRows(m_steps * m_rows); }

private:
    void reserveCell(Index maxBatch) override;
    void forwardSteps(Index n) override;
    void backwardSteps(Index n) override;
    bool sharesPreGrad() const override { return false; }

    Matrix m_hw;     // (T*maxBatch, 3H) h_{t-1} W_hh^T + b_hh
    Matrix m_carry;  // (maxBatch, H)
};

}  // namespace nnlab
