#pragma once
// The task of an experiment file that holds trained weights, for the commands
// that apply a trained network (predict, forecast).
#include "tasks/TaskRegistry.h"

#include <memory>
#include <string>

// Throws SpecError "FILE: no trained weights to <purpose> (train it first: ...)"
// for a file without weights, and the reader's and the registry's errors.
std::unique_ptr<nnlab::Task> trainedTask(const std::string& file, const std::string& purpose);
