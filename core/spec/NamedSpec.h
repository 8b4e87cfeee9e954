#pragma once
// A table entry chosen by name plus its numeric parameters, as written in the
// experiment file: {"name": "leaky_relu", "slope": 0.01}.
#include <map>
#include <string>

namespace nnlab {

struct NamedSpec {
    std::string name;
    std::map<std::string, double> params;  // missing ones take the table's default

    NamedSpec() = default;
    NamedSpec(std::string n) : name(std::move(n)) {}
    NamedSpec(const char* n) : name(n) {}
    NamedSpec(std::string n, std::map<std::string, double> p) : name(std::move(n)), params(std::move(p)) {}
    double get(const std::string& key, double fallback) const {
        auto it = params.find(key);
        return it == params.end() ? fallback : it->second;
    }
    bool operator==(const NamedSpec& o) const { return name == o.name && params == o.params; }
    bool operator!=(const NamedSpec& o) const { return !(*this == o); }
};

// One numeric parameter of a table entry: shown in the GUI, read from files.
struct ParamDef {
    const char* key;        // "slope"
    double defaultValue;
    const char* label;      // "negative slope", worded for tr() via QT_TRANSLATE_NOOP
};

}  // namespace nnlab
