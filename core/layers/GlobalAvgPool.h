#pragma once
// Global average pooling (Lin et al. 2014, "Network in Network"; GoogLeNet):
//   y[c] = (1 / (H W)) sum_{i,j} x[c][i][j];   dx[c][i][j] = dy[c] / (H W)
// {C, H, W} -> {C}: h x w x n becomes 1 x 1 x n, flat, ready for a dense layer.
#include "layers/GlobalPool.h"

namespace nnlab {

class GlobalAvgPool : public GlobalPool {
public:
    explicit GlobalAvgPool(LayerSpec spec) : GlobalPool(std::move(spec)) {}
    void forward(MatrixIn x, Pass& pass) override;
    void backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) override;
};

}  // namespace nnlab
