// The generator's non-saturating loss (Goodfellow et al. 2014, sec. 3):
//   L = -mean log D(f) = mean softplus(-f),   dL/df = (D(f) - 1) / n
// Same fixed point as the minimax game, but the gradient is largest where D
// rejects G's samples (D(f) near 0), so G learns from the start.
#include "losses/AdversarialLoss.h"

namespace nnlab {

double nonSaturatingGenerator(MatrixIn fake, MatrixOut dFake) {
    const double n = double(fake.size());
    dFake.array() = (logistic(fake) - 1.0) / n;
    return softplus(-fake).sum() / n;
}

}  // namespace nnlab
