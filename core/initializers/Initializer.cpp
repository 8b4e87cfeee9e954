#include "initializers/Initializer.h"

#include "Error.h"
#include "spec/NameLookup.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace nnlab {

const InitializerInfo& findInitializer(const std::string& name) {
    std::vector<std::string> known;
    for (const auto& info : initializerTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("initializer", name, known));
}

void initialize(const NamedSpec& spec, MatrixOut w, Index fanIn, Index fanOut, Rng& rng) {
    const InitializerInfo& info = findInitializer(spec.name);
    std::vector<std::string> known;
    for (const auto& def : info.params) known.emplace_back(def.key);
    for (const auto& [key, value] : spec.params) {
        bool found = false;
        for (const auto& k : known) found = found || key == k;
        if (!found) {
            if (known.empty())
                throw SpecError("initializer \"" + spec.name + "\" takes no parameters (got \"" + key + "\")");
            throw SpecError("initializer \"" + spec.name + "\": " + unknownNameMessage("parameter", key, known));
        }
    }
    if (w.size() == 0) return;
    if (fanIn < 1 || fanOut < 1)
        throw ShapeError("initializer \"" + spec.name + "\": fan_in " + std::to_string(fanIn) + " and fan_out " +
                         std::to_string(fanOut) + " must be at least 1");
    InitParams p{};
    if (info.params.size() > p.size())
        throw std::logic_error("initializer \"" + spec.name + "\": more parameters than InitParams holds");
    for (std::size_t i = 0; i < info.params.size(); ++i) {
        p[i] = spec.get(info.params[i].key, info.params[i].defaultValue);
        // Parameters are weights' scales, bounds or values: 1e200 overflows in the first product.
        if (std::abs(p[i]) > kMaxInitParameter) {
            std::ostringstream v;
            v << p[i];
            throw SpecError("initializer \"" + spec.name + "\": " + info.params[i].key + " = " + v.str() +
                            " is too large (at most " + std::to_string(int(kMaxInitParameter)) +
                            "; weights this large overflow to infinity within a few layers)");
        }
    }
    info.fill(w, fanIn, fanOut, p, rng);
}

}  // namespace nnlab
