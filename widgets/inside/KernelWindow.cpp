#include "inside/KernelWindow.h"

namespace nnlab {

KernelWindow kernelWindow(const InsideFrame& frame, int stage, int unit, int channel, int row, int column) {
    KernelWindow w;
    if (stage < 1 || stage >= int(frame.stages.size())) return w;
    const InsideStage& st = frame.stages[std::size_t(stage)];
    const InsideStage& prev = frame.stages[std::size_t(stage) - 1];
    const bool conv = st.kind == inside_view::kConv;
    const LayerFrame* layer = conv && st.layer >= 0 && std::size_t(st.layer) < frame.layers.size()
                                  ? &frame.layers[std::size_t(st.layer)]
                                  : nullptr;
    const int k = st.kernel;
    if (k <= 0 || channel < 0 || channel >= prev.channels || (conv && !layer)) return w;
    if (layer && (unit >= layer->weights.rows() || layer->weights.cols() != Index(prev.channels) * k * k)) return w;
    const int dilation = conv ? st.dilation : 1;
    w.size = k;
    for (int ki = 0; ki < k; ++ki)
        for (int kj = 0; kj < k; ++kj) {
            const int y = row * st.stride - st.padding + ki * dilation;
            const int x = column * st.stride - st.padding + kj * dilation;
            const bool in = y >= 0 && x >= 0 && y < prev.height && x < prev.width;
            const double value = in ? prev.at(channel, y, x) : 0.0;
            w.inputs.push_back(value);
            w.inside.push_back(in);
            if (!layer) continue;
            // Conv2d keeps unit o's weights as one row: input channel, then kernel row, then column.
            const double weight = layer->weights(unit, (channel * k + ki) * k + kj);
            w.weights.push_back(weight);
            w.products.push_back(value * weight);
            w.sum += value * weight;
        }
    return w;
}

}  // namespace nnlab
