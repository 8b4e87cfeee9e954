#pragma once
// The text of an experiment file as JSON, refusing what a plain JSON parser
// lets through or words in its own terms. Every problem is a SpecError:
//   FILE: is empty
//   FILE: is not JSON: line 4, column 11: syntax error while parsing object - ...
//   FILE: is not JSON: line 38, column 1: a NUL byte (an experiment file is text)
//   optimizer.lr: 1e400 is too large a number (at most about 1.8e308)
//   epochs: given twice (JSON would keep the last without a word)
//   title: nested more than 100 levels deep (an experiment file needs 5)
#include <nlohmann/json.hpp>
#include <string>

namespace nnlab {

// Deeper than any experiment file (saved weights are 5 levels), far below
// what would exhaust the stack of code that walks the value recursively.
constexpr std::size_t kMaxJsonDepth = 100;

nlohmann::json parseExperimentText(const std::string& text, const std::string& sourceName);

}  // namespace nnlab
