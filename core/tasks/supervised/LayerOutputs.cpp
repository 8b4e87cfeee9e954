#include "tasks/supervised/LayerOutputs.h"

#include "activations/Activation.h"
#include "layers/Conv2d.h"
#include "layers/ConvGeometry.h"
#include "layers/Pool2d.h"
#include "model/Network.h"
#include "tasks/supervised/ImageResults.h"

#include <string>

namespace nnlab {
namespace {

using namespace inside_view;

int activationCode(const Layer& layer) {
    const std::vector<ActivationInfo>& table = activationTable();
    for (std::size_t i = 0; i < table.size(); ++i)
        if (layer.spec().activation.name == table[i].name) return int(i);
    return -1;
}

// C, H, W of a shape: a flat vector is C feature maps of 1x1 (dense units as tiles).
void putShape(Matrix& row, const Shape& shape) {
    const std::vector<Index>& d = shape.dims;
    row(0, kChannels) = double(d.empty() ? 1 : d[0]);
    row(0, kHeight) = double(d.size() == 3 ? d[1] : 1);
    row(0, kWidth) = double(d.size() == 3 ? d[2] : 1);
}

void putWindow(Matrix& row, const ConvGeometry& g) {
    row(0, kKernel) = double(g.kernel);
    row(0, kStride) = double(g.stride);
    row(0, kPadding) = double(g.padding);
    row(0, kDilation) = double(g.dilation);
}

struct StageList {
    std::vector<Matrix> info;
    std::vector<Payload>& out;
    void add(Matrix row, const RowVector& values) {
        out.push_back({kStagePrefix + std::to_string(info.size()), values});
        info.push_back(std::move(row));
    }
};

Matrix stageRow(std::size_t layer, StageKind kind, int activation, const Shape& shape) {
    Matrix row = Matrix::Zero(1, kStageColumns);
    row(0, kLayer) = double(layer);
    row(0, kKind) = double(kind);
    row(0, kActivation) = double(activation);
    putShape(row, shape);
    return row;
}

}  // namespace

Matrix convUnitParts(const Matrix& weights, const RowVector& x, Index channels, Index height, Index width,
                     Index kernel, Index stride, Index padding, Index dilation, Index unit) {
    ConvGeometry g;
    g.channels = channels;
    g.height = height;
    g.width = width;
    g.kernel = kernel;
    g.stride = stride;
    g.padding = padding;
    g.dilation = dilation;
    g.outHeight = convOutputSize(height, kernel, stride, padding, dilation);
    g.outWidth = convOutputSize(width, kernel, stride, padding, dilation);
    Matrix cols(g.rows(), g.cols());
    im2col(x.data(), g, cols.data());
    const Index kk = kernel * kernel;
    Matrix parts(channels, g.cols());
    for (Index c = 0; c < channels; ++c)
        parts.row(c).noalias() = weights.row(unit).segment(c * kk, kk) * cols.middleRows(c * kk, kk);
    return parts;
}

void addLayerOutputs(Network& network, const Matrix& image, const Matrix& x, Pass pass, const UnitRequest& unit,
                     std::vector<Payload>& out) {
    if (x.rows() != 1) return;
    network.forward(x, pass);
    StageList stages{{}, out};
    Matrix input = stageRow(0, kInput, -1, network.inputShape());
    input(0, kLayer) = -1.0;
    stages.add(input, x.row(0));
    RowVector before = x.row(0);  // the current layer's input
    for (std::size_t i = 0; i < network.size(); ++i) {
        Layer& layer = network.layer(i);
        const Shape& shape = network.shapeAfter(i);
        const RowVector output = layer.output().row(0);
        const int activation = activationCode(layer);
        auto* conv = dynamic_cast<Conv2d*>(&layer);
        auto* pool = dynamic_cast<Pool2d*>(&layer);
        const Matrix* z = layer.preActivation();
        if (conv || (z && layer.spec().type == "dense")) {
            Matrix row = stageRow(i, conv ? kConv : kDense, activation, shape);
            if (conv) putWindow(row, conv->geometry());
            const bool linear = layer.spec().activation.name == "linear";
            const int stage = int(stages.info.size());
            stages.add(row, linear ? output : RowVector(z->row(0)));
            if (conv && stage == unit.stage && unit.unit >= 0 && unit.unit < conv->weights().rows()) {
                const ConvGeometry& g = conv->geometry();
                out.push_back({kUnitParts, convUnitParts(conv->weights(), before, g.channels, g.height, g.width,
                                                         g.kernel, g.stride, g.padding, g.dilation, unit.unit)});
                Matrix info(1, 3);
                info << double(stage), double(unit.unit), conv->bias()(0, unit.unit);
                out.push_back({kUnitInfo, info});
            }
            if (!linear) stages.add(stageRow(i, kActivationStage, activation, shape), output);
        } else if (pool) {
            Matrix row = stageRow(i, layer.spec().type == "maxpool2d" ? kMaxPool : kAvgPool, -1, shape);
            putWindow(row, pool->geometry());
            stages.add(row, output);
        } else {
            stages.add(stageRow(i, layer.spec().type == "flatten" ? kFlatten : kOther, -1, shape), output);
        }
        before = output;
    }
    Matrix info(Index(stages.info.size()), kStageColumns);
    for (std::size_t s = 0; s < stages.info.size(); ++s) info.row(Index(s)) = stages.info[s];
    out.push_back({kStages, info});
    out.push_back({kImage, image});
    out.push_back({kProbabilities, classProbabilities(Matrix(network.output().topRows(1)))});
}

}  // namespace nnlab
