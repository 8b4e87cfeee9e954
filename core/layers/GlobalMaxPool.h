#pragma once
// Global max pooling (curriculum: "max, average, global max and global
// average pooling"; torch.nn.AdaptiveMaxPool2d(1) then flatten):
//   y[c] = max_{i,j} x[c][i][j];   dx[c][i][j] = dy[c] at the first maximum, 0 elsewhere
// {C, H, W} -> {C}. A NaN wins the maximum, as in max pooling, so it is not hidden.
#include "layers/GlobalPool.h"

#include <vector>

namespace nnlab {

class GlobalMaxPool : public GlobalPool {
public:
    explicit GlobalMaxPool(LayerSpec spec) : GlobalPool(std::move(spec)) {}
    void reserve(const Shape& in, Index maxBatch) override;
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;

private:
    std::vector<Index> m_winner;  // per (sample, channel): the pixel the maximum came from
};

}  // namespace nnlab
