// The generator's minimax loss (Goodfellow et al. 2014, eq. 1, G's side):
//   L = mean log(1 - D(f)) = -mean softplus(f),   dL/df = -D(f) / n
// Early in training D rejects G's samples (D(f) near 0), and there this
// gradient vanishes: the reason for the non-saturating loss.
#include "losses/AdversarialLoss.h"

namespace nnlab {

double minimaxGenerator(MatrixIn fake, MatrixOut dFake) {
    const double n = double(fake.size());
    dFake.array() = -logistic(fake) / n;
    return -softplus(fake).sum() / n;
}

}  // namespace nnlab
