#include "layers/LayerTable.h"

#include "Error.h"
#include "layers/BatchNorm.h"
#include "layers/Dense.h"
#include "layers/Dropout.h"
#include "layers/Maxout.h"
#include "layers/PRelu.h"
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
        {"dropout", "Dropout", &create<Dropout>, {{"rate", Dropout::kDefaultRate, "drop rate"}}, false, false},
        {"batchnorm", "Batch normalisation", &create<BatchNorm>,
         {{"momentum", BatchNorm::kDefaultMomentum, "momentum (weight of the new batch)"}, {"eps", BatchNorm::kDefaultEps, "epsilon"}},
         false, false},
        {"prelu", "PReLU (learned slopes)", &create<PRelu>, {{"init", PRelu::kDefaultInit, "initial slope"}}, false, false},
        {"maxout", "Maxout", &create<Maxout>, {{"pieces", Maxout::kDefaultPieces, "pieces per unit (k)"}}, true, true},
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
    const LayerInfo& info = findLayer(spec.type);
    // A misspelt option would otherwise fall back to its default unnoticed.
    for (const auto& option : spec.options) {
        bool found = false;
        for (const auto& def : info.options) found = found || option.first == def.key;
        if (!found) {
            std::string known;
            for (const auto& def : info.options) known += (known.empty() ? "" : ", ") + std::string(def.key);
            throw SpecError("layer type \"" + spec.type + "\" has no option \"" + option.first + "\" (known: " +
                            (known.empty() ? "none" : known) + ")");
        }
    }
    return info.create(spec);
}

}  // namespace nnlab
