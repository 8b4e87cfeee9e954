#pragma once
// The experiment file (docs/experiment-format.md): one JSON object for
// everything a run needs. Reading checks every field and every name against
// the engine's tables; the first problem is thrown as a SpecError whose
// message starts with the field's path: network.layers[2].activation: ...
#include "experiment/Experiment.h"

#include <nlohmann/json.hpp>
#include <string>

namespace nnlab {

Experiment experimentFromJson(const nlohmann::json& j);  // throws SpecError
nlohmann::json experimentToJson(const Experiment& e);

// Parse errors become SpecError "FILE:LINE:COL: ..."; unreadable file: SpecError.
Experiment readExperimentFile(const std::string& path);
Experiment readExperimentText(const std::string& text, const std::string& sourceName);
void writeExperimentFile(const Experiment& e, const std::string& path);  // throws Error on I/O failure

// The pieces a kind with networks of its own reads from its section, with the
// file's own checks and messages (path: where the piece is, "gan.generator"):
// {"layers": [...]} as "network" is read, and an optimizer as "optimizer" is.
NetworkSpec networkSpecFromJson(const nlohmann::json& j, const std::string& path);  // throws SpecError
nlohmann::json networkSpecToJson(const NetworkSpec& spec);
NamedSpec optimizerSpecFromJson(const nlohmann::json& j, const std::string& path);  // throws SpecError
nlohmann::json namedSpecToJson(const NamedSpec& spec);

}  // namespace nnlab
