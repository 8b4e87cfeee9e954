// Activations as ONNX nodes (opset 13), one branch per entry of
// core/activations/ActivationTable.cpp, each the formula of its file there:
//   sigmoid, tanh, relu, softmax (axis -1; over C H W for an image): the operator of that name
//   leaky_relu  LeakyRelu(alpha = slope)          elu   Elu(alpha)
//   selu        Selu(alpha, gamma = lambda)       softplus, softsign: their operators
//   hard_sigmoid HardSigmoid(alpha = 1/6, beta = 1/2) = clamp(x/6 + 1/2, 0, 1)
//   binary_step Cast(GreaterOrEqual(x, theta))    linear: nothing
//   gelu        0.5 x (1 + Erf(x / sqrt 2))
//   gelu_tanh   x Sigmoid(2 sqrt(2/pi) (x + 0.044715 x^3))   (= 0.5 x (1 + tanh u))
//   swish       x Sigmoid(x)                      mish  x Tanh(Softplus(x))
// ONNX attributes are float32. In a float64 model the operators with a float
// attribute (and those onnxruntime runs in float32 only) are written out from
// primitives instead, so that every constant keeps its 53 bits:
//   leaky_relu  Relu(x) + slope Min(x, 0)        elu  Where(x > 0, x, alpha (Exp(Min(x, 0)) - 1))
//   selu        lambda elu(x; alpha)             hard_sigmoid  Clip(x / 6 + 1/2, 0, 1)
//   softplus    Relu(x) + Log(1 + Exp(-|x|))     softsign  x / (1 + |x|)
//   swish       x / (1 + Exp(-x))  (onnxruntime turns x Sigmoid(x) into a float32-only fused operator)
// gelu keeps Erf, which the ONNX standard defines for float64 but onnxruntime
// 1.30's CPU provider runs in float32 only: use float32 for gelu there.
#include "export/OnnxLayers.h"

#include "Error.h"

#include <cmath>

