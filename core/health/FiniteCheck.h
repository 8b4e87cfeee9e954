#pragma once
// The NaN/inf guard of a training step, called after the backward pass and
// BEFORE clipping and the update: when it throws, the weights are still the
// last finite ones (the step's update never happened), and the message names
// the place first and the step:
//   "dense_3: at step 57 the output became NaN or infinite (...)"
//   "dense_1: at step 57 the gradient of W became NaN or infinite (...)"
//   "loss: at step 57 the loss is NaN or infinite although ..."
// A NaN loss is not a dead ReLU (curriculum 000-13, Notes error): dead units
// output 0 and keep the loss finite; NaN comes from overflow, log 0, 0/0.
#include "Error.h"
#include "model/Network.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nnlab {

struct NumericFailure {
    std::string layer;      // layer name, or "loss"
    std::string quantity;   // "output", "gradient", "loss"
    std::string param;      // "W", "b" for a gradient
    std::uint64_t step = 0; // 1-based number of the step that failed
};

struct StepNumericError : NumericError {
    StepNumericError(const std::string& message, NumericFailure f) : NumericError(message), failure(std::move(f)) {}
    NumericFailure failure;
};

// Cheap when all is well: one isfinite(loss) and one allFinite() per parameter
// gradient (params: the network's params(), held by the caller, so nothing is
// allocated). Throws StepNumericError.
void checkFiniteStep(Network& net, const std::vector<Param>& params, double loss, std::uint64_t step);
// After an epoch's evaluation found a non-finite loss: names the first layer
// whose output is not finite; `step` is the last step taken.
void checkFiniteEvaluation(const Network& net, double loss, std::uint64_t step);

}  // namespace nnlab
