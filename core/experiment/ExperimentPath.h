#pragma once
// One setting of an experiment by its path in the experiment file
// (docs/experiment-format.md): "optimizer.lr", "network.layers[2].units",
// "regularization.l2", "batch_size", "data.noise". Live edits, the health
// dock's "try this" and a hyperparameter search all change settings this way.
//
// setByPath writes the experiment as its file would be written, changes the
// one value and reads it back with the file's own reader, so a changed
// setting is checked exactly as a file is, with the same messages. An
// unknown path, an index out of range or a value of the wrong kind is a
// SpecError whose message starts with the path:
//   optimizer.lrr: unknown field "lrr" (known: name, lr, momentum, ...; did you mean "lr"?)
#include "experiment/Experiment.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace nnlab {

// The value at a path, as the file holds it; a parameter the file leaves out
// gives the table's default ("optimizer.momentum" of a bare "sgd" is 0).
nlohmann::json getByPath(const Experiment& e, const std::string& path);  // throws SpecError

// Changes one setting; e is left untouched if the result is not a valid
// experiment. A whole number may be given as a double (32.0 for batch_size).
// Renaming a choice ("optimizer.name" = "adam") keeps the parameters the new
// choice also takes and drops the others. Saved weights and run are kept.
void setByPath(Experiment& e, const std::string& path, const nlohmann::json& value);  // throws SpecError

// What a running task must do when a setting changes.
enum class SettingEffect {
    None,     // nothing for the engine ("title")
    Live,     // applied between two steps, weights and optimizer state kept:
              // optimizer hyperparameters, regularization.*, batch_size, epochs
    Rebuild,  // the task rebuilds what it touches (network, data, loss, ...)
};
SettingEffect settingEffect(const std::string& path);

// The paths of the settings whose values differ (parameters left out compare
// as their defaults); a list of a different length is one path ("network.layers").
// Saved weights and run are not settings and are not compared.
std::vector<std::string> changedSettings(const Experiment& from, const Experiment& to);

// The short keys older commands send ("lr", "l2", "clip_norm", "momentum")
// as paths ("optimizer.lr", "regularization.l2", ...); a path is returned as it is.
std::string settingPath(const std::string& keyOrPath);

}  // namespace nnlab
