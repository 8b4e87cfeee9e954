#pragma once
// Verdicts and run summaries as JSON, for nnlab-cli diagnose:
//   {"verdicts": [{"name": "vanishing_gradients", "title": "...", "layers": ["sigmoid_1"],
//     "evidence": [{"key": "grad_ratio_first_last", "layer": "", "value": 3.1e-05, "text": "..."}],
//     "remedies": [{"key": "use_relu_he", "text": "...",
//                   "try": [{"set": "network.layers[0].activation", "value": "relu"},
//                           {"hyper": "clip_norm", "value": 1.0}]}],
//     "curriculum": "000-10, 003-29", "notes_correction": "Notes error (000-10): ..."}]}
#include "health/Diagnosis.h"

#include <nlohmann/json.hpp>

namespace nnlab {

nlohmann::json verdictToJson(const Verdict& v);
nlohmann::json verdictsToJson(const std::vector<Verdict>& verdicts);  // {"verdicts": [...]}
nlohmann::json summaryToJson(const RunSummary& s);                     // per-layer figures

}  // namespace nnlab
