#pragma once
// File > Open Text File: the experiment that learns a UTF-8 text file, made
// from the current one as a single edit (undoable like any other): the data
// becomes the file's text, the output layer gets one softmax unit per
// character, and a network that cannot read sequences is replaced by the
// Text example's (an LSTM of 96 units, Adam, gradient clipping).
#include "experiment/Experiment.h"

#include <string>

namespace nnlab {

// Reads the file to count its characters; throws DataError naming the file
// when it cannot be a text data set (empty, not UTF-8, too short).
Experiment experimentForTextFile(const Experiment& current, const std::string& path);

}  // namespace nnlab
