#include "tasks/DiagnoseRun.h"

#include "Error.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"

#include <algorithm>

namespace nnlab {

namespace {

// A kind without gradient health judges its own run (a GAN's mode collapse,
// oscillation, a discriminator that wins): its verdicts are the ones its
// snapshot carries to the window, read once training is over.
DiagnosisRun trainAndAskTheTask(Task& task) {
    DiagnosisRun run;
    try {
        while (!task.finished()) task.runEpoch();
    } catch (const NumericError& e) {
        run.failureMessage = e.what();
    }
    run.steps = task.stepCount();
    Snapshot snapshot;
    task.fillSnapshot(snapshot, SnapshotOptions{});
    run.verdicts = snapshot.verdicts;
    return run;
}

}  // namespace

DiagnosisRun trainAndDiagnose(const Experiment& experiment, int everyKSteps) {
    const std::unique_ptr<Task> task = makeTask(experiment);
    HealthMonitor* monitor = task->healthMonitor();
    if (!monitor) return trainAndAskTheTask(*task);
    DiagnosisRun run;
    if (everyKSteps <= 0) {
        const Index rows = Index(task->samplesPerEpoch());
        const Index batch = experiment.batchSize <= 0 ? rows : std::min<Index>(experiment.batchSize, rows);
        const Index steps = (rows + batch - 1) / std::max<Index>(1, batch) * std::max(1, experiment.epochs);
        everyKSteps = int(std::max<Index>(1, (steps + 899) / 900));
    }
    run.everyKSteps = everyKSteps;
    monitor->setRecordHealth(everyKSteps);
    try {
        while (!task->finished()) task->runEpoch();
    } catch (const StepNumericError& e) {
        run.failure = e.failure;
        run.failureMessage = e.what();
    }
    run.steps = task->stepCount();
    const int lossIndex = seriesIndex(task->series(), "train_loss");
    std::vector<double> losses;
    for (const HistoryPoint& p : task->history()) losses.push_back(p.values[std::size_t(std::max(lossIndex, 0))]);
    run.summary = summarize(monitor->health()->history(), losses);
    run.verdicts = diagnose(run.summary, task->experiment(), run.failure ? &*run.failure : nullptr);
    return run;
}

}  // namespace nnlab
