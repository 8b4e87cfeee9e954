#include "export/OnnxGraph.h"

#include <algorithm>

namespace nnlab {

int OnnxGraph::elemType() const {
    return m_double ? onnx::TensorProto_DataType_DOUBLE : onnx::TensorProto_DataType_FLOAT;
}

std::string OnnxGraph::unique(const std::string& base) {
    std::string name = base;
    for (int i = 2; std::find(m_names.begin(), m_names.end(), name) != m_names.end(); ++i)
        name = base + "_" + std::to_string(i);
    m_names.push_back(name);
    return name;
}

onnx::NodeProto& OnnxGraph::node(const std::string& op, std::vector<std::string> inputs, const std::string& prefix) {
    onnx::NodeProto* n = m_graph.add_node();
    n->set_op_type(op);
    const std::string name = unique(prefix + "/" + op);
    n->set_name(name);
    for (const std::string& in : inputs) n->add_input(in);
    n->add_output(name);  // the output tensor takes the node's name: "dense_1/Gemm"
    return *n;
}

std::string OnnxGraph::tensor(const std::string& name, const Matrix& values, std::vector<std::int64_t> dims) {
    onnx::TensorProto* t = m_graph.add_initializer();
    const std::string unique_name = unique(name);
    t->set_name(unique_name);
    t->set_data_type(elemType());
    for (std::int64_t d : dims) t->add_dims(d);
    const double* v = values.data();  // row-major, as ONNX
    if (m_double) {
        for (Index i = 0; i < values.size(); ++i) t->add_double_data(v[i]);
    } else {
        for (Index i = 0; i < values.size(); ++i) t->add_float_data(float(v[i]));
    }
    return unique_name;
}

std::string OnnxGraph::scalar(double value, const std::string& prefix) {
    return tensor(prefix + "/const", Matrix::Constant(1, 1, value), {});
}

std::string OnnxGraph::int64s(const std::vector<std::int64_t>& values, const std::string& prefix) {
    onnx::TensorProto* t = m_graph.add_initializer();
    const std::string name = unique(prefix + "/shape");
    t->set_name(name);
    t->set_data_type(onnx::TensorProto_DataType_INT64);
    t->add_dims(std::int64_t(values.size()));
    for (std::int64_t v : values) t->add_int64_data(v);
    return name;
}

void OnnxGraph::attr(onnx::NodeProto& n, const std::string& name, std::int64_t value) {
    onnx::AttributeProto* a = n.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto_AttributeType_INT);
    a->set_i(value);
}

void OnnxGraph::attr(onnx::NodeProto& n, const std::string& name, float value) {
    onnx::AttributeProto* a = n.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto_AttributeType_FLOAT);
    a->set_f(value);
}

void OnnxGraph::attr(onnx::NodeProto& n, const std::string& name, const std::vector<std::int64_t>& values) {
    onnx::AttributeProto* a = n.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto_AttributeType_INTS);
    for (std::int64_t v : values) a->add_ints(v);
}

void OnnxGraph::attr(onnx::NodeProto& n, const std::string& name, const std::string& value) {
    onnx::AttributeProto* a = n.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto_AttributeType_STRING);
    a->set_s(value);
}

void OnnxGraph::attr(onnx::NodeProto& n, const std::string& name, const std::vector<std::string>& values) {
    onnx::AttributeProto* a = n.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto_AttributeType_STRINGS);
    for (const std::string& v : values) a->add_strings(v);
}

}  // namespace nnlab
