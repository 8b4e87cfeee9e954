#pragma once
// Batch normalisation over the features of a flat vector (n, F)
// (Ioffe & Szegedy 2015, Alg. 1 and 2; PyTorch BatchNorm1d conventions):
//   training:  mu = mean_rows x,  var = mean_rows (x - mu)^2  (biased)
//              xhat = (x - mu) / sqrt(var + eps),  y = gamma * xhat + beta
//              running = (1 - momentum) running + momentum * batch,
//              the running variance taking the UNBIASED batch variance var * n/(n-1)
//   inference: xhat = (x - running_mean) / sqrt(running_var + eps)
// Backward (training, batch statistics depend on x):
//   dbeta = sum dy,  dgamma = sum dy * xhat
//   dx = gamma / (n sqrt(var + eps)) * (n dy - dbeta - xhat * dgamma)
// Backward after an inference pass treats the running statistics as constants:
//   dx = dy * gamma / sqrt(running_var + eps).
// A training batch of one sample is rejected (ShapeError), as in PyTorch: its
// variance is 0 (biased) or undefined (unbiased), so y = beta carries nothing.
#include "layers/Layer.h"

namespace nnlab {

class BatchNorm : public Layer {
public:
    static constexpr double kDefaultEps = 1e-5;
    static constexpr double kDefaultMomentum = 0.1;  // PyTorch; Keras 0.99 is 1 - this
    explicit BatchNorm(LayerSpec spec);  // throws SpecError for eps <= 0 or momentum outside [0, 1]

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;  // gamma = 1, beta = 0, running mean 0, variance 1
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    std::vector<Param> params() override;
    std::vector<Param> buffers() override;

    double eps() const { return m_eps; }
    double momentum() const { return m_momentum; }
    Matrix& gamma() { return m_gamma; }
    Matrix& beta() { return m_beta; }
    Matrix& runningMean() { return m_runningMean; }
    Matrix& runningVar() { return m_runningVar; }

private:
    double m_eps = kDefaultEps;
    double m_momentum = kDefaultMomentum;
    Matrix m_gamma, m_beta, m_dGamma, m_dBeta;  // (1, F)
    Matrix m_runningMean, m_runningVar;         // (1, F)
    Matrix m_mean, m_var, m_invStd;             // (1, F): of the last forward
    Matrix m_scale;                             // (1, F): backward's gamma * invStd (/ n)
    Matrix m_xhat;                              // (maxBatch, F)
    bool m_training = true;                     // mode of the last forward
};

}  // namespace nnlab
