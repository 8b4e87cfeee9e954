#pragma once
// Layer types by name (LayerTable.cpp), the editor's and the file's names.
#include "layers/Layer.h"
#include "spec/Choice.h"

#include <vector>

namespace nnlab {

using LayerFactory = LayerPtr (*)(const LayerSpec& spec);

struct LayerInfo {
    const char* type;   // "dense"
    const char* label;  // "Dense (fully connected)"
    LayerFactory create;
    std::vector<ParamDef> options;  // keys of LayerSpec::options with defaults
    bool hasUnits;                  // uses LayerSpec::units
    bool hasActivation;             // uses LayerSpec::activation
    std::vector<ChoiceDef> choices = {};  // keys of LayerSpec::choices, with their values
};

const std::vector<LayerInfo>& layerTable();
const LayerInfo& findLayer(const std::string& type);  // throws SpecError
LayerPtr makeLayer(const LayerSpec& spec);             // throws SpecError / ShapeError

}  // namespace nnlab
