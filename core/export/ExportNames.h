#pragma once
// Column names shared by the exports and `nnlab-cli predict`: what a row of
// raw inputs, of network inputs and of outputs holds for a task's data; and a
// layer's options as the exporters read them.
#include <string>
#include <vector>

namespace nnlab {

class NetworkModel;
class Layer;

struct ExportNames {
    std::vector<std::string> points;    // raw inputs: "x1", "x2", or the CSV's input columns
    std::vector<std::string> features;  // the feature map from points to inputs; empty = none
    std::vector<std::string> inputs;    // network input columns: the features, or the points
    std::vector<std::string> outputs;   // one per output: class names when there is one per class, else "output"
};

// The features apply to 2-D points only (the supervised task: a CSV with another
// number of inputs goes to the network as it is).
ExportNames exportNames(NetworkModel& task);

// A layer option ("kernel", "pieces", "eps", ...) or, if the spec leaves it
// out, the layer table's default for the layer's type.
double layerOption(const Layer& layer, const char* key);

}  // namespace nnlab
