// The generated parts of train.py: the experiment as Python constants, the
// network as torch.nn modules, and the table that maps nnlab's parameters to
// the modules' tensors. Layer by layer (PyTorch layouts match nnlab's, see
// ../shared/oracle/README.md, so weights are only reshaped):
//   dense        nn.Linear(in, units)                 W (out, in) -> weight, b -> bias
//   maxout       Maxout(in, units, k)                 W, b -> linear.weight, linear.bias
//   dropout      nn.Dropout(rate)
//   batchnorm    nn.BatchNorm1d(F, eps, momentum)     gamma, beta, running_mean, running_var
//   batchnorm2d  nn.BatchNorm2d(C, eps, momentum)     (torch's momentum is nnlab's: weight of the batch)
//   prelu        nn.PReLU(F)                          a -> weight
//   conv2d       nn.Conv2d(C, units, k, stride, padding, dilation)        W (out, C k k) -> (out, C, k, k)
//   conv_transpose2d  nn.ConvTranspose2d(C, units, k, stride, padding, output_padding, dilation)
//                                                     W (C, out k k) -> (C, out, k, k)
//   maxpool2d    nn.MaxPool2d(k, stride, padding)     avgpool2d  nn.AvgPool2d(..., count_include_pad)
//   global_maxpool AdaptiveMaxPool2d(1), Flatten
//   global_avgpool GlobalAvgPool (mean over H, W)     flatten    nn.Flatten()
//   reshape      nn.Unflatten(1, (C, H, W)), after an nn.Flatten() if the input is not flat
//   rnn, lstm, gru  Recurrent(kind, F, units, ...): nn.RNN / nn.LSTM / nn.GRU cells (forward_cell,
//                  backward_cell when bidirectional); W_ih, W_hh, b_ih, b_hh -> weight_ih_l0, weight_hh_l0,
//                  bias_ih_l0, bias_hh_l0, *_reverse -> backward_cell (same gate order as nnlab)
// followed by the activation's module (nn.Tanh(), nn.GELU(approximate="tanh"), ...).
// An image input gets nn.Unflatten first (data rows are flat NCHW), an image
// output nn.Flatten last, so that predictions are rows as in nnlab.
#include "export/PytorchExport.h"

#include "Error.h"
#include "activations/Activation.h"
#include "export/AtomicFile.h"
#include "export/CsvExport.h"
#include "export/ExportNames.h"
#include "export/NpzWriter.h"
#include "losses/Loss.h"
#include "optimizers/Optimizer.h"
#include "training/Capabilities.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <set>
#include <utility>
#include <sstream>

