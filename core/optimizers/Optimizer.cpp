#include "optimizers/Optimizer.h"

#include "Error.h"
#include "model/NameLookup.h"

namespace nnlab {

void Optimizer::set(const std::string& key, double value) {
    for (auto& [k, v] : m_hyper)
        if (k == key) {
            v = value;
            return;
        }
    std::string known;
    for (auto& kv : m_hyper) known += (known.empty() ? "" : ", ") + kv.first;
    throw SpecError("optimizer \"" + m_name + "\" has no hyperparameter \"" + key + "\" (known: " + known + ")");
}

double Optimizer::get(const std::string& key) const {
    for (auto& [k, v] : m_hyper)
        if (k == key) return v;
    throw SpecError("optimizer \"" + m_name + "\" has no hyperparameter \"" + key + "\"");
}

const OptimizerInfo& findOptimizer(const std::string& name) {
    std::vector<std::string> known;
    for (const auto& info : optimizerTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("optimizer", name, known));
}

std::unique_ptr<Optimizer> makeOptimizer(const NamedSpec& spec) {
    auto opt = findOptimizer(spec.name).create();
    for (const auto& [key, value] : spec.params) opt->set(key, value);
    return opt;
}

}  // namespace nnlab
