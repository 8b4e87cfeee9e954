#pragma once
// 2-D transposed convolution (GBC 9.5: the gradient of a convolution with
// respect to its input; PyTorch ConvTranspose2d layout, W is (in, out, k, k)):
//   y[o][i s - p + ki d][j s - p + kj d] += W[c][o][ki][kj] x[c][i][j],  then + b[o], then f
//   Ho = (H - 1) s - 2p + d (k - 1) + output_padding + 1, likewise Wo
// Per sample, with the sweep of a convolution over the OUTPUT image whose
// positions are the input pixels (ConvGeometry with outHeight = H):
//   Z = col2im(W^T X) + b,   W stored as (in, out k k), X = x as (in, H W)
//   dW += X im2col(dZ)^T,  db += sum over positions of dZ,  dX = W im2col(dZ)
// output_padding (< stride or dilation, as in PyTorch) adds rows and columns
// at the bottom and right that only the bias reaches; it picks one of the
// input sizes a strided convolution maps to the same output size.
// With Precision::Float32 the three products run in single precision on
// float copies (as Conv2d); z, dW and dx are widened back to double.
#include "activations/Activation.h"
#include "layers/ConvGeometry.h"
#include "layers/GemmPlan.h"
#include "layers/Layer.h"

namespace nnlab {

class ConvTranspose2d : public Layer {
public:
    static constexpr double kDefaultKernel = 3, kDefaultStride = 1, kDefaultPadding = 0, kDefaultOutputPadding = 0,
                            kDefaultDilation = 1;
    explicit ConvTranspose2d(LayerSpec spec);  // throws SpecError / ShapeError

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    const Matrix* preActivation() const override { return &m_z; }
    std::vector<Param> params() override;

    // The sweep over the output image; channels = units, outHeight/Width = the input's H/W.
    ConvGeometry geometry(const Shape& in) const;
    const ConvGeometry& geometry() const { return m_g; }
    Index inputChannels() const { return m_inChannels; }
    Matrix& weights() { return m_W; }  // (C, units k k)
    Matrix& bias() { return m_b; }     // (1, units)

private:
    Activation m_activation;
    Index m_kernel, m_stride, m_padding, m_outputPadding, m_dilation;
    Index m_inChannels = 0;
    ConvGeometry m_g;
    Matrix m_W, m_b, m_dW, m_db;
    Matrix m_cols;       // (units k k, H W)
    Matrix m_z, m_dz;    // (maxBatch, units Ho Wo)
    GemmPlan<Eigen::ColMajor, Eigen::RowMajor> m_forward;     // W^T X
    GemmPlan<Eigen::RowMajor, Eigen::ColMajor> m_weightGrad;  // X cols^T
    GemmPlan<Eigen::RowMajor, Eigen::RowMajor> m_inputGrad;   // W cols

    // Precision::Float32: float operands and results of the same products.
    bool m_single = false;
    MatrixF m_Wf, m_dWf;   // (C, units k k)
    MatrixF m_colsF;       // (units k k, H W)
    MatrixF m_xF, m_dxF;   // (C, H W): one sample
    GemmPlan<Eigen::ColMajor, Eigen::RowMajor, float> m_forwardF;
    GemmPlan<Eigen::RowMajor, Eigen::ColMajor, float> m_weightGradF;
    GemmPlan<Eigen::RowMajor, Eigen::RowMajor, float> m_inputGradF;
    void forwardSingle(MatrixIn x);
    void backwardSingle(MatrixIn x, bool wantInputGrad);
};

}  // namespace nnlab
