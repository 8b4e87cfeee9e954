#pragma once
// What the experiment file, the editor and the CLI say about one layer.
// Layer types (LayerTable.cpp): dense, dropout, batchnorm, prelu, maxout;
// conv2d, pooling and recurrent types come later and use `options`.
#include "Types.h"
#include "spec/NamedSpec.h"

#include <map>
#include <string>
#include <vector>

namespace nnlab {

struct LayerSpec {
    std::string type = "dense";
    std::string name;                    // "dense_1"; filled in by Network if empty
    Index units = 0;                     // dense, maxout
    NamedSpec activation{"linear"};      // dense, maxout (applied after the max)
    NamedSpec weightInit{"glorot_uniform"};
    NamedSpec biasInit{"zeros"};
    std::map<std::string, double> options;  // dropout "rate"; maxout "pieces"; batchnorm "momentum", "eps"
    std::map<std::string, std::string> choices;  // word-valued options: recurrent "direction", "merge"
    double option(const std::string& key, double fallback) const {
        auto it = options.find(key);
        return it == options.end() ? fallback : it->second;
    }
    std::string choice(const std::string& key, const std::string& fallback) const {
        auto it = choices.find(key);
        return it == choices.end() ? fallback : it->second;
    }
    bool operator==(const LayerSpec& o) const {
        return type == o.type && name == o.name && units == o.units && activation == o.activation &&
               weightInit == o.weightInit && biasInit == o.biasInit && options == o.options &&
               choices == o.choices;
    }
    bool operator!=(const LayerSpec& o) const { return !(*this == o); }
};

struct NetworkSpec {
    std::vector<LayerSpec> layers;
};

}  // namespace nnlab
