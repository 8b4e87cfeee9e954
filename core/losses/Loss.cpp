#include "losses/Loss.h"

#include "Error.h"
#include "model/NameLookup.h"

namespace nnlab {

const LossInfo& findLoss(const std::string& name) {
    std::vector<std::string> known;
    for (const auto& info : lossTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("loss", name, known));
}

Loss::Loss(const NamedSpec& spec) : m_info(&findLoss(spec.name)) {
    for (const auto& [key, value] : spec.params) {
        bool found = false;
        for (const auto& def : m_info->params) found = found || key == def.key;
        if (!found) throw SpecError("loss \"" + spec.name + "\" has no parameter \"" + key + "\"");
    }
    for (std::size_t i = 0; i < m_info->params.size(); ++i)
        m_params[i] = spec.get(m_info->params[i].key, m_info->params[i].defaultValue);
}

}  // namespace nnlab
