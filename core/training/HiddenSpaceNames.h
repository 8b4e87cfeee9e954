#pragma once
// Payload names of the hidden-space view (ConvNetJS's "transformed space"):
// the training points as each plane-shaped layer sees them. The input grid's
// warped picture needs nothing new: the neuron maps are the grid's images.
#include <cstddef>
#include <string>

namespace nnlab {

// (n, 1): the class index (or the value) of each point below.
inline const char* const kHiddenSpaceLabels = "hidden_space.labels";
// (n, units): layer `layer`'s output for the same n training points.
inline std::string hiddenSpacePointsName(std::size_t layer) { return "hidden_space.points." + std::to_string(layer); }
// At most this many training points: the view is a picture, not a statistic.
constexpr long kHiddenSpaceMaxPoints = 500;

}  // namespace nnlab
