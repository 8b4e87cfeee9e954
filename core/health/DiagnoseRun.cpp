#include "health/DiagnoseRun.h"

#include "training/SupervisedTask.h"

#include <algorithm>

namespace nnlab {

DiagnosisRun trainAndDiagnose(const Experiment& experiment, int everyKSteps) {
    SupervisedTask task(experiment);
    DiagnosisRun run;
    if (everyKSteps <= 0) {
        const Index rows = task.trainX().rows();
        const Index batch = experiment.batchSize <= 0 ? rows : std::min<Index>(experiment.batchSize, rows);
        const Index steps = (rows + batch - 1) / std::max<Index>(1, batch) * std::max(1, experiment.epochs);
        everyKSteps = int(std::max<Index>(1, (steps + 999) / 1000));
    }
    run.everyKSteps = everyKSteps;
    task.setRecordHealth(everyKSteps);
    try {
        while (!task.finished()) task.runEpoch();
    } catch (const StepNumericError& e) {
        run.failure = e.failure;
        run.failureMessage = e.what();
    }
    run.steps = task.stepCount();
    run.summary = summarize(task.health()->history(), task.history());
    run.verdicts = diagnose(run.summary, task.experiment(), run.failure ? &*run.failure : nullptr);
    return run;
}

}  // namespace nnlab
