#pragma once
// A short, safe quotation of a JSON value for an error message: at most
// about maxChars characters, "..." where it was cut. Unlike json::dump() it
// never walks more of the value than it prints, so a value nested 100,000
// levels deep or a list of a million numbers costs nothing to quote.
#include <nlohmann/json.hpp>
#include <string>

namespace nnlab {

std::string jsonExcerpt(const nlohmann::json& value, std::size_t maxChars = 60);

}  // namespace nnlab
