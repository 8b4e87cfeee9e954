#pragma once
// One "look inside" frame as the views read it: the stages (the overview's
// columns) with their values and shapes, the class probabilities, which image
// it is, and the weights of the conv and dense layers, all copied out of a
// snapshot's inside_view payloads (core/training/InsideNames.h) and layers.
#include "training/InsideNames.h"
#include "training/Snapshot.h"

#include <QString>

#include <optional>
#include <vector>

namespace nnlab {

struct InsideStage {
    int layer = -1;                 // index into the network's layers; -1 for the input
    inside_view::StageKind kind = inside_view::kOther;
    int activation = -1;            // index into activationTable(), -1: none
    int channels = 1, height = 1, width = 1;
    int kernel = 0, stride = 1, padding = 0, dilation = 1;
    RowVector values;               // channels * height * width, NCHW
    QString layerName;              // "conv1" (the input: empty)

    int plane() const { return height * width; }
    double at(int channel, int y, int x) const { return values(channel * plane() + y * width + x); }
    bool spatial() const { return height > 1 || width > 1; }
};

struct InsideFrame {
    std::vector<InsideStage> stages;
    Matrix image;                   // raw pixels (1, C*H*W) of the sample
    RowVector probabilities;
    int testIndex = -1, trueClass = -1, predicted = -1;
    std::vector<LayerFrame> layers;  // weights (units, C k k) and bias per layer
    // The expanded conv unit, if the worker sent it.
    int unitStage = -1, unit = -1;
    double unitBias = 0.0;
    Matrix unitParts;                // (input channels, Ho*Wo)

    // Null when the snapshot has no look-inside payloads, or when they are
    // from an earlier step than its weights (the worker had not redone them).
    static std::optional<InsideFrame> from(const Snapshot& snapshot);
    // Short name of a stage for its column's caption: "conv1", "relu", "pool1", "softmax".
    QString stageTitle(int stage) const;
};

}  // namespace nnlab
