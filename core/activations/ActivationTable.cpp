// Every activation, one line each, in GUI order. Labels are translated in the
// GUI (context "Activation").
#include "activations/Functions.h"

namespace nnlab {

const std::vector<ActivationInfo>& activationTable() {
    static const std::vector<ActivationInfo> table = {
        {"linear", "Linear", &linearForward, &linearBackward, {}},
        {"tanh", "Tanh", &tanhForward, &tanhBackward, {}},
    };
    return table;
}

}  // namespace nnlab
