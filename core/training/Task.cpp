#include "training/Task.h"

namespace nnlab {

void Task::runEpoch() {
    const std::uint64_t target = epoch() + 1;
    while (!finished() && epoch() < target) step();
}

bool runStepCommand(Task& task, const CommandBody& command) {
    if (auto* s = std::get_if<StepEpochs>(&command)) {
        for (std::uint64_t i = 0; i < s->count && !task.finished(); ++i) task.runEpoch();
        return true;
    }
    if (auto* b = std::get_if<StepBatches>(&command)) {
        for (std::uint64_t i = 0; i < b->count && !task.finished(); ++i) task.step();
        return true;
    }
    return false;
}

void fillRunFrame(Task& task, Snapshot& s, double samplesPerSecond, double elapsedSeconds) {
    s.kind = task.experiment().kind;
    s.series = task.series();
    s.historyByStep = task.historyByStep();
    s.step = task.stepCount();
    s.epoch = task.epoch();
    s.structureRevision = task.structureRevision();
    s.finished = task.finished();
    s.samplesPerSecond = samplesPerSecond;
    s.elapsedSeconds = elapsedSeconds;
    s.newHistory = task.takeHistory();
    s.notes = task.takeNotes();
}

Experiment savedExperiment(Task& task) {
    Experiment saved = task.experiment();
    saved.weights = task.weights();
    saved.run.reset();
    if (task.stepCount() > 0 || !task.history().empty()) {
        RunRecord run;
        run.step = task.stepCount();
        run.epoch = task.epoch();
        for (const SeriesInfo& s : task.series()) run.series.push_back(s.key);
        run.history = task.history();
        saved.run = std::move(run);
    }
    return saved;
}

}  // namespace nnlab
