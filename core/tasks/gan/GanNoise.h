#pragma once
// The generator's input: noise of dimension 1 or 2, uniform U(-1, 1) or
// standard normal N(0, 1) per component, drawn from the task's Rng; and the
// regular noise grid whose image under G is the generator's manifold.
#include "Types.h"
#include "random/Rng.h"
#include "tasks/gan/GanSettings.h"

namespace nnlab {

void sampleNoise(Rng& rng, NoiseType type, MatrixOut out);

// The grid across the noise's range (uniform: [-1, 1]; Gaussian: [-2, 2], where
// 95% of each component falls): nodes x nodes rows for 2-D noise, row
// iy * nodes + ix; nodes rows for 1-D noise.
Matrix noiseGrid(int dimension, NoiseType type, int nodes);
// The noise's density at each grid row relative to its peak (1 for uniform):
// what a manifold view weights each cell by.
Matrix noiseGridWeight(MatrixIn grid, NoiseType type);

}  // namespace nnlab
