// Memory estimate of a network before it is built (rules in MemoryEstimate.h).
// Sizes are doubles: a million units times a million inputs must not wrap.
#include "model/MemoryEstimate.h"

#include "Error.h"
#include "layers/LayerTable.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace nnlab {
namespace {

constexpr double kDouble = 8.0;
// What the list leaves out: product plans' packing space, allocator rounding.
constexpr double kUnlisted = 1.1;

struct LayerCost {
    double parameters = 0.0;   // trainable numbers
    double extraCopies = 0.0;  // further numbers of parameter size (dense W^T, batch-norm running stats)
    double perSample = 0.0;    // buffer numbers per row of the batch
    double fixed = 0.0;        // buffer numbers independent of the batch (im2col columns)
};

double dim(const Shape& s, std::size_t i) { return i < s.dims.size() ? double(s.dims[i]) : 1.0; }

LayerCost costOf(const LayerSpec& ls, const Shape& in, const Shape& out) {
    const double nIn = double(in.size()), nOut = double(out.size());
    const double units = double(ls.units);
    LayerCost c;
    if (ls.type == "dense") {
        const double fanIn = in.dims.size() == 2 ? dim(in, 1) : nIn;  // a sequence: the same layer at every step
        c.parameters = fanIn * units + units;
        c.extraCopies = fanIn * units;     // W^T for the backward product
        c.perSample = 3.0 * nOut + nIn;    // z, dz, out; dIn
    } else if (ls.type == "maxout") {
        const double pieces = std::max(1.0, std::floor(ls.option("pieces", 2.0)));
        const double nz = units * pieces;
        c.parameters = nIn * nz + nz;
        c.perSample = 2.0 * nz + 4.0 * units + nIn;  // z, dz; h, dh, argmax, out; dIn
    } else if (ls.type == "conv2d") {
        const double k = std::max(1.0, std::floor(ls.option("kernel", 3.0)));
        const double fan = dim(in, 0) * k * k, positions = dim(out, 1) * dim(out, 2);
        c.parameters = units * fan + units;
        c.fixed = 2.0 * fan * positions + nOut;  // im2col columns and their gradient; one sample's dz
        c.perSample = 2.0 * nOut + nIn;           // z, out; dIn
    } else if (ls.type == "conv_transpose2d") {
        const double k = std::max(1.0, std::floor(ls.option("kernel", 3.0)));
        c.parameters = dim(in, 0) * units * k * k + units;
        c.fixed = units * k * k * dim(in, 1) * dim(in, 2);
        c.perSample = 3.0 * nOut + nIn;
    } else if (ls.type == "batchnorm" || ls.type == "batchnorm2d") {
        const double channels = ls.type == "batchnorm" ? nIn : dim(in, 0);
        c.parameters = 2.0 * channels;
        c.extraCopies = 6.0 * channels;   // running mean and variance, batch statistics
        c.perSample = 3.0 * nIn;          // x-hat, out, dIn
    } else if (ls.type == "prelu") {
        c.parameters = dim(in, 0) == nIn ? nIn : dim(in, 0);
        c.perSample = nOut + nIn;
    } else if (ls.type == "dropout") {
        c.perSample = 3.0 * nIn;           // mask, out, dIn
    } else if (ls.type == "layernorm") {
        c.parameters = 2.0 * dim(in, in.dims.size() - 1);
        c.perSample = 3.0 * nIn + dim(in, 0);  // x-hat, out, dIn; 1 / std per step
    } else if (ls.type == "rnn" || ls.type == "lstm" || ls.type == "gru") {
        // Per direction (Recurrent.h): time-major x, dx (T I); XW, dXW (T G H);
        // h (T+1) H, dL/dh (T H); the GRU's u and dU (T G H), the LSTM's c and
        // tanh c (T H); state buffers and carries (6 H). The wrapper adds the
        // reversed input, the backward output and its gradients.
        const double gates = ls.type == "lstm" ? 4.0 : ls.type == "gru" ? 3.0 : 1.0;
        const double steps = dim(in, 0), inputs = dim(in, 1), g = gates * units;
        const bool both = ls.choice("direction", "forward") == "bidirectional";
        const double cellOut = ls.option("return_sequences", 0.0) == 1.0 ? steps * units : units;
        double seq = steps * (2.0 * inputs + 2.0 * g + 2.0 * units) + 7.0 * units + cellOut + nIn;
        if (ls.type == "gru") seq += 2.0 * steps * g;
        if (ls.type == "lstm") seq += 2.0 * steps * units;
        const double directions = both ? 2.0 : 1.0;
        c.parameters = directions * (g * (inputs + units) + 2.0 * g);
        c.perSample = directions * seq + (both ? nOut + nIn + 4.0 * cellOut : 0.0);
    } else if (ls.type == "maxpool2d") {
        c.perSample = 2.0 * nOut + nIn;    // out, argmax; dIn
    } else {
        c.perSample = nOut + nIn;          // pooling, flatten, reshape: out, dIn
    }
    return c;
}

}  // namespace

