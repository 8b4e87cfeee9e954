#pragma once
// A layer whose output row n depends only on input row n and whose passes can
// run a band of rows at a time (convolution, pooling). Network runs a stretch
// of such layers band by band: the first convolution of the reference CNN
// writes 32 x 26 x 26 values per sample, megabytes over a batch, and walked
// layer by layer each of its maps went out to memory and came back for the
// next step (the ReLU's gradient, the pooling, their backward passes). Band
// by band, a band's maps are still in the cache when the next layer reads
// them. Every sample goes through the same operations in the same order as
// in a whole-batch pass (parameter gradients are summed over the samples in
// ascending order either way), so the results are the same bit for bit.
//
// A pass is begin, the bands in ascending order covering rows [0, x.rows()),
// then (backward) end; forward() and backward() do that with one band.
//
// Inside a stretch, a layer's input gradient is read by the layer before it
// only, band by band. Network then has it written into a buffer of one band's
// rows (reserveBandInputGrad, inBands), which stays in the cache, instead of
// into the batch's inputGrad(): the reference CNN's first pooling otherwise
// wrote 173 KB per sample to memory only for the convolution below to read
// it back at once (a tenth of its step). Such a layer's inputGrad() then
// holds nothing of Network::backward's pass; backward() on the layer itself
// (not through Network) fills it as before.
#include "layers/Layer.h"

namespace nnlab {

class BandwiseLayer : public Layer {
public:
    // x: the whole batch, as for forward(). Sets rows(); per-pass set-up.
    virtual void beginForward(MatrixIn x) { m_rows = x.rows(); }
    // Rows [first, first + count) of the output from the same rows of x.
    virtual void forwardBand(MatrixIn x, Index first, Index count) = 0;
    // Zeroes the parameter gradients (throws if the layer cannot be trained).
    virtual void beginBackward() {}
    // Rows [first, first + count): adds their share of the parameter gradients
    // and, if wantInputGrad, writes those rows of the input gradient (at
    // inputGradRow(n)). dOut: those rows of dL/d(output), its row 0 is row first.
    virtual void backwardBand(MatrixIn x, MatrixIn dOut, bool wantInputGrad, Index first, Index count) = 0;
    // Finishes the parameter gradients (e.g. widens single-precision sums).
    virtual void endBackward() {}

    void forward(MatrixIn x, Pass&) final {
        beginForward(x);
        forwardBand(x, 0, m_rows);
    }
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) final {
        beginBackward();
        backwardBand(x, dOut, wantInputGrad, 0, m_rows);
        endBackward();
    }

    // Network, after reserve(): room for `rows` rows (a band) of the input
    // gradient. While inBands(true), backwardBand writes sample n's row at
    // n % rows (bands start at multiples of rows), read by bandInputGrad.
    void reserveBandInputGrad(Index rows) { m_bandGrad = Matrix::Zero(rows, m_dIn.cols()); }
    void inBands(bool on) { m_inBands = on && m_bandGrad.rows() > 0; }
    // The input gradient rows [first, first + count) of the last backwardBand.
    MatrixIn bandInputGrad(Index first, Index count) const {
        return m_inBands ? m_bandGrad.topRows(count) : m_dIn.middleRows(first, count);
    }

protected:
    using Layer::Layer;
    // Where backwardBand writes sample n's input gradient (m_dIn.cols() values).
    double* inputGradRow(Index n) { return m_inBands ? m_bandGrad.row(n % m_bandGrad.rows()).data() : m_dIn.row(n).data(); }

private:
    Matrix m_bandGrad;  // (rows of a band, in): the input gradient of the band being back-propagated
    bool m_inBands = false;
};

}  // namespace nnlab
