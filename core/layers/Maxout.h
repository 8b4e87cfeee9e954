#pragma once
// Maxout (Goodfellow et al. 2013, eq. 1; GBC §6.3.1), k pieces per unit:
//   z = x W^T + b,  W: (units*k, in), b: (1, units*k)
//   h_j = max_{p<k} z_{j*k+p}   (consecutive groups, as z.view(n, units, k))
//   y = f(h)  with the spec's activation, linear by default
// Backward: dh = dy * f'(h); the gradient goes to the winning piece only
// (the first one on ties): dz_{j*k+p*} = dh_j, 0 elsewhere;
//   dW = dz^T x,  db = sum_rows dz,  dx = dz W
#include "activations/Activation.h"
#include "layers/Layer.h"

namespace nnlab {

class Maxout : public Layer {
public:
    static constexpr double kDefaultPieces = 2.0;
    explicit Maxout(LayerSpec spec);  // throws ShapeError for units < 1, SpecError for pieces < 1

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    // The max before the activation, one column per unit.
    const Matrix* preActivation() const override { return &m_h; }
    std::vector<Param> params() override;

    Index pieces() const { return m_pieces; }
    const Activation& activation() const { return m_activation; }
    Matrix& weights() { return m_W; }
    Matrix& bias() { return m_b; }
    // The pieces z of the last forward, (n, units*k) in the top rows.
    const Matrix& pieceValues() const { return m_z; }

private:
    using IndexMatrix = Eigen::Matrix<int, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Index m_pieces = Index(kDefaultPieces);
    Activation m_activation;
    Matrix m_W, m_b, m_dW, m_db;
    Matrix m_z, m_dz;      // (maxBatch, units*k)
    Matrix m_h, m_dh;      // (maxBatch, units)
    IndexMatrix m_argmax;  // (maxBatch, units): winning piece 0..k-1
};

}  // namespace nnlab
