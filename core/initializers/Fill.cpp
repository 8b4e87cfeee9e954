// The shared fills. Row-major order is part of the seed's meaning: the same
// seed must give the same matrix on every platform (draws from core/random).
#include "initializers/Functions.h"

namespace nnlab {

void fillUniform(MatrixOut w, double a, double b, Rng& rng) {
    for (Index i = 0; i < w.rows(); ++i)
        for (Index j = 0; j < w.cols(); ++j) w(i, j) = uniform(rng, a, b);
}

void fillNormal(MatrixOut w, double mean, double stddev, Rng& rng) {
    for (Index i = 0; i < w.rows(); ++i)
        for (Index j = 0; j < w.cols(); ++j) w(i, j) = normal(rng, mean, stddev);
}

}  // namespace nnlab
