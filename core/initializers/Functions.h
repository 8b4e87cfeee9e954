#pragma once
// Declarations of every initializer (one .cpp per formula) and the two fills
// they share. Draws go row by row through w (row-major), so a seed gives the
// same matrix everywhere.
#include "initializers/Initializer.h"

namespace nnlab {

#define NNLAB_INITIALIZER(name) void name##Init(MatrixOut w, Index fanIn, Index fanOut, const InitParams& p, Rng& rng);

NNLAB_INITIALIZER(zeros)
NNLAB_INITIALIZER(ones)
NNLAB_INITIALIZER(constant)
NNLAB_INITIALIZER(uniform)
NNLAB_INITIALIZER(normal)
NNLAB_INITIALIZER(glorotUniform)
NNLAB_INITIALIZER(glorotNormal)
NNLAB_INITIALIZER(heUniform)
NNLAB_INITIALIZER(heNormal)
NNLAB_INITIALIZER(lecunUniform)
NNLAB_INITIALIZER(lecunNormal)
NNLAB_INITIALIZER(orthogonal)

#undef NNLAB_INITIALIZER

// w ~ U(a, b) and w ~ N(mean, stddev^2), element by element in row-major order.
void fillUniform(MatrixOut w, double a, double b, Rng& rng);
void fillNormal(MatrixOut w, double mean, double stddev, Rng& rng);

}  // namespace nnlab
