// Constant: w = value (p[0], any sign). With a negative value and ReLU every unit
// starts dead; like zeros it never breaks symmetry (GBC section 8.4). A demo.
#include "initializers/Functions.h"

namespace nnlab {

void constantInit(MatrixOut w, Index, Index, const InitParams& p, Rng&) { w.setConstant(p[0]); }

}  // namespace nnlab
