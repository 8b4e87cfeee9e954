#pragma once
// 2-D convolution (cross-correlation, as every framework and the oracle), with
// its activation fused in like Dense (GBC 9.1, 9.5; PyTorch Conv2d layout):
//   z[o][i][j] = b[o] + sum_{c,ki,kj} W[o][c][ki][kj] x[c][i s - p + ki d][j s - p + kj d]
//   y = f(z);  Ho = floor((H + 2p - d (k - 1) - 1) / s) + 1, likewise Wo
// Per sample, with cols = im2col(x) (C k k, Ho Wo) (ConvGeometry.h):
//   Z = W cols + b,          W stored as (out, C k k) = the oracle's (out, C, k, k) flattened
//   dW += dZ cols^T,  db += sum over positions of dZ,  dx = col2im(W^T dZ)
// Input {C, H, W}, output {units, Ho, Wo}; a row is one NCHW-flattened sample.
// Options: kernel (square), stride, padding (zeros), dilation.
// With Precision::Float32 the three products run in single precision: im2col
// writes float columns, W is converted at every forward, dW is summed over the
// batch in float; z, dW and dx are widened back to double. With ReLU the
// products (W cols, no bias) are kept in float for the backward pass instead
// of z in double, and bias + ReLU (forward) and ReLU's gradient + its float
// copy + db (backward) run one filter's row at a time: the sample's maps are
// walked once each way instead of three times, and half the bytes are kept.
// z itself (the same doubles: product widened + b) is made on request.
#include "activations/Activation.h"
#include "layers/ConvGeometry.h"
#include "layers/GemmPlan.h"
#include "layers/BandwiseLayer.h"

namespace nnlab {

class Conv2d : public BandwiseLayer {
public:
    static constexpr double kDefaultKernel = 3, kDefaultStride = 1, kDefaultPadding = 0, kDefaultDilation = 1;
    explicit Conv2d(LayerSpec spec);  // throws SpecError / ShapeError for bad options or units

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;
    void beginForward(MatrixIn x) override;
    void forwardBand(MatrixIn x, Index first, Index count) override;
    void beginBackward() override;
    void backwardBand(MatrixIn x, MatrixIn dOut, bool wantInputGrad, Index first, Index count) override;
    void endBackward() override;
    // With float32 and ReLU, z is widened from the kept float products on the first call after a forward.
    const Matrix* preActivation() const override;
    std::vector<Param> params() override;

    // The sweep for an input shape (throws ShapeError when the kernel does not fit).
    ConvGeometry geometry(const Shape& in) const;
    const ConvGeometry& geometry() const { return m_g; }  // of the last reserve()
    const Activation& activation() const { return m_activation; }
    Matrix& weights() { return m_W; }  // (units, C k k)
    Matrix& bias() { return m_b; }     // (1, units)

private:
    Activation m_activation;
    Index m_kernel, m_stride, m_padding, m_dilation;
    ConvGeometry m_g;
    Matrix m_W, m_b, m_dW, m_db;
    Matrix m_cols, m_dCols;  // (C k k, Ho Wo): one sample at a time
    mutable Matrix m_z;      // (maxBatch, units Ho Wo)
    Matrix m_dz;             // (1, units Ho Wo): the sample being back-propagated
    GemmPlan<Eigen::RowMajor, Eigen::RowMajor> m_forward;     // W cols
    GemmPlan<Eigen::RowMajor, Eigen::ColMajor> m_weightGrad;  // dZ cols^T
    GemmPlan<Eigen::ColMajor, Eigen::RowMajor> m_colGrad;     // W^T dZ

    // Precision::Float32: float operands and results of the same products.
    bool m_single = false;
    bool m_reluSingle = false;        // float32 and ReLU: bias, ReLU and its gradient fused per filter row
    MatrixF m_productsF;              // m_reluSingle: (maxBatch, units Ho Wo), W cols per sample, no bias
    mutable bool m_zStale = false;    // m_reluSingle: m_z not yet widened from m_productsF
    MatrixF m_Wf, m_dWf;              // (units, C k k)
    MatrixF m_colsF, m_dColsF;        // (C k k, Ho Wo)
    MatrixF m_zF;                     // (units, Ho Wo): one sample's z or dz
    MatrixF m_xF;                     // (1, C H W): one input sample, converted once for im2col
    GemmPlan<Eigen::RowMajor, Eigen::RowMajor, float> m_forwardF;
    GemmPlan<Eigen::RowMajor, Eigen::ColMajor, float> m_weightGradF;
    GemmPlan<Eigen::ColMajor, Eigen::RowMajor, float> m_colGradF;
    void forwardSample(MatrixIn x, Index n);
    void forwardSampleSingle(MatrixIn x, Index n);
    void backwardSample(MatrixIn x, Index n, bool wantInputGrad);
    void backwardSampleSingle(MatrixIn x, MatrixIn dOutRow, Index n, bool wantInputGrad);
    void activateSample(Index n);
    // dOutRow: the sample's row of dL/d(output).
    void deactivateSample(Index n, MatrixIn dOutRow);        // m_dz
    void deactivateSampleSingle(Index n, MatrixIn dOutRow);  // m_zF (float dz) and db
};

}  // namespace nnlab
