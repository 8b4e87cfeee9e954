#pragma once
// Everything a run needs, as one value: it can be copied, changed and run
// headless many times. Read and written by ExperimentJson (docs/experiment-format.md).
#include "data/Dataset.h"
#include "experiment/History.h"
#include "experiment/TrainingSpec.h"
#include "spec/LayerSpec.h"
#include "spec/NamedSpec.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nnlab {

// Trained parameters by layer name, then parameter name ("W", "b", "gamma").
using WeightSet = std::map<std::string, std::map<std::string, Matrix>>;

// Where a saved run stopped, so that a reopened run goes on from there: the
// counters and the whole history (the plot shows it again).
struct RunRecord {
    std::uint64_t step = 0, epoch = 0;
    std::vector<std::string> series;    // the keys of the history's values, in their order
    std::vector<HistoryPoint> history;
};

// The kind every file without a "kind" field has.
inline const char* const kSupervisedKind = "supervised";

struct Experiment {
    // Which task trains it (tasks/TaskRegistry.h); a kind other than
    // "supervised" reads its own settings from the file's section of its
    // name, kept here as it was read and checked by the kind.
    std::string kind = kSupervisedKind;
    nlohmann::json kindSection;
    std::string title = "Untitled experiment";
    DataSpec data;
    std::vector<std::string> features{"x1", "x2"};
    NetworkSpec network;                 // hidden layers and the output layer
    NamedSpec loss{"bce"};
    NamedSpec optimizer{"sgd", {{"lr", 0.03}}};
    RegularizationSpec regularization;
    ScheduleSpec schedule;
    EarlyStoppingSpec earlyStopping;
    ComputeSpec training;                // training.precision
    int batchSize = 10;                  // 0 = the whole training set (batch gradient descent)
    int epochs = 200;
    std::uint64_t seed = 1;
    std::optional<WeightSet> weights;    // trained weights, if saved with them
    std::optional<RunRecord> run;        // progress and history, if saved with them
    // Controls hidden from students (experiment/ClassroomControls.h), sorted.
    std::vector<std::string> hiddenControls;
};

// The lab's default: Playground-like spiral, 2-8-8-1 tanh, SGD.
Experiment defaultExperiment();

}  // namespace nnlab
