// Recurrent layers as ONNX RNN / LSTM / GRU nodes. nnlab keeps PyTorch's
// parameters (Recurrent.h); ONNX stacks the same numbers differently:
//   W (D, G*H, F) = W_ih,  R (D, G*H, H) = W_hh,  B (D, 2*G*H) = [b_ih, b_hh]
//   D directions (forward, then the backward cell's *_reverse parameters)
//   gate blocks   PyTorch lstm i f g o -> ONNX i o f c;  gru r z n -> z r h;  rnn as is
//   GRU           linear_before_reset = 1: the reset gate scales h W_hn^T + b_hn, as nnlab
//   RNN           activations Relu per direction for a relu cell (Tanh is the default)
// A sequence tensor is (N, T, F) (nnlab's {T, F}, time-major inside a row);
// the node wants X as (T, N, F) and gives Y (T, D, N, H), Y_h (D, N, H):
//   return_sequences 1: Y -> (N, T, D, H) -> (N, T, D*H), step t = [hF_t, hB_t]
//   return_sequences 0: Y_h -> (N, D, H) -> (N, D*H), [last hF, last hB]
// which is Bidirectional's concat; sum and multiply combine the two direction
// slices (Gather) with Add / Mul instead.
#include "Error.h"
#include "export/ExportNames.h"
#include "export/OnnxLayers.h"

namespace nnlab {
namespace {

// For each ONNX gate block, the PyTorch block it comes from.
std::vector<Index> onnxGateOrder(const std::string& type) {
    if (type == "lstm") return {0, 3, 1, 2};
    if (type == "gru") return {1, 0, 2};
    return {0};
}

std::string onnxOperator(const std::string& type) {
    if (type == "lstm") return "LSTM";
    if (type == "gru") return "GRU";
    return "RNN";
}

}  // namespace

std::string onnxRecurrent(OnnxGraph& g, Layer& layer, const Shape& in, const std::string& x) {
    const LayerSpec& spec = layer.spec();
    const std::string& pre = layer.name();
    const bool both = spec.choice("direction", "forward") == "bidirectional";
    const std::string merge = spec.choice("merge", "concat");
    const bool sequences = layerOption(layer, "return_sequences") == 1.0;
    const std::vector<Index> order = onnxGateOrder(spec.type);
    const Index gates = Index(order.size()), h = spec.units, steps = in.dims.at(0), features = in.dims.at(1);
    const Index directions = both ? 2 : 1;

    Matrix W(directions * gates * h, features), R(directions * gates * h, h), B(directions, 2 * gates * h);
    for (Index d = 0; d < directions; ++d) {
        const std::string suffix = d == 0 ? "" : "_reverse";
        const Matrix& wih = namedParam(layer, "W_ih" + suffix);
        const Matrix& whh = namedParam(layer, "W_hh" + suffix);
        const Matrix& bih = namedParam(layer, "b_ih" + suffix);
        const Matrix& bhh = namedParam(layer, "b_hh" + suffix);
        for (Index k = 0; k < gates; ++k) {
            const Index from = order[std::size_t(k)] * h;
            W.middleRows((d * gates + k) * h, h) = wih.middleRows(from, h);
            R.middleRows((d * gates + k) * h, h) = whh.middleRows(from, h);
            B.row(d).segment(k * h, h) = bih.row(0).segment(from, h);
            B.row(d).segment((gates + k) * h, h) = bhh.row(0).segment(from, h);
        }
    }
    onnx::NodeProto& xt = g.node("Transpose", {x}, pre);
    OnnxGraph::attr(xt, "perm", std::vector<std::int64_t>{1, 0, 2});
    onnx::NodeProto& cell = g.node(onnxOperator(spec.type),
                                   {OnnxGraph::output(xt), g.tensor(pre + ".W", W, {directions, gates * h, features}),
                                    g.tensor(pre + ".R", R, {directions, gates * h, h}),
                                    g.tensor(pre + ".B", B, {directions, 2 * gates * h})},
                                   pre);
    OnnxGraph::attr(cell, "hidden_size", std::int64_t(h));
    OnnxGraph::attr(cell, "direction", std::string(both ? "bidirectional" : "forward"));
    if (spec.type == "gru") OnnxGraph::attr(cell, "linear_before_reset", std::int64_t(1));
    if (spec.type == "rnn" && spec.choice("nonlinearity", "tanh") == "relu")
        OnnxGraph::attr(cell, "activations", std::vector<std::string>(std::size_t(directions), "Relu"));

    // The direction axis after moving the batch first: (N, T, D, H) or (N, D, H).
    std::string y;
    std::int64_t directionAxis = 0;
    if (sequences) {
        onnx::NodeProto& t = g.node("Transpose", {OnnxGraph::output(cell)}, pre);
        OnnxGraph::attr(t, "perm", std::vector<std::int64_t>{2, 0, 1, 3});
        y = OnnxGraph::output(t);
        directionAxis = 2;
    } else {
        const std::string last = OnnxGraph::output(cell) + "_h";
        cell.set_output(0, "");  // Y is not needed, only Y_h
        cell.add_output(last);
        onnx::NodeProto& t = g.node("Transpose", {last}, pre);
        OnnxGraph::attr(t, "perm", std::vector<std::int64_t>{1, 0, 2});
        y = OnnxGraph::output(t);
        directionAxis = 1;
    }
    Index width = directions * h;
    if (both && merge != "concat") {
        if (merge != "sum" && merge != "multiply")
            throw SpecError(pre + ": merge \"" + merge + "\" has no ONNX export");
        std::string half[2];
        for (std::int64_t d = 0; d < 2; ++d) {
            onnx::NodeProto& pick = g.node("Gather", {y, g.int64s({d}, pre)}, pre);
            OnnxGraph::attr(pick, "axis", directionAxis);
            half[d] = OnnxGraph::output(pick);
        }
        y = g.op(merge == "sum" ? "Add" : "Mul", {half[0], half[1]}, pre);
        width = h;
    }
    const std::vector<std::int64_t> shape = sequences ? std::vector<std::int64_t>{-1, steps, width}
                                                      : std::vector<std::int64_t>{-1, width};
    return g.op("Reshape", {y, g.int64s(shape, pre)}, pre);
}

}  // namespace nnlab
