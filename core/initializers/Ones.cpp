// Ones: w = 1. Like zeros, every unit of the layer stays identical (no symmetry
// breaking, GBC section 8.4); a demo, and the usual start for a batchnorm gamma.
#include "initializers/Functions.h"

namespace nnlab {

void onesInit(MatrixOut w, Index, Index, const InitParams&, Rng&) { w.setOnes(); }

}  // namespace nnlab
