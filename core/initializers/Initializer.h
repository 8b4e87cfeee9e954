#pragma once
// Weight initializers as a table (InitializerTable.cpp), one file per formula.
// fanIn/fanOut are those of the layer (for conv later: in*kh*kw, out*kh*kw).
#include "Types.h"
#include "spec/NamedSpec.h"
#include "random/Rng.h"

#include <array>
#include <string>
#include <vector>

namespace nnlab {

using InitParams = std::array<double, 2>;
using InitFunction = void (*)(MatrixOut w, Index fanIn, Index fanOut, const InitParams& p, Rng& rng);

struct InitializerInfo {
    const char* name;   // "he_normal"
    const char* label;  // "He normal"
    InitFunction fill;
    std::vector<ParamDef> params;
};

const std::vector<InitializerInfo>& initializerTable();
const InitializerInfo& findInitializer(const std::string& name);  // throws SpecError

// Largest |parameter| of an initializer (stddev, mean, bounds, value, gain):
// weights of 1000 already give activations near 1e12 after four layers of 16.
constexpr double kMaxInitParameter = 1000.0;

// Resolves the spec's parameters against the table and fills w. Throws
// SpecError for a parameter above kMaxInitParameter in size.
void initialize(const NamedSpec& spec, MatrixOut w, Index fanIn, Index fanOut, Rng& rng);

}  // namespace nnlab
