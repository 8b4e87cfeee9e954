#pragma once
// Layer normalisation (Ba, Kiros & Hinton 2016, eq. 4; torch.nn.LayerNorm over
// the last dimension): each sample (each time step of a sequence {T, F}) is
// normalised over its F features, with no batch statistics, so it behaves the
// same in training and inference and for a batch of one:
//   mu = mean_j x_j,  var = mean_j (x_j - mu)^2 (biased),  xhat = (x - mu) / sqrt(var + eps)
//   y = gamma * xhat + beta,   gamma, beta (1, F) shared over samples and time steps
// Backward, with g = dy * gamma:
//   dx = (g - mean_j g - xhat * mean_j (g * xhat)) / sqrt(var + eps)
//   dgamma = sum dy * xhat,  dbeta = sum dy   (over samples and time steps)
#include "layers/Layer.h"

namespace nnlab {

class LayerNorm : public Layer {
public:
    static constexpr double kDefaultEps = 1e-5;  // PyTorch
    explicit LayerNorm(LayerSpec spec);          // throws SpecError for eps <= 0

    Shape outputShape(const Shape& in) const override;  // {F} or {T, F}: unchanged
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;  // gamma = 1, beta = 0
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    std::vector<Param> params() override;

private:
    double m_eps = kDefaultEps;
    Index m_steps = 1, m_features = 0;          // a row holds m_steps groups of m_features
    Matrix m_gamma, m_beta, m_dGamma, m_dBeta;  // (1, F)
    Matrix m_xhat;                              // (maxBatch, T*F)
    Matrix m_invStd;                            // (maxBatch, T)
};

}  // namespace nnlab
