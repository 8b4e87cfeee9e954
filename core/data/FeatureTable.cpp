// Playground's inputs (src/playground.ts INPUTS), one line each, in its order:
//   x1, x2, x1^2, x2^2, x1 x2, sin(x1), sin(x2)
// Labels are translated in the GUI (context "Feature").
#include "data/Features.h"

#include "Error.h"
#include "spec/NameLookup.h"

#include <cmath>

namespace nnlab {

const std::vector<FeatureInfo>& featureTable() {
    static const std::vector<FeatureInfo> table = {
        {"x1",     "X\u2081",          [](double x1, double) { return x1; }},
        {"x2",     "X\u2082",          [](double, double x2) { return x2; }},
        {"x1_sq",  "X\u2081\u00b2",    [](double x1, double) { return x1 * x1; }},
        {"x2_sq",  "X\u2082\u00b2",    [](double, double x2) { return x2 * x2; }},
        {"x1_x2",  "X\u2081X\u2082",   [](double x1, double x2) { return x1 * x2; }},
        {"sin_x1", "sin(X\u2081)",     [](double x1, double) { return std::sin(x1); }},
        {"sin_x2", "sin(X\u2082)",     [](double, double x2) { return std::sin(x2); }},
    };
    return table;
}

const FeatureInfo& findFeature(const std::string& name) {
    std::vector<std::string> known;
    for (const FeatureInfo& f : featureTable()) {
        if (name == f.name) return f;
        known.emplace_back(f.name);
    }
    throw SpecError(unknownNameMessage("feature", name, known));
}

Matrix applyFeatures(const Matrix& points, const std::vector<std::string>& features) {
    if (features.empty()) return points;
    std::vector<FeatureFn> fns;
    for (std::size_t k = 0; k < features.size(); ++k) {
        const std::string place = "features[" + std::to_string(k) + "]: ";
        try {
            fns.push_back(findFeature(features[k]).fn);
        } catch (const SpecError& e) {
            throw SpecError(place + e.what());
        }
        for (std::size_t j = 0; j < k; ++j)
            if (features[j] == features[k]) throw SpecError(place + "\"" + features[k] + "\" is listed twice");
    }
    if (points.cols() != 2)
        throw SpecError("features: the Playground features are made from 2 inputs (x1, x2), but the data has " +
                        std::to_string(points.cols()) + "; use an empty feature list to feed the inputs as they are");
    Matrix out(points.rows(), Index(fns.size()));
    for (Index i = 0; i < points.rows(); ++i)
        for (Index k = 0; k < out.cols(); ++k) out(i, k) = fns[std::size_t(k)](points(i, 0), points(i, 1));
    return out;
}

}  // namespace nnlab
