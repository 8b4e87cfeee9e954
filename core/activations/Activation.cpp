#include "activations/Activation.h"

#include "Error.h"
#include "spec/NameLookup.h"

#include <cstring>

namespace nnlab {

const ActivationInfo& findActivation(const std::string& name) {
    std::vector<std::string> known;
    for (const auto& info : activationTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("activation", name, known));
}

Activation::Activation() : m_info(&findActivation("linear")) {}

Activation::Activation(const NamedSpec& spec) : m_info(&findActivation(spec.name)) {
    for (const auto& [key, value] : spec.params) {
        bool found = false;
        for (std::size_t i = 0; i < m_info->params.size(); ++i)
            if (key == m_info->params[i].key) found = true;
        if (!found) throw SpecError("activation \"" + spec.name + "\" has no parameter \"" + key + "\"");
    }
    for (std::size_t i = 0; i < m_info->params.size(); ++i)
        m_params[i] = spec.get(m_info->params[i].key, m_info->params[i].defaultValue);
}

bool Activation::isLinear() const { return std::strcmp(m_info->name, "linear") == 0; }

}  // namespace nnlab
