#pragma once
// The KL term of a variational autoencoder: KL(N(mu, exp(logvar)) || N(0, I))
//   = -1/2 * sum_j (1 + logvar_j - mu_j^2 - exp(logvar_j)),
// summed over the latent dimensions and averaged over the batch (rows).
// Gradients: dKL/dmu = mu / n, dKL/dlogvar = (exp(logvar) - 1) / (2n).
#include "Types.h"

namespace nnlab {

double gaussianKl(const Matrix& mu, const Matrix& logvar, Matrix& dMu, Matrix& dLogvar);

}  // namespace nnlab
