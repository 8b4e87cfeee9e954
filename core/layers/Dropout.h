#pragma once
// Inverted dropout (Srivastava et al. 2014; "inverted" scaling as in Keras and
// PyTorch), with rate = the DROP probability p:
//   training:  m_i ~ Bernoulli(1 - p),  y = x * m / (1 - p),  dx = dy * m / (1 - p)
//   inference: y = x (identity), dx = dy
// Scaling at training time keeps E[y] = x, so inference needs no weight rescaling.
// The scaled mask m / (1 - p) is kept in a buffer for backward (and for the GUI).
#include "layers/Layer.h"

namespace nnlab {

class Dropout : public Layer {
public:
    static constexpr double kDefaultRate = 0.5;
    explicit Dropout(LayerSpec spec);  // throws SpecError unless 0 <= rate < 1

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;

    double rate() const { return m_rate; }
    // The last training pass's mask, 0 or 1/(1-rate) per entry (n rows).
    MatrixIn mask() const { return m_mask.topRows(m_rows); }
    bool lastPassDropped() const { return m_dropped; }
    // Replays a known keep mask (nonzero = kept; rows >= the batch) in the
    // training passes that follow instead of drawing one: a reference case
    // computed elsewhere can only be checked with its own mask.
    void keepFixedMask(MatrixIn keep);

private:
    double m_rate = kDefaultRate;
    Matrix m_mask;  // (maxBatch, F): 0 or 1/(1-rate)
    bool m_dropped = false;  // the last forward applied a mask (training, rate > 0)
    Matrix m_fixedKeep;      // empty unless keepFixedMask() was called
};

}  // namespace nnlab
