#pragma once
// TensorFlow Playground's input features, computed from the plane point
// (x1, x2): one column per chosen feature, in the order given.
#include "Types.h"

#include <string>
#include <vector>

namespace nnlab {

using FeatureFn = double (*)(double x1, double x2);

struct FeatureInfo {
    const char* name;   // "x1_sq": the experiment file's name
    const char* label;  // "X₁²" (UTF-8), for tiles and menus
    FeatureFn fn;
};

// In Playground order: x1, x2, x1_sq, x2_sq, x1_x2, sin_x1, sin_x2.
const std::vector<FeatureInfo>& featureTable();
// Throws SpecError: unknown feature "x3" (known: ...; did you mean "x1"?)
const FeatureInfo& findFeature(const std::string& name);

// points (n, 2) -> (n, features.size()). An empty list passes the points
// through unchanged (CSV data with any number of inputs). Throws SpecError
// "features[2]: unknown feature ...", for a name listed twice, or when the
// points do not have 2 columns.
Matrix applyFeatures(const Matrix& points, const std::vector<std::string>& features);

}  // namespace nnlab
