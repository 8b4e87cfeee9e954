#include "ExperimentDiff.h"

#include "experiment/ExperimentPath.h"

namespace nnlab {

// Setting by setting (changedSettings): live ones go as SetHyper by path, one
// that needs a rebuild makes the whole edit a SetExperiment.
ExperimentDiff diffExperiments(const Experiment& from, const Experiment& to) {
    ExperimentDiff diff;
    if (from.weights.has_value() != to.weights.has_value() || from.run.has_value() != to.run.has_value()) {
        diff.structural = true;
        return diff;
    }
    for (const std::string& path : changedSettings(from, to)) {
        const SettingEffect effect = settingEffect(path);
        const nlohmann::json value = effect == SettingEffect::Live ? getByPath(to, path) : nlohmann::json();
        if (effect == SettingEffect::Rebuild || (effect == SettingEffect::Live && !value.is_number())) {
            diff.structural = true;
            diff.hyper.clear();
            return diff;
        }
        if (effect == SettingEffect::Live) diff.hyper.emplace_back(path, value.get<double>());
    }
    return diff;
}

}  // namespace nnlab
