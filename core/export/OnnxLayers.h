#pragma once
// Layer and activation translations to ONNX nodes (OnnxLayers.cpp,
// OnnxActivations.cpp). Each takes the name of its input tensor and returns
// the name of its output tensor. Private to nnlab_export.
#include "activations/Activation.h"
#include "export/OnnxGraph.h"
#include "layers/Layer.h"

#include <string>

namespace nnlab {

// f(x) for every activation of the table; linear adds nothing and returns x.
// image: x is (N, C, H, W); softmax then runs over the whole sample, as
// nnlab's softmax over a row. Throws SpecError for an unknown activation.
std::string onnxActivation(OnnxGraph& g, const Activation& act, const std::string& x, const std::string& prefix,
                           bool image = false);

// One layer of the network; `in` is its per-sample input shape. The tensor is
// (N, F) for flat shapes and (N, C, H, W) for images, as nnlab's shapes say.
// Throws SpecError for a layer type without an ONNX translation.
std::string onnxLayer(OnnxGraph& g, Layer& layer, const Shape& in, const std::string& x);

// An rnn, lstm or gru layer, one direction or both (OnnxRecurrent.cpp); `in` is {T, F}.
std::string onnxRecurrent(OnnxGraph& g, Layer& layer, const Shape& in, const std::string& x);

// The layer's parameter or buffer of that name (W, W_ih_reverse, running_mean, ...).
// Throws SpecError naming the layer when it has none.
const Matrix& namedParam(Layer& layer, const std::string& name);

}  // namespace nnlab
