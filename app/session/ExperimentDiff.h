#pragma once
// What changed between two experiments, from the worker's point of view:
// live hyperparameters (sent as SetHyper, weights and optimizer state kept)
// or anything that needs the task to rebuild part of itself (SetExperiment).
#include "experiment/Experiment.h"

#include <string>
#include <utility>
#include <vector>

namespace nnlab {

struct ExperimentDiff {
    bool structural = false;                              // send SetExperiment
    std::vector<std::pair<std::string, double>> hyper;    // else these SetHyper paths ("optimizer.lr")
};

ExperimentDiff diffExperiments(const Experiment& from, const Experiment& to);

}  // namespace nnlab
