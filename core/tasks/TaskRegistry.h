#pragma once
// The kinds of model nnlab trains, by the experiment file's "kind": the one
// place that names the concrete Task classes. Everything else (the worker,
// the window, the CLI, the exports) asks it for a Task and uses the Task
// interface and its capabilities (training/Task.h, training/Capabilities.h).
// A new kind is a folder tasks/<kind>/ and one line in TaskRegistry.cpp
// (docs/architecture.md).
#include "training/Task.h"

#include <memory>
#include <string>
#include <vector>

namespace nnlab {

struct TaskKind {
    const char* name;   // "supervised": the file's "kind"
    const char* label;  // for menus (QT_TRANSLATE_NOOP context "TaskKind")
    // Checks the kind's own settings (experiment.kindSection) without building
    // anything; throws SpecError naming "<kind>.<field>". May be null.
    void (*checkSection)(const Experiment& experiment);
    // The section with every setting written out, defaults too
    // (experiment/KindSection.h); throws SpecError as checkSection. Null: the
    // kind has no section, or all of it is in the file.
    nlohmann::json (*fullSection)(const Experiment& experiment);
    // Builds the task; throws SpecError/ShapeError/DataError.
    std::unique_ptr<Task> (*make)(const Experiment& experiment);
};

const std::vector<TaskKind>& taskKinds();
// Throws SpecError: kind: unknown kind "gan2" (known: ...; did you mean "gan"?)
const TaskKind& findTaskKind(const std::string& name);
// The kind's name is known and its section is valid; throws SpecError.
void checkTaskKind(const Experiment& experiment);
// checkTaskKind, then the kind's task.
std::unique_ptr<Task> makeTask(const Experiment& experiment);

}  // namespace nnlab
