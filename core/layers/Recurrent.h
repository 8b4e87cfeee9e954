#pragma once
// What the simple RNN, the LSTM and the GRU share: an input sequence {T, I}
// run through one cell of H units, step by step, with PyTorch's parameters
//   W_ih (G*H, I), W_hh (G*H, H), b_ih (G*H), b_hh (G*H),   G gates per cell
// (../shared/oracle/README.md, "Recurrent layers"). The cells (Rnn, Lstm, Gru)
// only write the recurrence; this class does the layout, the products over all
// time steps at once and the options:
//   return_sequences  1: output {T, H}, every h_t (many-to-many, or the input
//                        of a stacked recurrent layer);  0: output {H}, the last
//                        h (many-to-one). Keras' name and default.
//   truncate          k > 0: backpropagation through time in chunks of k steps
//                        (t = 0..k-1, k..2k-1, ...): the state still flows
//                        forward across a chunk boundary, but no gradient flows
//                        back across it (PyTorch's h.detach() every k steps).
//                        0: through the whole sequence.
// Time-major buffers (SequenceView.h): row t*B + b is step t of sample b.
// Forward:  XW = X W_ih^T + b_ih for all steps in one product, then the cell
//           adds h_{t-1} W_hh^T + b_hh step by step.
// Backward: the cell turns dL/dh_t into dL/d(pre-activations) step by step,
//           walking t down; then dW_ih = dXW^T X, dW_hh = dHW^T H_{t-1} and
//           dX = dXW W_ih, again one product each over all steps.
// The state at the sequence start is zero unless set (initialState, used by the
// oracle replay); its gradient is kept (initialStateGrad). A gradient arriving
// at the final state from outside (finalStateGrad; the oracle's "last h" and
// "last c" outputs) is added at the last step.
#include "layers/GemmPlan.h"
#include "layers/Layer.h"

namespace nnlab {

class Recurrent : public Layer {
public:
    static constexpr double kDefaultReturnSequences = 0.0;
    static constexpr double kDefaultTruncate = 0.0;

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    // W_ih by weight_init, W_hh orthogonal per gate (Saxe et al. 2014; Keras'
    // recurrent default: keeps the gradient's size through time at the start),
    // both biases by bias_init; then the cell's own choices (initializeCell).
    void initialize(Rng& rng) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    std::vector<Param> params() override;

    Index units() const { return m_units; }
    Index steps() const { return m_steps; }
    bool returnsSequences() const { return m_returnSequences; }
    Index truncation() const { return m_truncate; }
    // State k: 0 = h, 1 = c (LSTM only); each (maxBatch, H).
    virtual Index stateCount() const { return 1; }
    Matrix& initialState(Index k) { return m_state0[k]; }
    Matrix& finalStateGrad(Index k) { return m_dStateFinal[k]; }
    MatrixIn initialStateGrad(Index k) const { return m_dState0[k].topRows(m_rows); }
    virtual MatrixIn finalState(Index k) const;
    // Every h_t of the last forward, time-major (T*n, H): for the views.
    MatrixIn hiddenStates() const { return m_h.middleRows(m_rows, m_steps * m_rows); }
    // After backward: the whole dL/dh_t at every step, time-major (T*n, H),
    // through the output and through later steps (the fading-gradient view).
    MatrixIn hiddenGrads() const { return m_dh.topRows(m_steps * m_rows); }

protected:
    Recurrent(LayerSpec spec, Index gates, const char* kind);
    virtual void reserveCell(Index maxBatch) { (void)maxBatch; }
    virtual void initializeCell() {}
    // Given m_xw (T*n, G*H) = X W_ih^T + b_ih, fill m_h (and the cell's caches).
    virtual void forwardSteps(Index n) = 0;
    // Given m_dh (T*n, H) = dL/dh_t from the output, fill m_dxw = dL/dXW and
    // m_dhw = dL/d(h_{t-1} W_hh^T + b_hh) (the cell says when they are one),
    // and m_dState0; cut the carried gradient where cutBefore(t).
    virtual void backwardSteps(Index n) = 0;
    // True when the pre-activation gradients of W_ih and W_hh are the same
    // buffer m_dxw (RNN, LSTM); the GRU's reset gate makes them differ.
    virtual bool sharesPreGrad() const { return true; }
    // No gradient flows from step t back into h_{t-1} (truncated BPTT).
    bool cutBefore(Index t) const { return m_truncate > 0 && t % m_truncate == 0; }
    // a += h W_hh^T and g = da W_hh (n rows each), through planned products:
    // Eigen's own product would put its panels on the heap at 64 units.
    void addRecurrentProduct(MatrixOut a, MatrixIn h) const;
    void recurrentGrad(MatrixOut g, MatrixIn da) const;
    // Step t's rows of a time-major buffer.
    static auto step(Matrix& m, Index t, Index n) { return m.middleRows(t * n, n); }

    Index m_gates = 1, m_units = 0, m_inputs = 0, m_steps = 0;
    bool m_returnSequences = false;
    Index m_truncate = 0;
    Matrix m_Wih, m_Whh, m_bih, m_bhh;      // parameters
    Matrix m_dWih, m_dWhh, m_dbih, m_dbhh;  // their gradients
    Matrix m_x;                             // (T*maxB, I) the input, time-major
    Matrix m_xw;                            // (T*maxB, G*H) X W_ih^T + b_ih
    Matrix m_h;                             // ((T+1)*maxB, H): block 0 = h0, block t+1 = h_t
    Matrix m_dh;                            // (T*maxB, H) dL/dh_t from the output
    Matrix m_dxw, m_dhw;                    // (T*maxB, G*H)
    Matrix m_dx;                            // (T*maxB, I)
    Matrix m_state0[2], m_dState0[2], m_dStateFinal[2];  // (maxB, H)

private:
    void planProducts(Index maxBatch);
    using RowRow = GemmPlan<Eigen::RowMajor, Eigen::RowMajor>;  // a b
    using RowCol = GemmPlan<Eigen::RowMajor, Eigen::ColMajor>;  // a b^T
    using ColRow = GemmPlan<Eigen::ColMajor, Eigen::RowMajor>;  // a^T b
    RowCol m_inputPlan, m_hiddenPlan;  // X W_ih^T, h W_hh^T
    ColRow m_dWihPlan, m_dWhhPlan;     // dXW^T X, dHW^T H
    RowRow m_dxPlan, m_hiddenGradPlan; // dXW W_ih, da W_hh
};

}  // namespace nnlab
