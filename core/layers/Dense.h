#pragma once
// Fully connected layer with its activation fused in:
//   z = x W^T + b,  y = f(z)        W: (out, in), b: (1, out)
//   dz = dy * f'(z);  dW = dz^T x;  db = sum_rows dz;  dx = dz W
// Fusing saves a buffer copy per layer, which matters for 2-8-8-1 nets.
// Products of Playground-sized layers go through SmallGemm.h, larger ones
// through Eigen's GEMM. With Precision::Float32 the GEMM-sized products run
// in single precision on float copies (W converted at every forward, x kept
// from the forward for dW); z, dW and dx are widened back to double.
// A sequence input {T, F} gets the same layer at every time step, output
// {T, units} (a many-to-many head, as Keras' Dense and PyTorch's Linear on
// (B, T, F)); DenseSteps.cpp views the batch as one row per step.
#include "activations/Activation.h"
#include "layers/GemmPlan.h"
#include "layers/Layer.h"

namespace nnlab {

class Dense : public Layer {
public:
    explicit Dense(LayerSpec spec);

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    const Matrix* preActivation() const override { return &m_z; }
    std::vector<Param> params() override;

    const Activation& activation() const { return m_activation; }
    void setActivation(const NamedSpec& spec);
    // training.threads: 2 splits this layer's products between the calling
    // thread and SecondThread when they are large (kSplitWork multiply-adds
    // and up); the small networks' products stay on one thread.
    void setProductThreads(int threads);
    static constexpr Index kSplitWork = Index(1) << 20;
    Matrix& weights() { return m_W; }
    Matrix& bias() { return m_b; }

private:
    void forwardRows(MatrixIn x);
    void backwardRows(MatrixIn x, MatrixIn dOut, bool wantInputGrad);
    // DenseSteps.cpp: a {T, F} input, one row per step.
    void forwardEachStep(MatrixIn x);
    void backwardEachStep(MatrixIn x, MatrixIn dOut, bool wantInputGrad);
    void viewBuffersAsSteps(bool perStep);

    Index m_steps = 1;  // T of a {T, F} input, else 1
    Activation m_activation;
    Matrix m_W, m_b, m_dW, m_db;
    Matrix m_z, m_dz;
    Matrix m_Wt;  // W^T (in, out) for the small-product forward

    // Precision::Float32 on a layer too large for SmallGemm.
    bool m_single = false;
    MatrixF m_Wf, m_dWf;          // (out, in)
    MatrixF m_xf, m_dxf;          // (maxBatch, in)
    MatrixF m_zf, m_dzf;          // (maxBatch, out)
    GemmPlan<Eigen::RowMajor, Eigen::ColMajor, float> m_forwardF;     // x W^T
    GemmPlan<Eigen::ColMajor, Eigen::RowMajor, float> m_weightGradF;  // dz^T x
    GemmPlan<Eigen::RowMajor, Eigen::RowMajor, float> m_inputGradF;   // dz W
    // The second thread's half of the float products: its own packing panels.
    GemmPlan<Eigen::RowMajor, Eigen::ColMajor, float> m_forwardF2;
    GemmPlan<Eigen::ColMajor, Eigen::RowMajor, float> m_weightGradF2;
    GemmPlan<Eigen::RowMajor, Eigen::RowMajor, float> m_inputGradF2;
    void forwardSingle(MatrixIn x);
    void backwardSingle(bool wantInputGrad);

    int m_threads = 1;
    bool splits(Index m, Index n, Index k) const { return m_threads > 1 && m >= 2 && m * n * k >= kSplitWork; }
    void planSecondHalf();
};

}  // namespace nnlab
