// Every initializer, one line each, in GUI order, with its parameters' defaults
// (Keras' for uniform and normal). Names as in ../shared/oracle and the experiment files.
#include "initializers/Functions.h"

namespace nnlab {

const std::vector<InitializerInfo>& initializerTable() {
    static const std::vector<InitializerInfo> table = {
        {"zeros", "Zeros", &zerosInit, {}},
        {"ones", "Ones", &onesInit, {}},
        {"constant", "Constant", &constantInit, {{"value", 0.1, "value"}}},
        {"uniform", "Uniform U(a, b)", &uniformInit, {{"a", -0.05, "lower bound a"}, {"b", 0.05, "upper bound b"}}},
        {"normal", "Normal (mean, stddev)", &normalInit, {{"mean", 0.0, "mean"}, {"stddev", 0.05, "standard deviation"}}},
        {"glorot_uniform", "Glorot (Xavier) uniform", &glorotUniformInit, {}},
        {"glorot_normal", "Glorot (Xavier) normal", &glorotNormalInit, {}},
        {"he_uniform", "He (Kaiming) uniform", &heUniformInit, {}},
        {"he_normal", "He (Kaiming) normal", &heNormalInit, {}},
        {"lecun_uniform", "LeCun uniform", &lecunUniformInit, {}},
        {"lecun_normal", "LeCun normal", &lecunNormalInit, {}},
        {"orthogonal", "Orthogonal", &orthogonalInit, {{"gain", 1.0, "gain"}}},
    };
    return table;
}

}  // namespace nnlab
