#pragma once
// A word-valued option of a table entry, as written in the experiment file:
// "merge": "concat" on a bidirectional recurrent layer. The editor shows the
// values in a combo box; a value outside the list is refused with the list.
#include <string>
#include <vector>

namespace nnlab {

struct ChoiceDef {
    const char* key;                  // "merge"
    std::vector<const char*> values;  // "concat", "sum", "multiply"; the first is the default
    const char* label;                // "how the two directions are joined", for tr()
    std::string defaultValue() const { return values.front(); }
    bool allows(const std::string& value) const;
    // "\"avg\" is not one of concat, sum, multiply": the caller puts the field path first.
    std::string refusal(const std::string& value) const;
};

}  // namespace nnlab
