#pragma once
// Live diagnosis of a run from its recorded gradient health and its loss
// history: a list of Verdicts (empty for a healthy run). Rules, thresholds and
// their sources are in Diagnosis.cpp's head. Cheap: the GUI may call it for
// every snapshot; the CLI calls it once at the end (nnlab-cli diagnose).
#include "experiment/Experiment.h"
#include "health/FiniteCheck.h"
#include "health/HealthHistory.h"
#include "health/Verdict.h"

#include <vector>

namespace nnlab {

// The figures the rules read, per layer, over the held health points:
// "late" = the points of the last quarter of the recorded steps (at least one).
struct LayerSummary {
    LayerHealthInfo info;
    double gradNormFirst = 0.0;     // ||dL/dW|| at the first recorded step
    double gradNormLate = 0.0;      // median over the late window
    double biasGradNormLate = 0.0;  // median
    double updateRatioLate = 0.0;   // median ||dW|| / ||W||
    double weightNormFirst = 0.0, weightNormLate = 0.0;  // first point, latest point
    double deadLate = 0.0;          // mean persistent dead fraction
    double saturatedLate = 0.0;     // mean saturated fraction
    double unitSpreadFirst = 0.0, unitSpreadLate = 0.0;  // first point, latest point
    // Recurrent layers: median ||dL/dh_1||, ||dL/dh_T|| over the late window,
    // and their ratio (1 if nothing reached the last step).
    double timeGradFirstLate = 0.0, timeGradLastLate = 0.0, timeGradRatioLate = 1.0;
};

struct RunSummary {
    std::vector<LayerSummary> layers;
    std::size_t points = 0;            // health points held
    std::uint64_t lastStep = 0;
    int firstWeighted = -1, lastWeighted = -1;  // indices of the first and last layer with W
    std::size_t latePoints = 0;        // points in the late window (the last quarter of the recorded steps)
    std::uint64_t lateFromStep = 0;    // its first step; it ends at lastStep
    double gradRatioFirstLast = 1.0;   // median ||g_first|| / median ||g_last|| over the late window
    double gradNormEarly = 0.0;        // median total ||g|| over the first quarter
    double gradNormLate = 0.0;         // median total ||g|| over the late window
    double gradNormFirst = 0.0;        // total ||g|| at the first recorded step
    double gradNormPeak = 0.0;         // largest total ||g|| held
    std::uint64_t gradNormPeakStep = 0;
    double initialLoss = 0.0;          // batch loss of the first recorded step, before any update
    std::vector<double> epochLoss;     // train loss per epoch
};

// epochLoss: the training loss after each epoch.
RunSummary summarize(const HealthHistory& health, const std::vector<double>& epochLoss);

// failure: the NaN/inf that stopped the run, if any (StepNumericError::failure).
std::vector<Verdict> diagnose(const RunSummary& summary, const Experiment& experiment,
                              const NumericFailure* failure = nullptr);
std::vector<Verdict> diagnose(const HealthHistory& health, const std::vector<double>& epochLoss,
                              const Experiment& experiment, const NumericFailure* failure = nullptr);

// Applies a remedy's changes to an experiment (what the GUI's "Try this" and
// the tests do). Throws SpecError naming an unknown target.
Experiment applyTry(const Experiment& experiment, const std::vector<TryChange>& changes);

}  // namespace nnlab
