#pragma once
// Settings that are legal but will not train, said before training as notes
// with code "warning" (the window words them, nnlab-cli prints them). What is
// invalid is refused where it is read instead (huber delta <= 0, huge
// initializer scales).
//   softmax on one output: always 1, so nothing changes the loss;
//   cce on one output: class-0 targets add 0, so it learns to answer 1.
#include "experiment/Experiment.h"

#include <string>
#include <vector>

namespace nnlab {

// One English sentence per warning, field path first:
//   network.layers[1].activation: softmax on one output is always 1, ...
std::vector<std::string> settingWarnings(const Experiment& experiment, Index outputs);

}  // namespace nnlab
