#pragma once
// Train an experiment headless with gradient-health recording and diagnose
// it: what `nnlab-cli diagnose` prints and what tst_health checks.
#include "health/Diagnosis.h"

#include <optional>
#include <string>

namespace nnlab {

struct DiagnosisRun {
    std::vector<Verdict> verdicts;
    RunSummary summary;
    std::optional<NumericFailure> failure;  // the NaN/inf that stopped training
    std::string failureMessage;
    std::uint64_t steps = 0;
    int everyKSteps = 1;
};

// Records every k-th step; k <= 0: chosen so the whole run fits the
// recorder's ring (about 1000 points). Trains experiment.epochs epochs.
// A kind without gradient health (training/Capabilities.h) gives the verdicts
// its own snapshot carries at the end (a GAN's, tasks/gan/GanVerdicts.h);
// then summary is empty and a NaN/inf is only failureMessage.
// Throws what SupervisedTask throws for a bad experiment (SpecError, ...).
DiagnosisRun trainAndDiagnose(const Experiment& experiment, int everyKSteps = 0);

}  // namespace nnlab
