#pragma once
// Simple recurrent layer (Elman 1990; torch.nn.RNN), one gate:
//   h_t = f(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh),  f = tanh (default) or relu
// BPTT, walking t down with the gradient g carried from step t+1:
//   da_t = (dL/dh_t + g) * f'(a_t);   g = da_t W_hh   (for step t-1)
// f' from h_t alone: 1 - h_t^2 for tanh, [h_t > 0] for relu. ReLU cells are
// the classic way to watch gradients explode through time (the health view).
// Options and layout as every recurrent layer (Recurrent.h).
#include "layers/Recurrent.h"

namespace nnlab {

class Rnn : public Recurrent {
public:
    explicit Rnn(LayerSpec spec);  // throws SpecError for an unknown nonlinearity
    bool usesRelu() const { return m_relu; }

private:
    void reserveCell(Index maxBatch) override;
    void forwardSteps(Index n) override;
    void backwardSteps(Index n) override;

    Matrix m_carry;  // (maxBatch, H) gradient into h_{t-1} from step t
    bool m_relu = false;
};

}  // namespace nnlab
