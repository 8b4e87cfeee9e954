#pragma once
// Shared wording for "unknown X" errors: the list of known names and the
// closest one by edit distance.
#include <string>
#include <vector>

namespace nnlab {

// "unknown activation \"rlu\" (known: linear, relu, ...; did you mean \"relu\"?)"
std::string unknownNameMessage(const std::string& family, const std::string& name,
                               const std::vector<std::string>& known);

}  // namespace nnlab
