// Every initializer, one line each, in GUI order.
#include "initializers/Functions.h"

namespace nnlab {

const std::vector<InitializerInfo>& initializerTable() {
    static const std::vector<InitializerInfo> table = {
        {"zeros", "Zeros", &zerosInit, {}},
        {"glorot_uniform", "Glorot (Xavier) uniform", &glorotUniformInit, {}},
    };
    return table;
}

}  // namespace nnlab
