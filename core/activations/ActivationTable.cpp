// Every activation, one line each, in GUI order. Labels are translated in the
// GUI (context "Activation"). Names and defaults are the oracle README's.
#include "activations/Functions.h"

namespace nnlab {

namespace {
const char* const kStepNoGradient =
    "its derivative is 0 everywhere except at 0, so no gradient reaches the weights";
}

const std::vector<ActivationInfo>& activationTable() {
    static const std::vector<ActivationInfo> table = {
        {"linear", "Linear", &linearForward, &linearBackward, {}},
        {"binary_step", "Binary step", &binaryStepForward, nullptr, {{"threshold", 0.0, "threshold"}}, kStepNoGradient},
        {"sigmoid", "Sigmoid", &sigmoidForward, &sigmoidBackward, {}},
        {"hard_sigmoid", "Hard sigmoid", &hardSigmoidForward, &hardSigmoidBackward, {}},
        {"tanh", "Tanh", &tanhForward, &tanhBackward, {}},
        {"relu", "ReLU", &reluForward, &reluBackward, {}},
        {"leaky_relu", "Leaky ReLU", &leakyReluForward, &leakyReluBackward, {{"slope", 0.01, "negative slope"}}},
        {"elu", "ELU", &eluForward, &eluBackward, {{"alpha", 1.0, "alpha"}}},
        {"selu", "SELU", &seluForward, &seluBackward, {}},
        {"gelu", "GELU", &geluForward, &geluBackward, {}},
        {"gelu_tanh", "GELU (tanh approximation)", &geluTanhForward, &geluTanhBackward, {}},
        {"swish", "Swish (SiLU)", &swishForward, &swishBackward, {}},
        {"mish", "Mish", &mishForward, &mishBackward, {}},
        {"softplus", "Softplus", &softplusForward, &softplusBackward, {}},
        {"softsign", "Softsign", &softsignForward, &softsignBackward, {}},
        {"softmax", "Softmax", &softmaxForward, &softmaxBackward, {}, nullptr, /*rowWise*/ true},
    };
    return table;
}

}  // namespace nnlab
