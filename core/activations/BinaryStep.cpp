// Binary step / threshold unit (McCulloch & Pitts 1943; Rosenblatt 1958):
//   f(x) = 1 if x >= theta else 0,   theta = p[0] ("threshold", default 0)
// f'(x) = 0 for x != theta and undefined at theta, so there is no backward:
// the table gives backward = nullptr and says why (perceptron demo only).
#include "activations/Functions.h"

namespace nnlab {

void binaryStepForward(ArrayIn x, ArrayOut y, const ActivationParams& p) {
    y = (x >= p[0]).cast<double>();
}

}  // namespace nnlab
