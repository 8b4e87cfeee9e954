#include "tasks/TaskRegistry.h"

#include "Error.h"
#include "experiment/KindSection.h"
#include "spec/NameLookup.h"
#include "tasks/gan/GanSettings.h"
#include "tasks/gan/GanTask.h"
#include "tasks/kohonen_line/KohonenLineTask.h"
#include "tasks/supervised/SupervisedTask.h"

namespace nnlab {
namespace {

template <class T>
std::unique_ptr<Task> makeOf(const Experiment& experiment) {
    return std::make_unique<T>(experiment);
}

}  // namespace

// Written out, not self-registering: statics in a static library vanish.
const std::vector<TaskKind>& taskKinds() {
    static const std::vector<TaskKind> kinds = {
        {"supervised", "Supervised network", nullptr, nullptr, &makeOf<SupervisedTask>},
        {"kohonen_line", "Kohonen line (1-D self-organising map)", &checkKohonenLineSection, &kohonenLineSectionJson,
         &makeOf<KohonenLineTask>},
        {"gan", "Generative adversarial network (2-D)", &checkGanSection, &fullGanSection, &makeOf<GanTask>},
    };
    return kinds;
}

const TaskKind& findTaskKind(const std::string& name) {
    std::vector<std::string> known;
    for (const TaskKind& k : taskKinds()) {
        if (name == k.name) return k;
        known.emplace_back(k.name);
    }
    throw SpecError("kind: " + unknownNameMessage("kind", name, known));
}

void checkTaskKind(const Experiment& experiment) {
    const TaskKind& kind = findTaskKind(experiment.kind);
    if (kind.checkSection) kind.checkSection(experiment);
}

nlohmann::json completeKindSection(const Experiment& experiment) {
    const nlohmann::json asRead = experiment.kindSection.is_null() ? nlohmann::json::object() : experiment.kindSection;
    try {
        const TaskKind& kind = findTaskKind(experiment.kind);
        return kind.fullSection ? kind.fullSection(experiment) : asRead;
    } catch (const Error&) {
        return asRead;  // reported with its field when the task is made
    }
}

std::unique_ptr<Task> makeTask(const Experiment& experiment) {
    const TaskKind& kind = findTaskKind(experiment.kind);
    if (kind.checkSection) kind.checkSection(experiment);
    return kind.make(experiment);
}

}  // namespace nnlab
