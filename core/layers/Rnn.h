#pragma once
// Simple recurrent layer (Elman 1990; torch.nn.RNN with tanh), one gate:
//   h_t = tanh(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh)
// BPTT, walking t down with the gradient g carried from step t+1:
//   da_t = (dL/dh_t + g) * (1 - h_t^2);   g = da_t W_hh   (for step t-1)
// Options and layout as every recurrent layer (Recurrent.h).
#include "layers/Recurrent.h"

namespace nnlab {

class Rnn : public Recurrent {
public:
    explicit Rnn(LayerSpec spec) : Recurrent(std::move(spec), 1, "rnn") {}

private:
    void reserveCell(Index maxBatch) override;
    void forwardSteps(Index n) override;
    void backwardSteps(Index n) override;

    Matrix m_carry;  // (maxBatch, H) gradient into h_{t-1} from step t
};

}  // namespace nnlab
