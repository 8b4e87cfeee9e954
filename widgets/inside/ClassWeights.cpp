#include "inside/ClassWeights.h"

namespace nnlab {

using namespace inside_view;

int classWeightsDenseStage(const InsideFrame& frame, int stage) {
    const int n = int(frame.stages.size());
    if (stage < 1 || stage >= n) return -1;
    const StageKind kind = frame.stages[std::size_t(stage)].kind;
    if (kind == kFlatten) return stage + 1 < n && frame.stages[std::size_t(stage) + 1].kind == kDense ? stage + 1 : -1;
    return kind == kDense ? stage : -1;
}

std::optional<ClassWeights> classWeights(const InsideFrame& frame, int stage, int unit) {
    const int dense = classWeightsDenseStage(frame, stage);
    if (dense < 1) return std::nullopt;
    // The maps the dense layer reads: the stage before it, or before its flatten.
    int maps = dense - 1;
    if (frame.stages[std::size_t(maps)].kind == kFlatten) --maps;
    if (maps < 0 || !frame.stages[std::size_t(maps)].spatial()) return std::nullopt;
    const InsideStage& source = frame.stages[std::size_t(maps)];
    const InsideStage& out = frame.stages[std::size_t(dense)];
    if (out.layer < 0 || std::size_t(out.layer) >= frame.layers.size()) return std::nullopt;
    const LayerFrame& layer = frame.layers[std::size_t(out.layer)];
    if (unit < 0 || unit >= layer.weights.rows() || layer.weights.cols() != source.values.size()) return std::nullopt;
    ClassWeights c;
    c.mapStage = maps;
    c.denseStage = dense;
    c.unit = unit;
    c.channels = source.channels;
    c.height = source.height;
    c.width = source.width;
    // Flatten keeps NCHW order: value i of the row is channel i / (H W), pixel i % (H W).
    c.weights = Matrix(c.channels, source.plane());
    c.values = Matrix(c.channels, source.plane());
    for (int ch = 0; ch < c.channels; ++ch)
        for (int p = 0; p < source.plane(); ++p) {
            c.weights(ch, p) = layer.weights(unit, Index(ch) * source.plane() + p);
            c.values(ch, p) = source.values(Index(ch) * source.plane() + p);
        }
    c.bias = layer.bias.size() > unit ? layer.bias(0, unit) : 0.0;
    c.value = out.values(unit);
    return c;
}

}  // namespace nnlab
