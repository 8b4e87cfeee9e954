#include "tasks/gan/GanNoise.h"

#include <cmath>

namespace nnlab {

void sampleNoise(Rng& rng, NoiseType type, MatrixOut out) {
    // Row by row, component by component: the stream's order is the matrix's.
    for (Index i = 0; i < out.rows(); ++i)
        for (Index j = 0; j < out.cols(); ++j)
            out(i, j) = type == NoiseType::Uniform ? uniform(rng, -1.0, 1.0) : standardNormal(rng);
}

Matrix noiseGrid(int dimension, NoiseType type, int nodes) {
    const double half = type == NoiseType::Uniform ? 1.0 : 2.0;
    const auto at = [&](int i) { return -half + 2.0 * half * double(i) / double(nodes - 1); };
    Matrix grid(dimension == 1 ? nodes : nodes * nodes, dimension);
    for (int iy = 0; iy < (dimension == 1 ? 1 : nodes); ++iy)
        for (int ix = 0; ix < nodes; ++ix) {
            const Index row = Index(iy) * nodes + ix;
            grid(row, 0) = at(ix);
            if (dimension == 2) grid(row, 1) = at(iy);
        }
    return grid;
}

Matrix noiseGridWeight(MatrixIn grid, NoiseType type) {
    if (type == NoiseType::Uniform) return Matrix::Ones(grid.rows(), 1);
    // exp(-|z|^2 / 2): the normal density over its value at 0.
    return (-0.5 * grid.rowwise().squaredNorm().array()).exp().matrix();
}

}  // namespace nnlab
