#pragma once
// CNN Explainer's flatten view in numbers: which weights connect the
// flattened feature maps to one unit of the dense layer after them (a class,
// when that layer gives the logits). The unit's row of weights is laid out
// again as the maps it reads, C x H x W, so that each weight sits on the
// pixel it multiplies; the products' sum plus the bias is the unit's value.
#include "inside/InsideFrame.h"

#include <optional>

namespace nnlab {

struct ClassWeights {
    int mapStage = -1;    // the last feature maps, before flatten
    int denseStage = -1;  // the dense layer that reads them
    int unit = 0;
    int channels = 0, height = 0, width = 0;
    Matrix weights;       // (channels, height * width): weight of each pixel of each map
    Matrix values;        // (channels, height * width): the maps themselves
    double bias = 0.0;
    double value = 0.0;   // the engine's value of the unit (its logit)

    double productSum() const { return weights.cwiseProduct(values).sum(); }
};

// `stage` a flatten stage, or a dense stage right after one (or right after
// spatial maps); null for any other stage or shapes that do not agree.
std::optional<ClassWeights> classWeights(const InsideFrame& frame, int stage, int unit);
// The dense stage classWeights reads for `stage`, -1 if none.
int classWeightsDenseStage(const InsideFrame& frame, int stage);

}  // namespace nnlab