namespace nnlab {
namespace {

std::string py(double v) {
    if (!std::isfinite(v)) throw SpecError("pytorch export: a hyperparameter is not finite");
    std::string s = csvNumber(v);
    if (s.find_first_of(".e") == std::string::npos) s += ".0";  // a Python float: 0.0, not 0
    return s;
}
std::string py(const std::string& s) { return nlohmann::json(s).dump(); }
std::string py(bool b) { return b ? "True" : "False"; }
std::string pyInt(Index v) { return std::to_string(v); }

std::string tuple(const std::vector<Index>& dims) {
    std::string s = "(";
    for (std::size_t i = 0; i < dims.size(); ++i) s += (i ? ", " : "") + pyInt(dims[i]);
    return s + (dims.size() == 1 ? ",)" : ")");
}

// The activation's module, or "" for linear.
std::string activationModule(const Activation& act) {
    const std::string name = act.info().name;
    const ActivationParams& p = act.params();
    if (name == "linear") return "";
    if (name == "sigmoid") return "nn.Sigmoid()";
    if (name == "tanh") return "nn.Tanh()";
    if (name == "relu") return "nn.ReLU()";
    if (name == "leaky_relu") return "nn.LeakyReLU(" + py(p[0]) + ")";
    if (name == "elu") return "nn.ELU(" + py(p[0]) + ")";
    if (name == "selu") return "nn.SELU()";
    if (name == "gelu") return "nn.GELU()";
    if (name == "gelu_tanh") return "nn.GELU(approximate=\"tanh\")";
    if (name == "swish") return "nn.SiLU()";
    if (name == "mish") return "nn.Mish()";
    if (name == "softplus") return "Softplus()";
    if (name == "softsign") return "nn.Softsign()";
    if (name == "hard_sigmoid") return "HardSigmoid()";
    if (name == "binary_step") return "BinaryStep(" + py(p[0]) + ")";
    if (name == "softmax") return "RowSoftmax()";
    throw SpecError("activation \"" + name + "\" has no PyTorch module");
}

// A module name: the layer's name with anything but letters, digits and '_' as '_', unique.
std::string moduleName(const std::string& base, std::set<std::string>& used) {
    std::string s;
    for (char c : base) s += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
    if (s.empty()) s = "layer";
    std::string name = s;
    for (int i = 2; used.count(name); ++i) name = s + "_" + std::to_string(i);
    used.insert(name);
    return name;
}

std::string torchAttribute(const std::string& param) {
    if (param == "W" || param == "gamma" || param == "a") return "weight";
    if (param == "b" || param == "beta") return "bias";
    return param;  // running_mean, running_var
}

bool isRecurrent(const std::string& type) { return type == "rnn" || type == "lstm" || type == "gru"; }

// Where a parameter lives in the model: (submodule, attribute).
std::pair<std::string, std::string> torchTarget(const std::string& module, const std::string& param, bool recurrent) {
    if (!recurrent) return {module, torchAttribute(param)};
    const std::string reverse = "_reverse";
    const bool backward = param.size() > reverse.size() && param.compare(param.size() - reverse.size(), reverse.size(), reverse) == 0;
    const std::string base = backward ? param.substr(0, param.size() - reverse.size()) : param;
    const std::string cell = module + (backward ? ".backward_cell" : ".forward_cell");
    if (base == "W_ih") return {cell, "weight_ih_l0"};
    if (base == "W_hh") return {cell, "weight_hh_l0"};
    if (base == "b_ih") return {cell, "bias_ih_l0"};
    if (base == "b_hh") return {cell, "bias_hh_l0"};
    throw SpecError(module + ": parameter \"" + param + "\" has no PyTorch counterpart");
}

using Generated = PytorchModelCode;

}  // namespace

PytorchModelCode pytorchModelCode(Network& net) {
    std::ostringstream m, params, weights;
    std::set<std::string> used;
    Generated g;
    m << "def build_model():\n    model = nn.Sequential()\n";
    auto add = [&](const std::string& name, const std::string& module) {
        m << "    model.add_module(" << py(name) << ", " << module << ")\n";
    };
    if (net.inputShape().dims.size() > 1)
        add(moduleName("input_image", used), "nn.Unflatten(1, " + tuple(net.inputShape().dims) + ")");
    params << "PARAMS = [\n";
    weights << "WEIGHTS = [";
    bool firstWeight = true;
    for (std::size_t i = 0; i < net.size(); ++i) {
        Layer& layer = net.layer(i);
        const std::string& type = layer.spec().type;
        const Shape& in = i == 0 ? net.inputShape() : net.shapeAfter(i - 1);
        const Shape& out = net.shapeAfter(i);
        const std::string name = moduleName(layer.name(), used);
        const auto opt = [&](const char* key) { return pyInt(Index(layerOption(layer, key))); };
        std::string module, paramModule = name;
        bool activated = false;
        if (type == "dense") {  // on a sequence (N, T, F): nn.Linear acts on the last axis, every step
            module = "nn.Linear(" + pyInt(in.dims.back()) + ", " + pyInt(out.dims.back()) + ")";
            activated = true;
        } else if (type == "maxout") {
            module = "Maxout(" + pyInt(in.size()) + ", " + pyInt(out.size()) + ", " + opt("pieces") + ")";
            paramModule = name + ".linear";
            activated = true;
        } else if (type == "dropout") {
            module = "nn.Dropout(" + py(layerOption(layer, "rate")) + ")";
        } else if (type == "batchnorm" || type == "batchnorm2d") {
            module = std::string(type == "batchnorm" ? "nn.BatchNorm1d(" : "nn.BatchNorm2d(") + pyInt(in.dims[0]) +
                     ", eps=" + py(layerOption(layer, "eps")) + ", momentum=" + py(layerOption(layer, "momentum")) + ")";
            g.hasBatchNorm = true;
        } else if (type == "prelu") {
            module = "nn.PReLU(" + pyInt(in.size()) + ")";
        } else if (type == "conv2d") {
            module = "nn.Conv2d(" + pyInt(in.dims[0]) + ", " + pyInt(out.dims[0]) + ", " + opt("kernel") +
                     ", stride=" + opt("stride") + ", padding=" + opt("padding") + ", dilation=" + opt("dilation") + ")";
            activated = true;
        } else if (type == "conv_transpose2d") {
            module = "nn.ConvTranspose2d(" + pyInt(in.dims[0]) + ", " + pyInt(out.dims[0]) + ", " + opt("kernel") +
                     ", stride=" + opt("stride") + ", padding=" + opt("padding") + ", output_padding=" +
                     opt("output_padding") + ", dilation=" + opt("dilation") + ")";
            activated = true;
        } else if (type == "maxpool2d") {
            module = "nn.MaxPool2d(" + opt("kernel") + ", stride=" + opt("stride") + ", padding=" + opt("padding") + ")";
        } else if (type == "avgpool2d") {
            module = "nn.AvgPool2d(" + opt("kernel") + ", stride=" + opt("stride") + ", padding=" + opt("padding") +
                     ", count_include_pad=" + (opt("count_include_pad") == "0" ? "False" : "True") + ")";
        } else if (type == "global_avgpool") {
            module = "GlobalAvgPool()";
        } else if (type == "global_maxpool") {
            module = "nn.Sequential(nn.AdaptiveMaxPool2d(1), nn.Flatten())";
        } else if (type == "flatten") {
            module = "nn.Flatten()";
        } else if (type == "reshape") {  // the values stay in NCHW order: flatten (if not flat yet), then unflatten
            const std::string unflatten = "nn.Unflatten(1, " + tuple(out.dims) + ")";
            module = in.dims.size() == 1 ? unflatten : "nn.Sequential(nn.Flatten(), " + unflatten + ")";
        } else if (isRecurrent(type)) {
            const LayerSpec& spec = layer.spec();
            module = "Recurrent(" + py(type) + ", " + pyInt(in.dims.at(1)) + ", " + pyInt(spec.units) +
                     ", return_sequences=" + py(layerOption(layer, "return_sequences") == 1.0) +
                     ", truncate=" + opt("truncate") +
                     ", bidirectional=" + py(spec.choice("direction", "forward") == "bidirectional") +
                     ", merge=" + py(spec.choice("merge", "concat")) +
                     (type == "rnn" ? ", nonlinearity=" + py(spec.choice("nonlinearity", "tanh")) : std::string()) + ")";
        } else {
            throw SpecError("network.layers[" + std::to_string(i) + "]: layer type \"" + type +
                            "\" has no PyTorch export yet");
        }
        add(name, module);
        if (activated) {
            const bool perStepSoftmax = in.dims.size() == 2 && layer.spec().activation.name == "softmax";
            const std::string act =
                perStepSoftmax ? "nn.Softmax(dim=-1)" : activationModule(Activation(layer.spec().activation));
            if (!act.empty()) add(moduleName(name + "_" + layer.spec().activation.name, used), act);
        }
        std::vector<Param> all = layer.params();
        for (const Param& b : layer.buffers()) all.push_back(b);
        for (const Param& p : all) {
            const auto [target, attribute] = torchTarget(paramModule, p.name, isRecurrent(type));
            params << "    (" << py(target) << ", " << py(attribute) << ", " << py(layer.name() + "." + p.name) << ", "
                   << tuple({p.value->rows(), p.value->cols()}) << "),\n";
            if (p.isWeight) {
                weights << (firstWeight ? "" : ", ") << "(" << py(target) << ", " << py(attribute) << ")";
                firstWeight = false;
            }
        }
    }
    if (net.outputShape().dims.size() > 1) add(moduleName("output_rows", used), "nn.Flatten()");
    m << "    return model";
    params << "]\n" << weights.str() << "]  # (module, attribute): the weights L1/L2 and max-norm apply to";
    g.model = m.str();
    g.params = params.str();
    return g;
}

namespace {

std::string generateConfig(const Experiment& e, const Network& net, const PytorchData& data, bool hasBatchNorm) {
    std::ostringstream c;
    c << "TITLE = " << py(e.title) << "\n";
    c << "INPUT_SHAPE = " << tuple(net.inputShape().dims) << "  # per sample; data rows are flat (NCHW for images)\n";
    c << "FEATURES = [";
    for (std::size_t i = 0; i < data.features.size(); ++i) c << (i ? ", " : "") << py(data.features[i]);
    c << "]  # the feature map from plane points (x1, x2) to the inputs; [] = none\n";
    const Loss loss(e.loss);
    c << "LOSS = " << py(e.loss.name) << "\n";
    c << "LOSS_PARAMS = {";
    for (std::size_t i = 0; i < loss.info().params.size(); ++i)
        c << (i ? ", " : "") << py(std::string(loss.info().params[i].key)) << ": " << py(loss.params()[i]);
    c << "}\n";
    const auto optimizer = makeOptimizer(e.optimizer);
    c << "OPTIMIZER = " << py(e.optimizer.name) << "\n";
    c << "HYPER = {";
    bool first = true;
    for (const auto& [key, value] : optimizer->hyperparameters()) {
        c << (first ? "" : ", ") << py(key) << ": " << py(value);
        first = false;
    }
    c << "}\n";
    const RegularizationSpec& r = e.regularization;
    c << "L1 = " << py(r.l1) << "\nL1_PROXIMAL = " << (r.l1Proximal ? "True" : "False") << "\nL2 = " << py(r.l2) << "\nMAX_NORM = " << py(r.maxNorm)
      << "\nCLIP_VALUE = " << py(r.clipValue) << "\nCLIP_NORM = " << py(r.clipNorm) << "\n";
    const ScheduleSpec& s = e.schedule;
    c << "SCHEDULE = {\"kind\": " << py(s.kind) << ", \"step_epochs\": " << py(s.stepEpochs)
      << ", \"gamma\": " << py(s.gamma) << ", \"min_lr\": " << py(s.minLr) << ",\n            \"period_epochs\": "
      << py(s.periodEpochs) << ", \"warmup_epochs\": " << py(s.warmupEpochs) << "}\n";
    const EarlyStoppingSpec& es = e.earlyStopping;
    c << "EARLY_STOPPING = {\"enabled\": " << py(es.enabled) << ", \"patience\": " << es.patience
      << ", \"min_delta\": " << py(es.minDelta) << ", \"restore_best\": " << py(es.restoreBest) << "}\n";
    c << "BATCH_SIZE = " << e.batchSize << "  # 0 = the whole training set\n";
    c << "EPOCHS = " << e.epochs << "\n";
    c << "SEED = " << e.seed << "  # NumPy's shuffling generator (nnlab's own order is not reproduced)\n";
    c << "CLASSIFICATION = " << py(data.classification) << "\n";
    c << "THRESHOLD = " << (e.loss.name == "hinge" ? "0.0" : "0.5") << "  # one-output classifiers: class 1 above it\n";
    c << "HAS_BATCHNORM = " << py(hasBatchNorm);
    return c.str();
}

std::string replaced(std::string text, const std::string& marker, const std::string& value) {
    const std::size_t at = text.find(marker);
    if (at != std::string::npos) text.replace(at, marker.size(), value);
    return text;
}

}  // namespace

std::string pytorchScript(Network& net, const Experiment& experiment, const PytorchData& data) {
    const Generated model = pytorchModelCode(net);
    const std::string header =
        "\"\"\"PyTorch version of the nnlab experiment " + py(experiment.title) + ",\n"
        "generated by nnlab " NNLAB_VERSION ". It rebuilds the network, loads nnlab's\n"
        "weights (weights.npz) and data (data.npz) and continues training the way\n"
        "nnlab does: the same loss, optimizer and hyperparameters, penalties, clipping,\n"
        "learning-rate schedule, batch size and early stopping. Needs PyTorch and NumPy.\n"
        "\n"
        "  python3 train.py                train the experiment's epochs, save weights_trained.npz\n"
        "  python3 train.py --epochs 10    train 10 epochs\n"
        "  python3 train.py --check 5      print predictions and the losses of 5 steps as JSON\n"
        "\n"
        "Batches are shuffled with NumPy's generator, so their order (not the rule)\n"
        "differs from nnlab's. Inputs are the network's, after the feature map;\n"
        "features(points) maps new plane points.\n\"\"\"";
    std::string text = pytorchScriptTemplate();
    text = replaced(text, "@HEADER@", header);
    text = replaced(text, "@CONFIG@", generateConfig(experiment, net, data, model.hasBatchNorm));
    text = replaced(text, "@MODEL@", model.model);
    text = replaced(text, "@PARAMS@", model.params);
    return text;
}

std::vector<std::string> exportPytorch(Network& net, const Experiment& experiment, const PytorchData& data,
                                       const std::string& dir) {
    const Index inputs = net.inputShape().size();
    if (data.trainX.cols() != inputs || (data.testX.rows() > 0 && data.testX.cols() != inputs))
        throw ShapeError("pytorch export: the data has " + std::to_string(data.trainX.cols()) +
                         " input columns, the network takes " + std::to_string(inputs));
    const std::string script = pytorchScript(net, experiment, data);  // may throw: before anything is written
    const std::string weights = pytorchWeights(net);
    NpzWriter arrays;
    const auto addSet = [&](const char* name, const Matrix& m, Index cols) {
        arrays.add(name, m.rows() == 0 ? Matrix(0, cols) : m);
    };
    addSet("train_x", data.trainX, inputs);
    addSet("train_y", data.trainY, data.trainY.cols());
    addSet("test_x", data.testX, inputs);
    addSet("test_y", data.testY, data.trainY.cols());
    addSet("train_labels", data.trainLabels, 1);
    addSet("test_labels", data.testLabels, 1);
    if (data.trainPoints.size() > 0) {
        addSet("train_points", data.trainPoints, data.trainPoints.cols());
        addSet("test_points", data.testPoints, data.trainPoints.cols());
    }
    makeExportDirectory(dir);
    const std::vector<std::string> paths = {dir + "/weights.npz", dir + "/data.npz", dir + "/train.py"};
    writeFileAtomically(paths[0], weights);
    writeFileAtomically(paths[1], arrays.bytes());
    writeFileAtomically(paths[2], script);
    return paths;
}

std::string pytorchWeights(Network& net) {
    NpzWriter weights;
    for (std::size_t i = 0; i < net.size(); ++i) {
        Layer& layer = net.layer(i);
        for (const Param& p : layer.params()) weights.add(layer.name() + "." + p.name, *p.value);
        for (const Param& p : layer.buffers()) weights.add(layer.name() + "." + p.name, *p.value);
    }
    return weights.bytes();
}

std::vector<std::string> exportPytorch(NetworkModel& task, const std::string& dir) {
    PytorchData data;
    data.trainX = task.data().trainX;
    data.trainY = task.data().trainY;
    data.testX = task.data().testX;
    data.testY = task.data().testY;
    data.trainLabels = task.data().trainLabels;
    data.testLabels = task.data().testLabels;
    data.trainPoints = task.data().trainPoints;
    data.testPoints = task.data().testPoints;
    data.classification = task.dataset().kind == ProblemKind::Classification;
    data.features = exportNames(task).features;
    return exportPytorch(task.network(), task.experiment(), data, dir);
}

}  // namespace nnlab
