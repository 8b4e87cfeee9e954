#pragma once
// Declarations of every loss (one .cpp per formula).
#include "losses/Loss.h"

namespace nnlab {

#define NNLAB_LOSS(name)                                                       \
    double name##Value(MatrixIn pred, MatrixIn target, const LossParams& p);   \
    void name##Gradient(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams& p);

NNLAB_LOSS(mse)
NNLAB_LOSS(mae)
NNLAB_LOSS(huber)
NNLAB_LOSS(logCosh)
NNLAB_LOSS(bce)
NNLAB_LOSS(cce)
NNLAB_LOSS(sparseCce)
NNLAB_LOSS(hinge)

#undef NNLAB_LOSS

}  // namespace nnlab