MemoryEstimate estimateNetworkMemory(const NetworkSpec& spec, const Shape& input, Index maxBatch, int optimizerSlots) {
    MemoryEstimate e;
    e.layerBytes.reserve(spec.layers.size());
    e.layerParameters.reserve(spec.layers.size());
    e.outputShapes.reserve(spec.layers.size());
    Shape in = input;
    const double copies = 2.0 + double(optimizerSlots) + double(kViewCopies);  // value, grad, state, views
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
        const LayerSpec& ls = spec.layers[i];
        const std::string where = "network.layers[" + std::to_string(i) + "]: ";
        Shape out;
        try {
            // One layer object at a time: its constructor checks options, outputShape the fit.
            out = makeLayer(ls)->outputShape(in);
        } catch (const ShapeError& err) {
            throw ShapeError(where + err.what());
        } catch (const SpecError& err) {
            throw SpecError(where + err.what());
        }
        const LayerCost c = costOf(ls, in, out);
        const double bytes =
            kUnlisted * kDouble * (copies * c.parameters + c.extraCopies + c.fixed + double(maxBatch) * c.perSample) +
            kLayerOverheadBytes;
        e.parameters += c.parameters;
        e.bytes += bytes;
        e.layerBytes.push_back(bytes);
        e.layerParameters.push_back(c.parameters);
        e.outputShapes.push_back(out);
        if (bytes > e.layerBytes[e.largestLayer]) e.largestLayer = i;
        in = std::move(out);
    }
    return e;
}

double memoryLimitBytes() {
    double limit = kMemoryCapBytes;
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGE_SIZE)
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && pageSize > 0) limit = std::min(limit, 0.5 * double(pages) * double(pageSize));
#endif
    return limit;
}

std::string formatBytes(double bytes) {
    const char* units[] = {"bytes", "KB", "MB", "GB", "TB", "PB"};
    int u = 0;
    while (bytes >= 1000.0 && u < 5) {
        bytes /= 1000.0;
        ++u;
    }
    char buf[48];
    if (u == 0) std::snprintf(buf, sizeof buf, "%.0f bytes", bytes);
    else std::snprintf(buf, sizeof buf, bytes < 10.0 ? "%.1f %s" : "%.0f %s", bytes, units[u]);
    return buf;
}

static std::string samplesAtATime(Index maxBatch) {
    return maxBatch == 1 ? "one sample at a time" : std::to_string(maxBatch) + " samples at a time";
}

void requireMemoryFits(const MemoryEstimate& e, const NetworkSpec& spec, Index maxBatch) {
    const double limit = memoryLimitBytes();
    if (e.bytes <= limit) return;
    const std::string tail = ", more than the limit of " + formatBytes(limit) + " (see docs/experiment-format.md, limits)";
    const double largest = e.layerBytes.empty() ? 0.0 : e.layerBytes[e.largestLayer];
    if (largest >= 0.5 * e.bytes) {
        const LayerSpec& ls = spec.layers[e.largestLayer];
        const LayerInfo& info = findLayer(ls.type);
        const std::string field = "network.layers[" + std::to_string(e.largestLayer) + "]" + (info.hasUnits ? ".units" : "");
        throw SpecError(field + ": the network needs about " + formatBytes(e.bytes) + " of memory (this " + ls.type +
                        " layer " + formatBytes(largest) + ": its parameters and buffers for " +
                        samplesAtATime(maxBatch) + ")" + tail);
    }
    throw SpecError("network.layers: the " + std::to_string(spec.layers.size()) + " layers need about " +
                    formatBytes(e.bytes) + " of memory (" + std::to_string((long long)e.parameters) +
                    " parameters, buffers for " + samplesAtATime(maxBatch) + ")" + tail);
}

}  // namespace nnlab
