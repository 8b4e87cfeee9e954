#include "export/OnnxExport.h"

#include "Error.h"
#include "export/AtomicFile.h"
#include "export/ExportNames.h"
#include "export/OnnxGraph.h"
#include "export/OnnxLayers.h"
#include "training/Capabilities.h"

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

namespace nnlab {
namespace {

void setTensorType(onnx::ValueInfoProto& v, const std::string& name, int elemType, const Shape& perSample) {
    v.set_name(name);
    onnx::TypeProto_Tensor* t = v.mutable_type()->mutable_tensor_type();
    t->set_elem_type(elemType);
    onnx::TensorShapeProto* shape = t->mutable_shape();
    shape->add_dim()->set_dim_param("N");  // any batch size
    for (Index d : perSample.dims) shape->add_dim()->set_dim_value(d);
}

std::string joined(const std::vector<std::string>& names) {
    std::string s;
    for (const std::string& n : names) s += (s.empty() ? "" : ",") + n;
    return s;
}

void addMetadata(onnx::ModelProto& model, const std::string& key, const std::string& value) {
    onnx::StringStringEntryProto* e = model.add_metadata_props();
    e->set_key(key);
    e->set_value(value);
}

}  // namespace

std::string onnxModelBytes(Network& net, const OnnxOptions& options) {
    if (options.opset < kMinOnnxOpset || options.opset > kMaxOnnxOpset)
        throw SpecError("onnx opset: " + std::to_string(options.opset) + " is outside " +
                        std::to_string(kMinOnnxOpset) + ".." + std::to_string(kMaxOnnxOpset));
    onnx::ModelProto model;
    // IR 7 came with opset 13/14, IR 8 with 15..17.
    model.set_ir_version(options.opset <= 14 ? 7 : 8);
    model.set_producer_name("nnlab");
    model.set_producer_version(NNLAB_VERSION);
    model.set_domain("org.nnlab");
    model.set_model_version(1);
    model.set_doc_string(options.docString);
    onnx::OperatorSetIdProto* opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(options.opset);

    onnx::GraphProto* graph = model.mutable_graph();
    graph->set_name("nnlab");
    OnnxGraph g(*graph, options.doublePrecision);
    setTensorType(*graph->add_input(), "input", g.elemType(), net.inputShape());

    std::string x = "input";
    for (std::size_t i = 0; i < net.size(); ++i) {
        const Shape& in = i == 0 ? net.inputShape() : net.shapeAfter(i - 1);
        try {
            x = onnxLayer(g, net.layer(i), in, x);
        } catch (const SpecError& e) {
            throw SpecError("network.layers[" + std::to_string(i) + "]: " + e.what());
        }
    }
    // The last tensor becomes "output"; a net whose last op is the input itself gets an Identity.
    bool renamed = false;
    for (int n = graph->node_size() - 1; n >= 0 && !renamed; --n) {
        onnx::NodeProto* node = graph->mutable_node(n);
        if (node->output(0) == x) {
            node->set_output(0, "output");
            renamed = true;
        }
    }
    if (!renamed) g.node("Identity", {x}, "output").set_output(0, "output");
    setTensorType(*graph->add_output(), "output", g.elemType(), net.outputShape());

    if (!options.inputNames.empty()) addMetadata(model, "nnlab.inputs", joined(options.inputNames));
    if (!options.outputNames.empty()) addMetadata(model, "nnlab.outputs", joined(options.outputNames));
    for (const auto& [key, value] : options.metadata) addMetadata(model, key, value);

    // Debian's ONNX checker and strict shape/type inference: a model they reject is a
    // bug here, and is never written.
    try {
        onnx::checker::check_model(model);
        onnx::ModelProto inferred = model;
        onnx::shape_inference::InferShapes(inferred, onnx::OpSchemaRegistry::Instance(),
                                           onnx::ShapeInferenceOptions(true, 1, false));
    } catch (const std::exception& e) {
        throw Error(std::string("onnx: the ONNX checker rejects the exported model: ") + e.what());
    }
    std::string bytes;
    if (!model.SerializeToString(&bytes)) throw Error("onnx: the model could not be serialised");
    return bytes;
}

void exportOnnx(Network& net, const std::string& path, const OnnxOptions& options) {
    writeFileAtomically(path, onnxModelBytes(net, options));
}

OnnxOptions onnxOptionsFor(NetworkModel& task, bool doublePrecision) {
    OnnxOptions o;
    o.doublePrecision = doublePrecision;
    const ExportNames names = exportNames(task);
    o.inputNames = names.inputs;
    o.outputNames = names.outputs;
    const Experiment& e = task.experiment();
    // (N, F) for a table; (N, T, F) for sequences and (N, C, H, W) for images, whose named columns are the flat row.
    std::string inputShape = "(N";
    for (Index d : task.network().inputShape().dims) inputShape += ", " + std::to_string(d);
    o.docString = "nnlab: " + e.title + ". Input " + inputShape +
                  ") = the network input after the feature map: " + joined(names.inputs) + ". Output (N, " +
                  std::to_string(names.outputs.size()) + "): " + joined(names.outputs) + ".";
    o.metadata["nnlab.title"] = e.title;
    o.metadata["nnlab.loss"] = e.loss.name;
    o.metadata["nnlab.problem"] = task.dataset().kind == ProblemKind::Regression ? "regression" : "classification";
    if (!names.points.empty()) o.metadata["nnlab.points"] = joined(names.points);
    return o;
}

void exportOnnx(NetworkModel& task, const std::string& path, bool doublePrecision) {
    exportOnnx(task.network(), path, onnxOptionsFor(task, doublePrecision));
}

}  // namespace nnlab
