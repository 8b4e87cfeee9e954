#pragma once
// A thin helper over Debian's ONNX protobuf classes (libonnx-dev,
// <onnx/onnx_pb.h>): adds nodes, weights and constants to a GraphProto with
// unique names, in float32 or float64. Private to nnlab_export.
#include "Types.h"

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace nnlab {

class OnnxGraph {
public:
    OnnxGraph(onnx::GraphProto& graph, bool doublePrecision) : m_graph(graph), m_double(doublePrecision) {}

    bool isDouble() const { return m_double; }
    // onnx::TensorProto_DataType_FLOAT or _DOUBLE.
    int elemType() const;

    // Adds a node `op` reading `inputs`, named "<prefix>/<op>"; returns its
    // (single) output's name. Attributes go on the returned node via attr*().
    onnx::NodeProto& node(const std::string& op, std::vector<std::string> inputs, const std::string& prefix);
    static std::string output(const onnx::NodeProto& n) { return n.output(0); }
    // Shorthand: a node without attributes, returning its output name.
    std::string op(const std::string& op, std::vector<std::string> inputs, const std::string& prefix) {
        return output(node(op, std::move(inputs), prefix));
    }

    // A weight or statistic as an initializer of the given dims (row-major data).
    std::string tensor(const std::string& name, const Matrix& values, std::vector<std::int64_t> dims);
    // A scalar constant (rank 0) in the graph's precision, broadcast by the ops.
    std::string scalar(double value, const std::string& prefix);
    // An int64 vector constant (Reshape shapes).
    std::string int64s(const std::vector<std::int64_t>& values, const std::string& prefix);

    static void attr(onnx::NodeProto& n, const std::string& name, std::int64_t value);
    static void attr(onnx::NodeProto& n, const std::string& name, float value);
    static void attr(onnx::NodeProto& n, const std::string& name, const std::vector<std::int64_t>& values);
    static void attr(onnx::NodeProto& n, const std::string& name, const std::string& value);
    static void attr(onnx::NodeProto& n, const std::string& name, const std::vector<std::string>& values);

private:
    std::string unique(const std::string& base);
    onnx::GraphProto& m_graph;
    bool m_double;
    std::vector<std::string> m_names;
};

}  // namespace nnlab
