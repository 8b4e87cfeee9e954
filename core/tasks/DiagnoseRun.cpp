#include "tasks/DiagnoseRun.h"

#include "Error.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"

#include <algorithm>

namespace nnlab {

DiagnosisRun trainAndDiagnose(const Experiment& experiment, int everyKSteps) {
    const std::unique_ptr<Task> task = makeTask(experiment);
    HealthMonitor* monitor = task->healthMonitor();
    if (!monitor) throw SpecError("kind: a \"" + experiment.kind + "\" model has no gradient health to diagnose");
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
