#pragma once
// Batch normalisation per channel of an image (Ioffe & Szegedy 2015, sec. 3.2:
// "jointly over all the locations"; PyTorch BatchNorm2d). With m = n H W
// values of channel c in a batch:
//   mu_c = mean, var_c = biased variance over the m values
//   xhat = (x - mu_c) / sqrt(var_c + eps),  y = gamma_c xhat + beta_c
//   running = (1 - momentum) running + momentum batch, variance unbiased (m / (m - 1))
//   dbeta_c = sum dy,  dgamma_c = sum dy xhat,
//   dx = gamma_c / (m sqrt(var_c + eps)) (m dy - dbeta_c - xhat dgamma_c)
// Inference uses the running statistics (dx = dy gamma_c / sqrt(running_var_c + eps)).
// Options and defaults as the flat batchnorm (momentum 0.1, eps 1e-5).
#include "layers/Layer.h"

namespace nnlab {

class BatchNorm2d : public Layer {
public:
    static constexpr double kDefaultEps = 1e-5;
    static constexpr double kDefaultMomentum = 0.1;
    explicit BatchNorm2d(LayerSpec spec);  // throws SpecError for eps <= 0 or momentum outside [0, 1]

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    std::vector<Param> params() override;
    std::vector<Param> buffers() override;

    Matrix& gamma() { return m_gamma; }
    Matrix& beta() { return m_beta; }
    Matrix& runningMean() { return m_runningMean; }
    Matrix& runningVar() { return m_runningVar; }

private:
    double m_eps, m_momentum;
    Index m_channels = 0, m_plane = 0;
    Matrix m_gamma, m_beta, m_dGamma, m_dBeta;       // (1, C)
    Matrix m_runningMean, m_runningVar;              // (1, C)
    Matrix m_mean, m_var, m_invStd, m_scale;         // (1, C)
    Matrix m_xhat;                                   // (maxBatch, C H W)
    bool m_training = true;
};

}  // namespace nnlab
