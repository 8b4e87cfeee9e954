#pragma once
// Declarations of every activation's forward/backward (one .cpp per formula).
#include "activations/Activation.h"

namespace nnlab {

#define NNLAB_ACTIVATION(name)                                                   \
    void name##Forward(ArrayIn x, ArrayOut y, const ActivationParams& p);        \
    void name##Backward(ArrayIn x, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams& p);

NNLAB_ACTIVATION(linear)
NNLAB_ACTIVATION(tanh)

#undef NNLAB_ACTIVATION

}  // namespace nnlab
