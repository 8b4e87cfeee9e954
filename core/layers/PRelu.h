#pragma once
// Parametric ReLU, one learned slope per feature (He et al. 2015, eq. 1 and 4):
//   y = x            for x > 0,   a_j x  otherwise
//   dx = dy          for x > 0,   a_j dy otherwise
//   da_j = sum_rows dy * min(x, 0)
// a starts at the option "init" (PyTorch's 0.25). It is not a weight: L1/L2
// would pull the slopes towards plain ReLU, which is not what was asked for.
#include "layers/Layer.h"

namespace nnlab {

class PRelu : public Layer {
public:
    static constexpr double kDefaultInit = 0.25;  // PyTorch
    explicit PRelu(LayerSpec spec);

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void initialize(Rng& rng) override;  // a = init
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
    std::vector<Param> params() override;

    Matrix& slopes() { return m_a; }

private:
    double m_init = kDefaultInit;
    Matrix m_a, m_da;  // (1, F)
};

}  // namespace nnlab
