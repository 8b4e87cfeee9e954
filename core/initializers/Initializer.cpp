#include "initializers/Initializer.h"

#include "Error.h"
#include "model/NameLookup.h"

namespace nnlab {

const InitializerInfo& findInitializer(const std::string& name) {
    std::vector<std::string> known;
    for (const auto& info : initializerTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("initializer", name, known));
}

void initialize(const NamedSpec& spec, MatrixOut w, Index fanIn, Index fanOut, Rng& rng) {
    const InitializerInfo& info = findInitializer(spec.name);
    for (const auto& [key, value] : spec.params) {
        bool found = false;
        for (const auto& def : info.params) found = found || key == def.key;
        if (!found) throw SpecError("initializer \"" + spec.name + "\" has no parameter \"" + key + "\"");
    }
    InitParams p{};
    for (std::size_t i = 0; i < info.params.size(); ++i) p[i] = spec.get(info.params[i].key, info.params[i].defaultValue);
    info.fill(w, fanIn, fanOut, p, rng);
}

}  // namespace nnlab
