#pragma once
// Look inside one sample (CNN Explainer's overview, on the student's own
// network): the network runs on that one image in inference mode and every
// layer's output (and the pre-activation of conv and dense layers) is copied
// out as a stage, with the shapes and window sizes a view needs to draw it and
// to find which tiles feed which (training/InsideNames.h). For one conv unit
// it also splits the pre-activation into what each input channel adds, the
// expanded view: the parts plus the bias are the engine's value.
#include "Types.h"
#include "layers/Layer.h"
#include "training/InsideNames.h"
#include "training/Snapshot.h"

#include <vector>

namespace nnlab {

class Network;

struct UnitRequest {
    int stage = -1;  // a conv stage of the overview; -1: none
    Index unit = 0;
};

// image: the raw pixels (1, C*H*W) shown as the picture; x: the same sample as
// the network's input (1, n). Appends the inside_view payloads to out.
void addLayerOutputs(Network& network, const Matrix& image, const Matrix& x, Pass pass, const UnitRequest& unit,
                     std::vector<Payload>& out);

// What input channel c of a conv layer adds to output unit `unit` at every
// position: (C, Ho*Wo), row c = sum over the kernel window of W[unit][c] * x[c].
// weights (units, C k k) as Conv2d stores them; x one sample (C*H*W).
Matrix convUnitParts(const Matrix& weights, const RowVector& x, Index channels, Index height, Index width,
                     Index kernel, Index stride, Index padding, Index dilation, Index unit);

}  // namespace nnlab
