#pragma once
// How much memory a network and its buffers will take, computed from the spec
// and the input shape alone (nothing of the network's size is allocated), so
// that a network too large for the machine is refused before it is built
// instead of ending in std::bad_alloc after a minute of swapping.
//
// Counted, in doubles (8 bytes):
//   parameters: value + gradient + the optimizer's state slots (adam: m, v)
//     + kViewCopies copies (the snapshot's weights and the health recorder's
//     copy before an update); dense layers also keep W transposed;
//   buffers for maxBatch rows: every layer's output and input gradient, and
//     its own caches (pre-activations, maxout pieces and argmax, im2col
//     columns, dropout masks, batch-norm x-hat);
//   10 % more for what is not listed (product plans, allocator rounding);
//   a fixed kLayerOverheadBytes per layer (object, spec, buffer headers,
//     health and snapshot entries), which is what a million tiny layers cost.
// The estimate is an upper bound of what Network::reserve and the optimizer
// allocate, within a few percent for dense networks (tst_memory_estimate).
#include "Types.h"
#include "spec/LayerSpec.h"

#include <string>
#include <vector>

namespace nnlab {

constexpr int kViewCopies = 2;
constexpr double kLayerOverheadBytes = 4096.0;
// Above this the layer editor warns ("large: about 300 MB"); below, nothing.
constexpr double kComfortableMemoryBytes = 256e6;
// The hard limit: 2 GB, or half of this machine's memory when that is less.
constexpr double kMemoryCapBytes = 2e9;

struct MemoryEstimate {
    double parameters = 0.0;          // trainable numbers
    double bytes = 0.0;               // everything counted above
    std::vector<double> layerBytes;   // per layer, parameters and buffers
    std::size_t largestLayer = 0;     // index into layerBytes
    std::vector<Shape> outputShapes;      // per layer, one sample's output (the layer editor shows them)
    std::vector<double> layerParameters;  // per layer, trainable numbers
};

// Walks the spec as Network does, one layer at a time; throws the same
// ShapeError/SpecError as Network ("network.layers[i]: ...") for a layer that
// does not fit. optimizerSlots: per-parameter state matrices (adam 2, sgd 0).
MemoryEstimate estimateNetworkMemory(const NetworkSpec& spec, const Shape& input, Index maxBatch,
                                     int optimizerSlots = 0);

// min(kMemoryCapBytes, half the physical memory if it is known).
double memoryLimitBytes();

// Throws SpecError when the estimate exceeds memoryLimitBytes(): the field is
// the largest layer's units when it holds most of it, else network.layers:
//   network.layers[0].units: the network needs about 6.2 GB of memory (this
//   layer 6.2 GB: 3000000 parameters and buffers for 256 samples at a time),
//   more than the limit of 2 GB
void requireMemoryFits(const MemoryEstimate& estimate, const NetworkSpec& spec, Index maxBatch);

// "310 MB", "6.2 GB", "12 KB": decimal units, two significant figures at least.
std::string formatBytes(double bytes);

}  // namespace nnlab
