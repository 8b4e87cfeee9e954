#pragma once
// The learning rate of an epoch under the experiment's schedule.
//   constant     lr0
//   step         lr0 gamma^floor(e / step_epochs)
//   exponential  lr0 gamma^(e / step_epochs)
//   cosine       min + (lr0 - min)(1 + cos(pi min(e, E) / E)) / 2,  E = period or the run's epochs
// with an optional linear warm-up lr0 (epoch + 1) / (warmup + 1) first, and
// e counted from the end of the warm-up.
#include "experiment/TrainingSpec.h"

namespace nnlab {

double scheduledLearningRate(const ScheduleSpec& schedule, double lr0, int runEpochs, double epoch);

}  // namespace nnlab
