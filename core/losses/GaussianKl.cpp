#include "losses/GaussianKl.h"

#include "Error.h"

namespace nnlab {

double gaussianKl(const Matrix& mu, const Matrix& logvar, Matrix& dMu, Matrix& dLogvar) {
    if (mu.rows() != logvar.rows() || mu.cols() != logvar.cols())
        throw ShapeError("KL term: mu and logvar differ in shape");
    const double n = double(std::max<Index>(1, mu.rows()));
    const auto variance = logvar.array().exp();
    dMu = mu / n;
    dLogvar = (0.5 / n) * (variance - 1.0).matrix();
    return -0.5 / n * (1.0 + logvar.array() - mu.array().square() - variance).sum();
}

}  // namespace nnlab
