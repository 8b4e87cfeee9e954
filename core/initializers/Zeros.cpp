// Zeros: w = 0. Every unit of a layer then computes the same thing and gets the
// same gradient: symmetry is never broken (GBC section 8.4).
#include "initializers/Functions.h"

namespace nnlab {

void zerosInit(MatrixOut w, Index, Index, const InitParams&, Rng&) { w.setZero(); }

}  // namespace nnlab
