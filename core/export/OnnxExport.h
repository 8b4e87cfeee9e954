#pragma once
// ONNX export of a network (docs/export.md), written with Debian's ONNX
// protobuf classes (libonnx-dev), read by onnxruntime and other runtimes.
//
// The model's input is the NETWORK input, after the feature map: a tensor
// "input" of shape (N, F) (N free) whose columns are the features in the
// experiment's order (x1, x2, x1_sq, ... for the plane; the CSV's input columns
// otherwise), or (N, C, H, W) for an image network, (N, T, F) for a sequence
// network (OnnxRecurrent.cpp). Its output "output" is
// (N, outputs): what nnlab's predictions show (probabilities after a sigmoid
// or softmax, values for regression). The metadata ("nnlab.inputs",
// "nnlab.outputs", ...) names the columns. Inference semantics: batch norm uses
// its running statistics, dropout is the identity.
//
// float32 by default (every runtime runs it); float64 on request, which keeps
// nnlab's digits but is not run by every runtime for every operator
// (onnxruntime's CPU provider has no float64 Conv, ConvTranspose or pooling).
// Opset 13 by default (13..17: Debian's onnx 1.12 reads IR <= 8, opset <= 17).
#include "model/Network.h"

#include <map>
#include <string>
#include <vector>

namespace nnlab {

class NetworkModel;

struct OnnxOptions {
    bool doublePrecision = false;
    int opset = 13;
    std::string docString;                      // shown by model viewers (Netron)
    std::vector<std::string> inputNames;        // one per input column -> metadata "nnlab.inputs"
    std::vector<std::string> outputNames;       // one per output column -> metadata "nnlab.outputs"
    std::map<std::string, std::string> metadata;  // further "nnlab.*" entries
};

constexpr int kMinOnnxOpset = 13;
constexpr int kMaxOnnxOpset = 17;

// The serialised ModelProto. Throws SpecError for a layer or activation
// without a translation, or an opset outside 13..17.
std::string onnxModelBytes(Network& net, const OnnxOptions& options = {});
// Writes the model to path (temporary file, then rename). Throws Error.
void exportOnnx(Network& net, const std::string& path, const OnnxOptions& options = {});

// Options naming the task's inputs, outputs, title, loss and problem kind.
OnnxOptions onnxOptionsFor(NetworkModel& task, bool doublePrecision = false);
void exportOnnx(NetworkModel& task, const std::string& path, bool doublePrecision = false);

}  // namespace nnlab
