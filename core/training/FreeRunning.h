#pragma once
// Free-running prediction (closed loop): a network trained to predict the
// next step of a sequence from a window of the last T steps (the sines set)
// is fed its own predictions. Each new step is predicted from a window whose
// newest steps are earlier predictions, so errors compound: the classroom
// contrast to one-step-ahead prediction, where every window is measured data.
//
//   window_0 = the last T steps of the seed
//   y_k = f(window_k),  window_{k+1} = window_k without its oldest step, then y_k
#include "Types.h"

namespace nnlab {

class NetworkModel;

// Checks that the model can run free: its samples are sequences {T, F}, it
// is a regression, and it has F outputs (the next step's features). Throws
// SpecError saying what is missing. Returns {T, F}.
Shape freeRunningShape(NetworkModel& model);

// seed: raw values, one time step per row (n, F), n >= T; the last T rows
// start the run. Returns (steps, F): the predicted steps, in order. Throws
// DataError for a seed of the wrong width or too few steps.
Matrix freeRun(NetworkModel& model, const Matrix& seed, Index steps);

// Sample i of the test set (of the training set when there is no test set),
// as a seed: (T, F), one time step per row.
Matrix seedFromData(NetworkModel& model, Index sample);

}  // namespace nnlab
