#pragma once
// A recurrent layer run both ways over the sequence (Schuster & Paliwal 1997;
// Keras' Bidirectional, PyTorch's bidirectional=True): one cell reads
// x_0 .. x_{T-1}, a second cell of the same kind, with its own parameters,
// reads x_{T-1} .. x_0. Written in the file as a choice on rnn, lstm or gru:
//   {"type": "lstm", "units": 16, "direction": "bidirectional", "merge": "concat"}
// The backward cell's outputs are put back in time order, so step t of the
// output joins hF_t (seen x_0..x_t) with hB_t (seen x_t..x_{T-1}); without
// return_sequences it joins the forward cell's last h with the backward cell's
// last h (which has seen the whole sequence backwards). merge:
//   concat    [hF, hB]  (2H per step)      dF, dB = the two halves of dy
//   sum       hF + hB                      dF = dB = dy
//   multiply  hF * hB                      dF = dy * hB,  dB = dy * hF
// dx = dx of the forward cell + the backward cell's dx put back in time order.
// Parameters: the forward cell's W_ih, W_hh, b_ih, b_hh, then the backward
// cell's as W_ih_reverse, ... (PyTorch's weight_ih_l0_reverse).
#include "layers/Layer.h"

namespace nnlab {

class Bidirectional : public Layer {
public:
    enum class Merge { Concat, Sum, Multiply };
    using CellFactory = LayerPtr (*)(const LayerSpec& spec);
    // spec: an rnn, lstm or gru spec with "direction": "bidirectional";
    // makeCell builds one direction's cell from it.
    Bidirectional(LayerSpec spec, CellFactory makeCell);

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    std::vector<Param> params() override;

    Layer& forwardCell() { return *m_forward; }
    Layer& backwardCell() { return *m_backward; }

private:
    Merge m_merge = Merge::Concat;
    LayerPtr m_forward, m_backward;
    Index m_inSteps = 1;             // T of the input
    Index m_steps = 1, m_units = 0;  // steps of the output rows (1 without return_sequences)
    Matrix m_xReversed;              // (maxBatch, T*F)
    Matrix m_yB;                     // (maxBatch, cell out): the backward cell's output in time order
    Matrix m_dF, m_dB, m_dBReversed; // (maxBatch, cell out)
};

}  // namespace nnlab
