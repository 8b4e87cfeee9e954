#include "layers/Precision.h"

#include "Error.h"
#include "spec/NameLookup.h"

namespace nnlab {

Precision precisionFromName(const std::string& name) {
    if (name == "float64") return Precision::Float64;
    if (name == "float32") return Precision::Float32;
    throw SpecError(unknownNameMessage("precision", name, {"float64", "float32"}));
}

}  // namespace nnlab
