#include "spec/Choice.h"

namespace nnlab {

bool ChoiceDef::allows(const std::string& value) const {
    for (const char* v : values)
        if (value == v) return true;
    return false;
}

std::string ChoiceDef::refusal(const std::string& value) const {
    std::string list;
    for (const char* v : values) list += (list.empty() ? "" : ", ") + std::string(v);
    return "\"" + value + "\" is not one of " + list;
}

}  // namespace nnlab
