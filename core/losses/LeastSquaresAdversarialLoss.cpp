// Least-squares GAN (Mao et al. 2017, eq. 2 with a = 0, b = c = 1), taken on
// D(x) = s = sigmoid(z) as GAN Lab does, a sum of two means as the log loss:
//   D: L = mean (s(r) - a)^2 + mean s(f)^2
//      dL/dr = 2 (s(r) - a) s(r)(1 - s(r)) / n_r,   dL/df = 2 s(f) s(f)(1 - s(f)) / n_f
//   G: L = mean (s(f) - 1)^2,   dL/df = 2 (s(f) - 1) s(f)(1 - s(f)) / n_f
// a: the real samples' target (1; below 1 for one-sided label smoothing).
#include "losses/AdversarialLoss.h"

namespace nnlab {

double leastSquaresDiscriminator(MatrixIn real, MatrixIn fake, double realTarget, MatrixOut dReal, MatrixOut dFake) {
    const double nr = double(real.size()), nf = double(fake.size());
    const Array sr = logistic(real), sf = logistic(fake);
    dReal.array() = 2.0 * (sr - realTarget) * sr * (1.0 - sr) / nr;
    dFake.array() = 2.0 * sf * sf * (1.0 - sf) / nf;
    return (sr - realTarget).square().sum() / nr + sf.square().sum() / nf;
}

double leastSquaresGenerator(MatrixIn fake, MatrixOut dFake) {
    const double n = double(fake.size());
    const Array s = logistic(fake);
    dFake.array() = 2.0 * (s - 1.0) * s * (1.0 - s) / n;
    return (s - 1.0).square().sum() / n;
}

}  // namespace nnlab
