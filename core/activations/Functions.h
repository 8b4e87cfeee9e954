#pragma once
// Declarations of every activation's forward/backward (one .cpp per formula).
#include "activations/Activation.h"

namespace nnlab {

#define NNLAB_ACTIVATION_FORWARD(name) \
    void name##Forward(ArrayIn x, ArrayOut y, const ActivationParams& p);
#define NNLAB_ACTIVATION(name)      \
    NNLAB_ACTIVATION_FORWARD(name)  \
    void name##Backward(ArrayIn x, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams& p);

NNLAB_ACTIVATION(linear)
NNLAB_ACTIVATION_FORWARD(binaryStep)  // no backward: see whyNoGradient in the table
NNLAB_ACTIVATION(sigmoid)
NNLAB_ACTIVATION(hardSigmoid)
NNLAB_ACTIVATION(tanh)
NNLAB_ACTIVATION(relu)
NNLAB_ACTIVATION(leakyRelu)
NNLAB_ACTIVATION(elu)
NNLAB_ACTIVATION(selu)
NNLAB_ACTIVATION(gelu)
NNLAB_ACTIVATION(geluTanh)
NNLAB_ACTIVATION(swish)
NNLAB_ACTIVATION(mish)
NNLAB_ACTIVATION(softplus)
NNLAB_ACTIVATION(softsign)
NNLAB_ACTIVATION(softmax)

#undef NNLAB_ACTIVATION
#undef NNLAB_ACTIVATION_FORWARD

}  // namespace nnlab