namespace nnlab {
namespace {

constexpr double kSeluLambda = 1.0507009873554805;  // core/activations/Selu.cpp
constexpr double kSeluAlpha = 1.6732632423543772;
constexpr double kInvSqrt2 = 0.70710678118654752440;
constexpr double kSqrt2OverPi = 0.79788456080286535588;
constexpr double kGeluCubic = 0.044715;

// alpha (e^min(x,0) - 1) where x <= 0, x elsewhere.
std::string eluPrimitive(OnnxGraph& g, const std::string& x, double alpha, const std::string& pre) {
    const std::string zero = g.scalar(0.0, pre);
    const std::string tail = g.op("Sub", {g.op("Exp", {g.op("Min", {x, zero}, pre)}, pre), g.scalar(1.0, pre)}, pre);
    const std::string neg = g.op("Mul", {g.scalar(alpha, pre), tail}, pre);
    return g.op("Where", {g.op("Greater", {x, zero}, pre), x, neg}, pre);
}

std::string softplus(OnnxGraph& g, const std::string& x, const std::string& pre) {
    if (!g.isDouble()) return g.op("Softplus", {x}, pre);
    const std::string tail = g.op("Exp", {g.op("Neg", {g.op("Abs", {x}, pre)}, pre)}, pre);
    const std::string log = g.op("Log", {g.op("Add", {g.scalar(1.0, pre), tail}, pre)}, pre);
    return g.op("Add", {g.op("Relu", {x}, pre), log}, pre);
}

}  // namespace

std::string onnxActivation(OnnxGraph& g, const Activation& act, const std::string& x, const std::string& prefix,
                           bool image) {
    const std::string name = act.info().name;
    const ActivationParams& p = act.params();
    const std::string pre = prefix + "/" + name;
    const bool exact = g.isDouble();

    if (name == "linear") return x;
    if (name == "sigmoid") return g.op("Sigmoid", {x}, pre);
    if (name == "tanh") return g.op("Tanh", {x}, pre);
    if (name == "relu") return g.op("Relu", {x}, pre);
    if (name == "softmax") {
        // nnlab's softmax runs over a whole row: for an image, Flatten, Softmax, Reshape back.
        std::string in = x;
        if (image) {
            onnx::NodeProto& flat = g.node("Flatten", {x}, pre);
            OnnxGraph::attr(flat, "axis", std::int64_t(1));
            in = OnnxGraph::output(flat);
        }
        onnx::NodeProto& n = g.node("Softmax", {in}, pre);
        OnnxGraph::attr(n, "axis", std::int64_t(-1));
        if (!image) return OnnxGraph::output(n);
        return g.op("Reshape", {OnnxGraph::output(n), g.op("Shape", {x}, pre)}, pre);
    }
    if (name == "binary_step") {
        onnx::NodeProto& cast = g.node("Cast", {g.op("GreaterOrEqual", {x, g.scalar(p[0], pre)}, pre)}, pre);
        OnnxGraph::attr(cast, "to", std::int64_t(g.elemType()));
        return OnnxGraph::output(cast);
    }
    if (name == "leaky_relu") {
        if (exact) {
            const std::string neg = g.op("Mul", {g.scalar(p[0], pre), g.op("Min", {x, g.scalar(0.0, pre)}, pre)}, pre);
            return g.op("Add", {g.op("Relu", {x}, pre), neg}, pre);
        }
        onnx::NodeProto& n = g.node("LeakyRelu", {x}, pre);
        OnnxGraph::attr(n, "alpha", float(p[0]));
        return OnnxGraph::output(n);
    }
    if (name == "elu") {
        if (exact) return eluPrimitive(g, x, p[0], pre);
        onnx::NodeProto& n = g.node("Elu", {x}, pre);
        OnnxGraph::attr(n, "alpha", float(p[0]));
        return OnnxGraph::output(n);
    }
    if (name == "selu") {
        if (exact) return g.op("Mul", {g.scalar(kSeluLambda, pre), eluPrimitive(g, x, kSeluAlpha, pre)}, pre);
        onnx::NodeProto& n = g.node("Selu", {x}, pre);
        OnnxGraph::attr(n, "alpha", float(kSeluAlpha));
        OnnxGraph::attr(n, "gamma", float(kSeluLambda));
        return OnnxGraph::output(n);
    }
    if (name == "hard_sigmoid") {
        if (exact) {
            const std::string lin =
                g.op("Add", {g.op("Div", {x, g.scalar(6.0, pre)}, pre), g.scalar(0.5, pre)}, pre);
            return g.op("Clip", {lin, g.scalar(0.0, pre), g.scalar(1.0, pre)}, pre);
        }
        onnx::NodeProto& n = g.node("HardSigmoid", {x}, pre);
        OnnxGraph::attr(n, "alpha", float(1.0 / 6.0));
        OnnxGraph::attr(n, "beta", 0.5f);
        return OnnxGraph::output(n);
    }
    if (name == "softplus") return softplus(g, x, pre);
    if (name == "softsign") {
        if (!exact) return g.op("Softsign", {x}, pre);
        return g.op("Div", {x, g.op("Add", {g.scalar(1.0, pre), g.op("Abs", {x}, pre)}, pre)}, pre);
    }
    if (name == "gelu") {
        const std::string erf = g.op("Erf", {g.op("Mul", {x, g.scalar(kInvSqrt2, pre)}, pre)}, pre);
        const std::string half = g.op("Mul", {x, g.scalar(0.5, pre)}, pre);
        return g.op("Mul", {half, g.op("Add", {g.scalar(1.0, pre), erf}, pre)}, pre);
    }
    if (name == "gelu_tanh") {
        const std::string cube = g.op("Mul", {x, g.op("Mul", {x, x}, pre)}, pre);
        const std::string inner = g.op("Add", {x, g.op("Mul", {g.scalar(kGeluCubic, pre), cube}, pre)}, pre);
        const std::string u2 = g.op("Mul", {g.scalar(2.0 * kSqrt2OverPi, pre), inner}, pre);
        return g.op("Mul", {x, g.op("Sigmoid", {u2}, pre)}, pre);
    }
    if (name == "swish") {
        if (!exact) return g.op("Mul", {x, g.op("Sigmoid", {x}, pre)}, pre);
        // onnxruntime fuses x * Sigmoid(x) into its float32-only QuickGelu; x / (1 + e^-x) is the same function.
        const std::string tail = g.op("Exp", {g.op("Neg", {x}, pre)}, pre);
        return g.op("Div", {x, g.op("Add", {g.scalar(1.0, pre), tail}, pre)}, pre);
    }
    if (name == "mish") return g.op("Mul", {x, g.op("Tanh", {softplus(g, x, pre)}, pre)}, pre);
    throw SpecError(prefix + ": activation \"" + name + "\" has no ONNX translation");
}

}  // namespace nnlab
