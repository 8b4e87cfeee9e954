#pragma once
// Declarations of every initializer (one .cpp per formula).
#include "initializers/Initializer.h"

namespace nnlab {

#define NNLAB_INITIALIZER(name) void name##Init(MatrixOut w, Index fanIn, Index fanOut, const InitParams& p, Rng& rng);

NNLAB_INITIALIZER(zeros)
NNLAB_INITIALIZER(glorotUniform)

#undef NNLAB_INITIALIZER

}  // namespace nnlab
