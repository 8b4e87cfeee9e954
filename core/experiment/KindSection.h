#pragma once
// A kind's section with every setting written out, the ones its file leaves
// out at their defaults, so a setting can be named by path even where the
// file is silent ("gan.generator_steps" in a file whose "gan" section gives
// only the distribution): settingsJson (ExperimentPath.cpp) reads it for
// getByPath, setByPath and changedSettings.
//
// The kinds live above experiment/ (core/tasks/), so this is declared here and
// defined by the kinds' registry (tasks/TaskRegistry.cpp), which asks the
// experiment's kind. A section the kind cannot read (a wrong value, an unknown
// kind) comes back as it is: the reader reports it when the task is made.
#include "experiment/Experiment.h"

#include <nlohmann/json.hpp>

namespace nnlab {

nlohmann::json completeKindSection(const Experiment& experiment);

}  // namespace nnlab
