#pragma once
// The hidden-space payload (training/HiddenSpaceNames.h): the first training
// points run through the network once, every layer with a flat output kept.
#include "model/Network.h"
#include "training/Capabilities.h"
#include "training/Snapshot.h"

#include <vector>

namespace nnlab {

// chunk: rows per forward pass, as the decision map's grid uses.
void fillHiddenSpace(Network& network, const PreparedData& data, Index chunk, Pass pass, std::vector<Payload>& out);

}  // namespace nnlab
