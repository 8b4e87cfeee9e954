// Layers as ONNX nodes (opset 13). Tensors are (N, F) for flat shapes and
// (N, C, H, W) for images, so each layer maps to the operator of its kind:
//   dense          Gemm(x, W, b, transB = 1), then the activation   (z = x W^T + b)
//                  on a sequence (N, T, F): MatMul(x, W^T), Add b, activation (every step)
//   maxout         Gemm, Reshape (N, units, k), ReduceMax(axis 2), activation
//   batchnorm, batchnorm2d   BatchNormalization(x, gamma, beta, running mean, running var, eps)
//                  (inference: the running statistics, as nnlab's predictions; float64
//                  models write the formula out, as its eps attribute is float32)
//   dropout        Identity (inverted dropout is the identity at inference)
//   prelu          PRelu(x, a)
//   conv2d         Conv(x, W as (out, C, k, k), b, strides, pads, dilations), activation
//   conv_transpose2d  ConvTranspose(x, W as (C, out, k, k), b, ..., output_padding), activation
//   maxpool2d      MaxPool (padding never wins, as -inf)     avgpool2d  AveragePool(count_include_pad)
//   global_maxpool GlobalMaxPool, Flatten (as global_avgpool)
//   global_avgpool GlobalAveragePool, Flatten                flatten    Flatten(axis 1)
//   reshape        Reshape(x, [-1, C, H, W])
//   rnn, lstm, gru (one or both directions)   RNN / LSTM / GRU nodes (OnnxRecurrent.cpp)
// Weights come from Layer::params()/buffers() by name, options from the spec
// with the layer table's defaults, so nothing here reaches into a layer class.
#include "export/OnnxLayers.h"

#include "Error.h"
#include "export/ExportNames.h"

