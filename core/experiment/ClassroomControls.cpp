#include "experiment/ClassroomControls.h"

#include "Error.h"
#include "spec/NameLookup.h"

#include <algorithm>

namespace nnlab {

const std::vector<std::string>& classroomControlNames() {
    static const std::vector<std::string> names = {
        // Running
        "play", "step", "reset",
        // Training settings
        "loss", "optimizer", "learning_rate", "batch_size", "epochs", "weight_seed", "schedule", "regularization",
        "early_stopping",
        // Data
        "dataset", "noise", "points", "train_ratio", "data_seed", "features", "csv_import",
        // Network
        "network_shape", "layer_settings",
        // Output
        "show_test_data", "discretize",
    };
    return names;
}

std::vector<std::string> checkedClassroomControls(const std::vector<std::string>& names, const std::string& path) {
    const std::vector<std::string>& known = classroomControlNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        if (std::find(known.begin(), known.end(), names[i]) == known.end())
            throw SpecError(at + ": " + unknownNameMessage("control", names[i], known));
        if (std::find(names.begin(), names.begin() + std::ptrdiff_t(i), names[i]) != names.begin() + std::ptrdiff_t(i))
            throw SpecError(at + ": \"" + names[i] + "\" is listed twice");
    }
    std::vector<std::string> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

}  // namespace nnlab
