#pragma once
// Flatten: {C, H, W} -> {C H W}. A row already holds the sample in NCHW order,
// so y = x and dx = dy; only the per-sample shape changes (Keras Flatten,
// PyTorch nn.Flatten). A flat input passes through unchanged.
#include "layers/Layer.h"

namespace nnlab {

class Flatten : public Layer {
public:
    explicit Flatten(LayerSpec spec) : Layer(std::move(spec)) {}
    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
};

}  // namespace nnlab