namespace nnlab {

const Matrix& namedParam(Layer& layer, const std::string& name) {
    for (const Param& p : layer.params())
        if (p.name == name) return *p.value;
    for (const Param& p : layer.buffers())
        if (p.name == name) return *p.value;
    throw SpecError(layer.name() + ": no parameter \"" + name + "\" to export");
}

namespace {

std::int64_t option(const Layer& layer, const char* key) { return std::int64_t(layerOption(layer, key)); }

std::vector<std::int64_t> dims(std::initializer_list<Index> list) {
    return std::vector<std::int64_t>(list.begin(), list.end());
}

// kernel_shape, strides, pads (begin and end of H and W) and, for convolutions, dilations.
void windowAttributes(onnx::NodeProto& n, const Layer& layer, bool dilated) {
    const std::int64_t k = option(layer, "kernel"), s = option(layer, "stride"), p = option(layer, "padding");
    OnnxGraph::attr(n, "kernel_shape", std::vector<std::int64_t>{k, k});
    OnnxGraph::attr(n, "strides", std::vector<std::int64_t>{s, s});
    OnnxGraph::attr(n, "pads", std::vector<std::int64_t>{p, p, p, p});
    if (dilated) {
        const std::int64_t d = option(layer, "dilation");
        OnnxGraph::attr(n, "dilations", std::vector<std::int64_t>{d, d});
    }
}

std::string batchNorm(OnnxGraph& g, Layer& layer, const Shape& in, const std::string& x) {
    const std::string& pre = layer.name();
    const Matrix& gamma = namedParam(layer, "gamma");
    const Matrix& mean = namedParam(layer, "running_mean");
    const Matrix& var = namedParam(layer, "running_var");
    const double eps = layerOption(layer, "eps");
    if (g.isDouble()) {
        // The epsilon attribute is float32 (1e-5 becomes 1.0000000000000000818e-5 only in
        // float64), so a float64 model spells out nnlab's inference formula instead:
        //   y = (x - running_mean) * invStd * gamma + beta,  invStd = 1 / sqrt(running_var + eps)
        const Matrix invStd = (var.array() + eps).rsqrt().matrix();
        std::vector<std::int64_t> c = dims({gamma.cols()});
        if (in.dims.size() == 3) c = dims({gamma.cols(), 1, 1});  // broadcast over H, W
        const std::string centred = g.op("Sub", {x, g.tensor(pre + ".running_mean", mean, c)}, pre);
        const std::string xhat = g.op("Mul", {centred, g.tensor(pre + ".inv_std", invStd, c)}, pre);
        const std::string scaled = g.op("Mul", {xhat, g.tensor(pre + ".gamma", gamma, c)}, pre);
        return g.op("Add", {scaled, g.tensor(pre + ".beta", namedParam(layer, "beta"), c)}, pre);
    }
    const std::vector<std::int64_t> c = dims({gamma.cols()});
    onnx::NodeProto& n = g.node("BatchNormalization",
                                {x, g.tensor(pre + ".gamma", gamma, c), g.tensor(pre + ".beta", namedParam(layer, "beta"), c),
                                 g.tensor(pre + ".running_mean", mean, c), g.tensor(pre + ".running_var", var, c)},
                                pre);
    OnnxGraph::attr(n, "epsilon", float(eps));
    return OnnxGraph::output(n);
}

}  // namespace

std::string onnxLayer(OnnxGraph& g, Layer& layer, const Shape& in, const std::string& x) {
    const std::string& type = layer.spec().type;
    const std::string& pre = layer.name();
    const Activation activation(layer.spec().activation);

    if (type == "dense" && in.dims.size() == 2) {  // every step of (N, T, F): MatMul broadcasts over T
        const Matrix& W = namedParam(layer, "W");
        const Matrix Wt = W.transpose();
        const std::string product = g.op("MatMul", {x, g.tensor(pre + ".W_t", Wt, dims({Wt.rows(), Wt.cols()}))}, pre);
        const std::string z = g.op("Add", {product, g.tensor(pre + ".b", namedParam(layer, "b"), dims({W.rows()}))}, pre);
        return onnxActivation(g, activation, z, pre);
    }
    if (type == "dense" || type == "maxout") {
        const Matrix& W = namedParam(layer, "W");
        onnx::NodeProto& gemm = g.node("Gemm",
                                       {x, g.tensor(pre + ".W", W, dims({W.rows(), W.cols()})),
                                        g.tensor(pre + ".b", namedParam(layer, "b"), dims({W.rows()}))},
                                       pre);
        OnnxGraph::attr(gemm, "transB", std::int64_t(1));
        std::string z = OnnxGraph::output(gemm);
        if (type == "maxout") {
            const std::int64_t k = option(layer, "pieces");
            const std::string groups = g.op("Reshape", {z, g.int64s({-1, W.rows() / k, k}, pre)}, pre);
            onnx::NodeProto& max = g.node("ReduceMax", {groups}, pre);
            OnnxGraph::attr(max, "axes", std::vector<std::int64_t>{2});
            OnnxGraph::attr(max, "keepdims", std::int64_t(0));
            z = OnnxGraph::output(max);
        }
        return onnxActivation(g, activation, z, pre);
    }
    if (type == "dropout") return g.op("Identity", {x}, pre);
    if (type == "batchnorm" || type == "batchnorm2d") return batchNorm(g, layer, in, x);
    if (type == "prelu") {
        const Matrix& a = namedParam(layer, "a");
        const std::string slope = g.tensor(pre + ".a", a, dims({a.cols()}));
        if (!g.isDouble()) return g.op("PRelu", {x, slope}, pre);
        // onnxruntime has no float64 PRelu: Relu(x) + a min(x, 0), the same function.
        const std::string neg = g.op("Mul", {slope, g.op("Min", {x, g.scalar(0.0, pre)}, pre)}, pre);
        return g.op("Add", {g.op("Relu", {x}, pre), neg}, pre);
    }
    if (type == "conv2d" || type == "conv_transpose2d") {
        const bool transposed = type == "conv_transpose2d";
        const Matrix& W = namedParam(layer, "W");
        const Matrix& b = namedParam(layer, "b");
        const Index k = option(layer, "kernel"), channels = in.dims.at(0), units = b.cols();
        // nnlab keeps W as (out, C k k) resp. (C, out k k): the same numbers as (out, C, k, k) / (C, out, k, k).
        const std::vector<std::int64_t> wDims = transposed ? dims({channels, units, k, k}) : dims({units, channels, k, k});
        onnx::NodeProto& n = g.node(transposed ? "ConvTranspose" : "Conv",
                                    {x, g.tensor(pre + ".W", W, wDims), g.tensor(pre + ".b", b, dims({units}))}, pre);
        windowAttributes(n, layer, true);
        if (transposed) {
            const std::int64_t op = option(layer, "output_padding");
            OnnxGraph::attr(n, "output_padding", std::vector<std::int64_t>{op, op});
        }
        return onnxActivation(g, activation, OnnxGraph::output(n), pre, /*image*/ true);
    }
    if (type == "maxpool2d" || type == "avgpool2d") {
        onnx::NodeProto& n = g.node(type == "maxpool2d" ? "MaxPool" : "AveragePool", {x}, pre);
        windowAttributes(n, layer, false);
        if (type == "avgpool2d") OnnxGraph::attr(n, "count_include_pad", option(layer, "count_include_pad"));
        return OnnxGraph::output(n);
    }
    if (type == "global_avgpool" || type == "global_maxpool" || type == "flatten") {
        const std::string y = type == "flatten"          ? x
                              : type == "global_maxpool" ? g.op("GlobalMaxPool", {x}, pre)
                                                         : g.op("GlobalAveragePool", {x}, pre);
        onnx::NodeProto& flat = g.node("Flatten", {y}, pre);
        OnnxGraph::attr(flat, "axis", std::int64_t(1));
        return OnnxGraph::output(flat);
    }
    if (type == "reshape") {
        // The per-sample shape from the layer itself (channels 0 is inferred there); -1 keeps any batch size.
        std::vector<std::int64_t> shape = {-1};
        for (Index d : layer.outputShape(in).dims) shape.push_back(std::int64_t(d));
        return g.op("Reshape", {x, g.int64s(shape, pre)}, pre);
    }
    if (type == "rnn" || type == "lstm" || type == "gru") return onnxRecurrent(g, layer, in, x);
    throw SpecError(pre + ": layer type \"" + type + "\" has no ONNX export yet");
}

}  // namespace nnlab
