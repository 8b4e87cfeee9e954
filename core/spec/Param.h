#pragma once
// A trainable tensor as the optimizers, penalties, clipping, inspectors,
// the gradient-health panel and the exporters see it.
#include "Types.h"

namespace nnlab {

struct Param {
    std::string name;      // "W", "b", "gamma", "a"
    Matrix* value = nullptr;
    Matrix* grad = nullptr;
    bool isWeight = false;  // L1/L2 and max-norm apply to weights only (Keras convention)
};

}  // namespace nnlab
