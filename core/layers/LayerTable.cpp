#include "layers/LayerTable.h"

#include "Error.h"
#include "layers/Dense.h"
#include "model/NameLookup.h"

namespace nnlab {
namespace {

template <class T>
LayerPtr create(const LayerSpec& spec) {
    return std::make_unique<T>(spec);
}

}  // namespace

const std::vector<LayerInfo>& layerTable() {
    static const std::vector<LayerInfo> table = {
        {"dense", "Dense (fully connected)", &create<Dense>, {}, true, true},
    };
    return table;
}

const LayerInfo& findLayer(const std::string& type) {
    std::vector<std::string> known;
    for (const auto& info : layerTable()) {
        if (type == info.type) return info;
        known.emplace_back(info.type);
    }
    throw SpecError(unknownNameMessage("layer type", type, known));
}

LayerPtr makeLayer(const LayerSpec& spec) {
    return findLayer(spec.type).create(spec);
}

}  // namespace nnlab
