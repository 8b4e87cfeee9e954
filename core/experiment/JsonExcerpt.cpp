#include "experiment/JsonExcerpt.h"

namespace nnlab {
namespace {

// Appends to out until it holds budget characters; returns false once cut.
// Recursion stops with the budget: every level prints at least one character
// ("[" or "{"), so the depth is bounded by maxChars, not by the value.
bool appendExcerpt(const nlohmann::json& v, std::string& out, std::size_t budget) {
    if (out.size() >= budget) return false;
    if (v.is_array() || v.is_object()) {
        const bool array = v.is_array();
        out += array ? '[' : '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first) out += ", ";
            first = false;
            if (!array) {
                out += nlohmann::json(it.key()).dump();
                out += ": ";
            }
            if (out.size() >= budget || !appendExcerpt(*it, out, budget)) return false;
        }
        out += array ? ']' : '}';
        return out.size() <= budget;
    }
    std::string scalar = v.dump();  // a scalar: its own text, short unless a long string
    if (out.size() + scalar.size() > budget) {
        out += scalar.substr(0, budget - out.size());
        return false;
    }
    out += scalar;
    return true;
}

}  // namespace

std::string jsonExcerpt(const nlohmann::json& value, std::size_t maxChars) {
    std::string out;
    if (!appendExcerpt(value, out, maxChars)) {
        if (out.size() > maxChars) out.resize(maxChars);
        out += "...";
    }
    return out;
}

}  // namespace nnlab
