// Save, export and share (core/export/, docs/export.md):
// - ONNX: one row per network (every activation in float32 and float64, every
//   layer type, a trained default experiment, the example experiments); each
//   file is opened by onnxruntime-node, an independent runtime, and its outputs
//   compared with nnlab's on the same inputs (tests/onnx/run_onnx.mjs).
// - PyTorch: the generated script run by Debian's python3-torch reproduces
//   nnlab's predictions and, for a few steps, its losses.
// - CSV exports, .npz files, and safe writing (no half-written files).
// onnxruntime-node (scripts/install-onnxruntime.sh) and python3-torch are
// outside the build: without them the test fails under CI=true and skips locally.
#include <QtTest>

#include "OracleJson.h"

#include "Error.h"
#include "activations/Activation.h"
#include "data/Csv.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentJson.h"
#include "export/AtomicFile.h"
#include "export/CsvExport.h"
#include "export/NpzWriter.h"
#include "export/OnnxExport.h"
#include "export/PytorchExport.h"
#include "layers/LayerTable.h"
#include "losses/Loss.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"
#include "tasks/supervised/SupervisedTask.h"
#include "training/TrainStep.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

using namespace nnlab;
using nlohmann::json;

namespace {

// max |a - b| / (|b| + max|b|): the oracle README's measure.
using oracle::relativeError;

bool inCi() {
    const QByteArray ci = qgetenv("CI");
    return !ci.isEmpty() && ci != "0" && ci.toLower() != "false";
}

// A missing outside tool fails in CI and skips locally, with the reason.
#define REQUIRE_TOOL(reason)                                                   \
    do {                                                                       \
        const QString r_ = (reason);                                           \
        if (!r_.isEmpty()) {                                                   \
            if (inCi()) QFAIL(qPrintable(r_ + " (CI=true: required)"));       \
            QSKIP(qPrintable(r_ + " (set CI=true to make this a failure)"));  \
        }                                                                      \
    } while (0)

std::string readText(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

LayerSpec layer(const std::string& type, Index units = 0, const NamedSpec& activation = NamedSpec("linear"),
                std::map<std::string, double> options = {}) {
    LayerSpec s;
    s.type = type;
    s.units = units;
    s.activation = activation;
    s.options = std::move(options);
    return s;
}

// Random biases, slopes and batch-norm statistics, so that every parameter
// reaches the output (the initializers start most of them at 0 or 1).
void randomizeParameters(Network& net, Rng& rng) {
    for (std::size_t i = 0; i < net.size(); ++i) {
        Layer& l = net.layer(i);
        for (const Param& p : l.params())
            if (p.name != "W")
                for (Index k = 0; k < p.value->size(); ++k)
                    p.value->data()[k] = p.name == "gamma" ? uniform(rng, 0.5, 1.5) : uniform(rng, -0.5, 0.5);
        for (const Param& p : l.buffers())
            for (Index k = 0; k < p.value->size(); ++k)
                p.value->data()[k] = p.name == "running_var" ? uniform(rng, 0.5, 2.0) : uniform(rng, -0.5, 0.5);
    }
}

Matrix randomInputs(Index rows, Index cols, Rng& rng, double range = 2.0) {
    Matrix x(rows, cols);
    for (Index k = 0; k < x.size(); ++k) x.data()[k] = uniform(rng, -range, range);
    return x;
}

Matrix roundedToFloat(const Matrix& x) { return x.cast<float>().cast<double>(); }

Matrix predict(Network& net, const Matrix& x) {
    Rng rng(1);
    Pass pass{false, &rng};
    return net.forward(x, pass);
}

// One exported model and what nnlab says it computes.
struct OnnxCase {
    std::string name;
    std::shared_ptr<Network> net;          // kept for the type coverage check
    std::shared_ptr<SupervisedTask> task;  // for experiment cases
    bool doublePrecision = false;
    Matrix input, expected;
    std::vector<std::int64_t> dims;        // (N, per-sample dims)
    double tolerance = 1e-5;
    QString file;
    const char* runtimeGap = nullptr;  // a valid model onnxruntime cannot run: an expected failure, with why
};

std::vector<OnnxCase> networkCases() {
    std::vector<OnnxCase> cases;
    Rng rng(7);
    auto add = [&](const std::string& name, std::vector<LayerSpec> layers, const Shape& in, bool dbl) {
        NetworkSpec spec;
        spec.layers = std::move(layers);
        OnnxCase c;
        c.name = name + (dbl ? " float64" : " float32");
        c.net = std::make_shared<Network>(spec, in, 16);
        c.net->initialize(rng);
        randomizeParameters(*c.net, rng);
        c.doublePrecision = dbl;
        c.input = randomInputs(9, in.size(), rng, 2.5);
        if (!dbl) c.input = roundedToFloat(c.input);
        c.dims = {9};
        for (Index d : in.dims) c.dims.push_back(d);
        c.expected = predict(*c.net, c.input);
        c.tolerance = dbl ? 1e-12 : 1e-5;
        cases.push_back(std::move(c));
    };
    for (bool dbl : {false, true}) {
        // Every activation of the table, on a dense layer whose pre-activation spans about [-6, 6].
        for (const ActivationInfo& a : activationTable()) {
            NamedSpec act(a.name);
            if (std::string(a.name) == "leaky_relu") act.params["slope"] = 0.2;  // not the default
            if (std::string(a.name) == "elu") act.params["alpha"] = 0.7;
            if (std::string(a.name) == "binary_step") act.params["threshold"] = 0.25;
            add(std::string("activation ") + a.name, {layer("dense", 6, act)}, Shape{4}, dbl);
        }
        add("mlp batchnorm dropout prelu",
            {layer("dense", 8, NamedSpec("relu")), layer("batchnorm", 0, NamedSpec("linear"), {{"eps", 1e-3}}),
             layer("dropout", 0, NamedSpec("linear"), {{"rate", 0.3}}), layer("dense", 5),
             layer("prelu", 0, NamedSpec("linear"), {{"init", 0.1}}), layer("dense", 3, NamedSpec("softmax"))},
            Shape{3}, dbl);
        add("maxout", {layer("maxout", 4, NamedSpec("tanh"), {{"pieces", 3}}), layer("maxout", 2)}, Shape{5}, dbl);
        add("batchnorm2d maxpool flatten",
            {layer("batchnorm2d", 0, NamedSpec("linear"), {{"eps", 1e-3}}),
             layer("maxpool2d", 0, NamedSpec("linear"), {{"kernel", 2}, {"stride", 1}}), layer("flatten")},
            Shape{2, 3, 4}, dbl);
        // A vector into an image and on into another image (12 = 3x2x2 = 1x4x3; channels 0 inferred).
        add("dense reshape reshape flatten",
            {layer("dense", 12, NamedSpec("tanh")),
             layer("reshape", 0, NamedSpec("linear"), {{"channels", 3}, {"height", 2}, {"width", 2}}),
             layer("reshape", 0, NamedSpec("linear"), {{"height", 4}, {"width", 3}}), layer("flatten"),
             layer("dense", 2)},
            Shape{5}, dbl);
    }
    // Recurrent layers (OnnxRecurrent.cpp): each cell one way and both ways, every merge,
    // stacked (a sequence into a sequence), many-to-many into flatten and many-to-one into dense.
    auto recurrent = [](const std::string& type, Index units, bool sequences, const std::string& merge = "") {
        LayerSpec s = layer(type, units, NamedSpec("linear"), {{"return_sequences", sequences ? 1.0 : 0.0}});
        if (!merge.empty()) {
            s.choices["direction"] = "bidirectional";
            s.choices["merge"] = merge;
        }
        return s;
    };
    for (bool dbl : {false, true}) {
        add("rnn sequence flatten dense", {recurrent("rnn", 3, true), layer("flatten"), layer("dense", 2)}, Shape{5, 3}, dbl);
        add("lstm stacked", {recurrent("lstm", 4, true), recurrent("lstm", 3, false), layer("dense", 1)}, Shape{6, 2}, dbl);
        add("gru last step", {recurrent("gru", 4, false), layer("dense", 2, NamedSpec("softmax"))}, Shape{7, 3}, dbl);
        add("bidirectional lstm concat sequence", {recurrent("lstm", 3, true, "concat"), layer("flatten")}, Shape{4, 2}, dbl);
        add("bidirectional gru sum last step", {recurrent("gru", 3, false, "sum")}, Shape{5, 2}, dbl);
        add("bidirectional rnn multiply sequence", {recurrent("rnn", 2, true, "multiply")}, Shape{4, 3}, dbl);
        LayerSpec reluCell = recurrent("rnn", 3, true, "concat");
        reluCell.choices["nonlinearity"] = "relu";
        add("bidirectional relu rnn sequence", {reluCell, layer("flatten"), layer("dense", 2)}, Shape{4, 3}, dbl);
        add("bidirectional lstm concat last step", {recurrent("lstm", 2, false, "concat")}, Shape{3, 2}, dbl);
        // Many-to-many heads: a dense layer at every step (MatMul + Add, softmax over each step).
        add("lstm sequence dense every step", {recurrent("lstm", 3, true), layer("dense", 2, NamedSpec("tanh"))}, Shape{5, 2}, dbl);
        add("gru sequence softmax every step", {recurrent("gru", 4, true), layer("dense", 3, NamedSpec("softmax"))}, Shape{4, 3}, dbl);
    }
    for (OnnxCase& c : cases) {
        if (c.name == "activation gelu float64")
            c.runtimeGap = "onnxruntime 1.30's CPU provider has no float64 Erf (ONNX defines it; the model is valid)";
        const bool recurrent = c.name.find("rnn") != std::string::npos || c.name.find("lstm") != std::string::npos ||
                               c.name.find("gru") != std::string::npos;
        if (recurrent && c.doublePrecision)
            c.runtimeGap = "onnxruntime 1.30's CPU provider has no float64 RNN, LSTM or GRU (the model is valid)";
    }
    // Image layers, float32: onnxruntime's CPU provider has no float64 Conv or pooling.
    add("cnn conv maxpool avgpool flatten",
        {layer("conv2d", 3, NamedSpec("relu"), {{"kernel", 3}, {"padding", 1}}),
         layer("maxpool2d", 0, NamedSpec("linear"), {{"kernel", 2}, {"stride", 2}}),
         layer("conv2d", 4, NamedSpec("tanh"), {{"kernel", 2}, {"stride", 1}, {"dilation", 2}}),
         layer("avgpool2d", 0, NamedSpec("linear"), {{"kernel", 3}, {"stride", 2}, {"padding", 1}}),
         layer("flatten"), layer("dense", 3, NamedSpec("softmax"))},
        Shape{2, 8, 7}, false);
    add("cnn strided conv batchnorm2d global pool",
        {layer("conv2d", 4, NamedSpec("linear"), {{"kernel", 3}, {"stride", 2}, {"padding", 1}}),
         layer("batchnorm2d"), layer("maxpool2d", 0, NamedSpec("linear"), {{"kernel", 3}, {"stride", 1}, {"padding", 1}}),
         layer("global_avgpool"), layer("dense", 2, NamedSpec("sigmoid"))},
        Shape{3, 6, 6}, false);
    add("cnn global max pool",
        {layer("conv2d", 3, NamedSpec("tanh"), {{"kernel", 3}, {"padding", 1}}), layer("global_maxpool"),
         layer("dense", 2, NamedSpec("softmax"))},
        Shape{2, 5, 5}, false);
    add("cnn transposed conv",
        {layer("conv2d", 2, NamedSpec("elu"), {{"kernel", 3}, {"stride", 2}}),
         layer("conv_transpose2d", 3, NamedSpec("sigmoid"),
               {{"kernel", 3}, {"stride", 2}, {"padding", 1}, {"output_padding", 1}, {"dilation", 1}}),
         layer("conv_transpose2d", 1, NamedSpec("linear"), {{"kernel", 2}, {"dilation", 2}})},
        Shape{1, 7, 7}, false);
    add("cnn average pooling without the padded zeros",
        {layer("avgpool2d", 0, NamedSpec("linear"), {{"kernel", 3}, {"stride", 2}, {"padding", 1}, {"count_include_pad", 0}}),
         layer("flatten")},
        Shape{2, 5, 6}, false);
    // A DCGAN generator: noise -> dense -> reshape 2x3x3 -> transposed convolutions -> a 1x12x12 image.
    add("generator dense reshape conv_transpose",
        {layer("dense", 18, NamedSpec("relu")), layer("batchnorm"),
         layer("reshape", 0, NamedSpec("linear"), {{"channels", 2}, {"height", 3}, {"width", 3}}),
         layer("conv_transpose2d", 3, NamedSpec("leaky_relu"), {{"kernel", 4}, {"stride", 2}, {"padding", 1}}),
         layer("batchnorm2d"),
         layer("conv_transpose2d", 1, NamedSpec("tanh"), {{"kernel", 4}, {"stride", 2}, {"padding", 1}})},
        Shape{4}, false);
    add("cnn softmax over a whole image", {layer("conv2d", 2, NamedSpec("softmax"), {{"kernel", 2}})}, Shape{1, 4, 5},
        false);
    return cases;
}

// The digits lesson (resources/experiments/digits-cnn.json) with a batch
// normalisation after each convolution, on 300 images for speed.
Experiment digitsCnn() {
    Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/digits-cnn.json");
    e.data.points = 300;
    auto& layers = e.network.layers;
    for (std::size_t i = layers.size(); i-- > 0;)
        if (layers[i].type == "conv2d") {
            LayerSpec norm = layer("batchnorm2d", 0, NamedSpec("linear"), {{"momentum", 0.3}});
            norm.name = "norm" + std::to_string(i);
            layers.insert(layers.begin() + std::ptrdiff_t(i) + 1, norm);
        }
    return e;
}

// A trained experiment: the task's own test inputs through exportOnnx(task, ...).
OnnxCase experimentCase(const std::string& name, Experiment e, int epochs) {
    e.epochs = epochs;
    OnnxCase c;
    c.name = name;
    c.task = std::make_shared<SupervisedTask>(e);
    while (!c.task->finished()) c.task->runEpoch();
    c.input = roundedToFloat(c.task->data().testX.rows() > 0 ? c.task->data().testX : c.task->data().trainX);
    c.dims = {c.input.rows()};
    for (Index d : c.task->network().inputShape().dims) c.dims.push_back(d);  // (N, T, F) for sequences
    c.expected = predict(c.task->network(), c.input);
    c.tolerance = 1e-5;
    return c;
}

struct ToolCheck {
    QString node, runtimeDir, python;
    QString onnxMissing, torchMissing;
};

ToolCheck findTools() {
    ToolCheck t;
    t.node = QStandardPaths::findExecutable(QStringLiteral("node"));
    t.runtimeDir = qEnvironmentVariable("NNLAB_ONNXRUNTIME_DIR", QStringLiteral(NNLAB_ONNXRUNTIME_DIR));
    if (t.node.isEmpty())
        t.onnxMissing = QStringLiteral("node is not installed (scripts/install-deps.sh installs nodejs)");
    else if (!QFile::exists(t.runtimeDir + "/node_modules/onnxruntime-node/package.json"))
        t.onnxMissing = QStringLiteral("onnxruntime-node is not in %1 (run scripts/install-onnxruntime.sh %1)")
                            .arg(t.runtimeDir);
    t.python = qEnvironmentVariable("NNLAB_TORCH_PYTHON", QStringLiteral(NNLAB_TORCH_PYTHON));
    if (!QFile::exists(t.python)) {
        t.torchMissing = QStringLiteral("%1 does not exist (Debian's python3 with python3-torch)").arg(t.python);
    } else {
        QProcess p;
        p.start(t.python, {QStringLiteral("-c"), QStringLiteral("import torch, numpy")});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            t.torchMissing = QStringLiteral("%1 cannot import torch and numpy (apt-get install python3-torch): %2")
                                 .arg(t.python, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    }
    return t;
}

struct ProcessResult {
    int exitCode = -1;
    QString out, err;
};

ProcessResult run(const QString& program, const QStringList& args, int timeoutMs = 300000) {
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out: ") + program + " " + args.join(' ');
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Matrix jsonMatrix(const json& rows) {
    Matrix m(Index(rows.size()), rows.empty() ? 0 : Index(rows[0].size()));
    for (Index i = 0; i < m.rows(); ++i)
        for (Index j = 0; j < m.cols(); ++j) m(i, j) = rows[std::size_t(i)][std::size_t(j)].get<double>();
    return m;
}


// ---- PyTorch cases: an experiment (or a bare network with data) exported,
// and what nnlab computes for the script's --check mode.
struct TorchCase {
    std::string name;
    Experiment experiment;
    bool stepsComparable = true;  // false with dropout (torch draws other masks)
    std::shared_ptr<Network> net;  // set: a bare network with data (image layers)
    PytorchData data;
};

Experiment smallExperiment(const std::string& generator, int classes, std::vector<LayerSpec> layers,
                           const std::string& loss, const NamedSpec& optimizer) {
    Experiment e;
    e.title = "export case";
    e.data.generator = generator;
    e.data.classes = classes;
    e.data.points = 120;
    e.data.noise = 0.1;
    e.data.trainRatio = 0.6;
    e.data.seed = 3;
    e.features = {"x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"};
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (layers[i].name.empty()) layers[i].name = layers[i].type + "_" + std::to_string(i + 1);
    e.network.layers = std::move(layers);
    e.loss = NamedSpec(loss);
    e.optimizer = optimizer;
    e.batchSize = 8;
    e.epochs = 2;
    e.seed = 5;
    return e;
}

// A bare network (no data set of its own) with random parameters, inputs and regression targets.
TorchCase bareNetworkCase(const std::string& name, std::vector<LayerSpec> layers, const Shape& input, std::uint64_t seed) {
    TorchCase c;
    c.name = name;
    NetworkSpec spec;
    spec.layers = std::move(layers);
    c.experiment = smallExperiment("circle", 2, {}, "mse", NamedSpec("adam"));
    c.experiment.network = spec;
    c.net = std::make_shared<Network>(spec, input, 64);
    Rng rng(seed);
    c.net->initialize(rng);
    randomizeParameters(*c.net, rng);
    const Index outputs = c.net->outputShape().size();
    c.data.classification = false;
    c.data.trainX = randomInputs(20, input.size(), rng, 1.0);
    c.data.trainY = randomInputs(20, outputs, rng, 1.0);
    c.data.testX = randomInputs(6, input.size(), rng, 1.0);
    c.data.testY = randomInputs(6, outputs, rng, 1.0);
    c.data.trainLabels = c.data.trainY.leftCols(1);
    c.data.testLabels = c.data.testY.leftCols(1);
    return c;
}

std::vector<TorchCase> torchCases() {
    std::vector<TorchCase> cases;
    auto add = [&](const std::string& name, Experiment e, bool comparable = true) {
        cases.push_back({name, std::move(e), comparable, nullptr, {}});
    };
    const auto d = [](Index units, const char* act) { return layer("dense", units, NamedSpec(act)); };
    {
        Experiment e = defaultExperiment();
        e.epochs = 3;
        add("default experiment, trained", e);
    }
    // Every optimizer, each with another loss, output and penalty.
    add("sgd mae l1", [&] {
        Experiment e = smallExperiment("reg_plane", 0, {d(6, "tanh"), d(1, "linear")}, "mae", NamedSpec("sgd", {{"lr", 0.05}}));
        e.regularization.l1 = 1e-3;
        return e;
    }());
    add("momentum huber clip value", [&] {
        Experiment e = smallExperiment("reg_gaussian", 0, {d(6, "elu"), d(1, "linear")}, "huber",
                                       NamedSpec("momentum", {{"lr", 0.02}, {"momentum", 0.8}}));
        e.loss.params["delta"] = 0.5;
        e.regularization.clipValue = 0.05;
        return e;
    }());
    add("nesterov log_cosh", smallExperiment("reg_plane", 0, {d(5, "selu"), d(1, "linear")}, "log_cosh",
                                             NamedSpec("nesterov", {{"lr", 0.03}, {"momentum", 0.7}})));
    add("adagrad mse l2", [&] {
        Experiment e = smallExperiment("reg_plane", 0, {d(6, "softplus"), d(1, "linear")}, "mse", NamedSpec("adagrad"));
        e.regularization.l2 = 1e-3;
        return e;
    }());
    add("adadelta bce clip norm", [&] {
        Experiment e = smallExperiment("circle", 2, {d(6, "gelu"), d(1, "sigmoid")}, "bce", NamedSpec("adadelta"));
        e.regularization.clipNorm = 0.1;
        return e;
    }());
    add("rmsprop cce max-norm", [&] {
        Experiment e = smallExperiment("blobs", 3, {d(6, "gelu_tanh"), d(3, "softmax")}, "cce", NamedSpec("rmsprop"));
        e.regularization.maxNorm = 0.8;
        return e;
    }());
    add("adam sparse_cce warm-up", [&] {
        Experiment e = smallExperiment("blobs", 4, {d(6, "swish"), d(4, "softmax")}, "sparse_cce", NamedSpec("adam"));
        e.schedule.warmupEpochs = 3;
        return e;
    }());
    add("adamw hinge", smallExperiment("xor", 2, {d(6, "mish"), d(1, "tanh")}, "hinge",
                                       NamedSpec("adamw", {{"weight_decay", 0.05}})));
    add("amsgrad mse full batch", [&] {
        Experiment e = smallExperiment("reg_gaussian", 0, {d(6, "softsign"), d(1, "linear")}, "mse", NamedSpec("amsgrad"));
        e.batchSize = 0;
        return e;
    }());
    add("adamax bce", smallExperiment("moons", 2, {d(6, "leaky_relu"), d(1, "sigmoid")}, "bce", NamedSpec("adamax")));
    add("nadam cce", smallExperiment("multi_spiral", 3, {d(6, "hard_sigmoid"), d(6, "relu"), d(3, "softmax")}, "cce",
                                     NamedSpec("nadam", {{"lr", 0.02}})));
    // The other flat layers.
    add("batchnorm prelu maxout",
        smallExperiment("spiral", 2,
                        {d(8, "linear"), layer("batchnorm", 0, NamedSpec("linear"), {{"momentum", 0.2}}),
                         layer("prelu", 0, NamedSpec("linear"), {{"init", 0.1}}),
                         layer("maxout", 4, NamedSpec("tanh"), {{"pieces", 3}}),
                         layer("dropout", 0, NamedSpec("linear"), {{"rate", 0.0}}), d(1, "sigmoid")},
                        "bce", NamedSpec("adam")));
    add("dropout (predictions only)",
        smallExperiment("circle", 2, {d(8, "relu"), layer("dropout", 0, NamedSpec("linear"), {{"rate", 0.4}}), d(1, "sigmoid")},
                        "bce", NamedSpec("sgd")),
        false);
    // Recurrent layers on the adding problem (6 steps): each cell, truncated BPTT,
    // stacked, bidirectional with every merge; and the adding lesson itself.
    auto sequence = [&](std::vector<LayerSpec> layers, const NamedSpec& optimizer) {
        Experiment e = smallExperiment("adding", 0, std::move(layers), "mse", optimizer);
        e.features.clear();
        e.data.steps = 6;
        e.data.noise = 0.0;
        return e;
    };
    auto recurrent = [](const std::string& type, Index units, bool sequences, double truncate = 0.0,
                        const std::string& merge = "") {
        LayerSpec s = layer(type, units, NamedSpec("linear"), {{"return_sequences", sequences ? 1.0 : 0.0}, {"truncate", truncate}});
        if (!merge.empty()) {
            s.choices["direction"] = "bidirectional";
            s.choices["merge"] = merge;
        }
        return s;
    };
    add("lstm truncated l2 clip norm", [&] {
        Experiment e = sequence({recurrent("lstm", 5, false, 4.0), d(1, "linear")}, NamedSpec("adam", {{"lr", 0.02}}));
        e.regularization.l2 = 1e-3;
        e.regularization.clipNorm = 0.5;
        return e;
    }());
    add("rnn stacked on gru, max-norm",  [&] {
        Experiment e = sequence({recurrent("gru", 4, true), recurrent("rnn", 3, false, 2.0), d(1, "linear")},
                                NamedSpec("rmsprop"));
        e.regularization.maxNorm = 0.9;
        return e;
    }());
    add("bidirectional lstm concat, gru sum, rnn multiply",
        sequence({recurrent("lstm", 3, true, 0.0, "concat"), recurrent("gru", 3, true, 3.0, "sum"),
                  recurrent("rnn", 2, false, 0.0, "multiply"), d(1, "linear")},
                 NamedSpec("sgd", {{"lr", 0.1}})));
    add("relu rnn into dense", [&] {
        Experiment e = sequence({recurrent("rnn", 4, false), d(1, "linear")}, NamedSpec("adam"));
        e.network.layers[0].choices["nonlinearity"] = "relu";
        return e;
    }());
    add("bidirectional gru sequence into flatten",
        sequence({recurrent("gru", 2, true, 0.0, "concat"), layer("flatten"), d(1, "linear")}, NamedSpec("adam")));
    add("sines_steps: lstm with a dense head at every step", [&] {
        Experiment e = sequence({recurrent("lstm", 4, true), d(1, "linear")}, NamedSpec("adam"));
        e.data.generator = "sines_steps";
        return e;
    }());
    {
        Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/adding-lstm.json");
        e.data.steps = 10;
        e.data.points = 150;
        e.epochs = 2;
        add("adding-lstm lesson", e);
    }
    {
        // A CNN experiment on images (conv, batchnorm2d, pool, flatten, dense, per-channel
        // normalisation), exported from its task as a student would.
        Experiment e = digitsCnn();
        e.batchSize = 16;
        // The script trains in double: compared with the engine's double products
        // (the shipped file's float32 products agree to ~1e-6 only).
        e.training.precision = Precision::Float64;
        add("digits cnn with batchnorm2d", e);
    }
    // Image layers: a bare network with random images and regression targets.
    cases.push_back(bareNetworkCase(
        "image layers",
        {layer("conv2d", 3, NamedSpec("relu"), {{"kernel", 3}, {"padding", 1}}), layer("batchnorm2d"),
         layer("maxpool2d", 0, NamedSpec("linear"), {{"kernel", 2}, {"stride", 2}}),
         layer("conv_transpose2d", 2, NamedSpec("tanh"), {{"kernel", 3}, {"stride", 2}, {"output_padding", 1}}),
         layer("avgpool2d", 0, NamedSpec("linear"), {{"kernel", 3}, {"stride", 2}, {"padding", 1}}),
         layer("conv2d", 2, NamedSpec("sigmoid"), {{"kernel", 2}, {"dilation", 2}}), layer("global_avgpool"),
         layer("flatten"), layer("dense", 2, NamedSpec("linear"))},
        Shape{2, 6, 6}, 11));
    // A convolutional generator's layers: dense, reshape, transposed convolutions, trained
    // on regression targets of its 1x12x12 image (the script flattens the image to rows).
    cases.push_back(bareNetworkCase(
        "generator layers: dense reshape conv_transpose",
        {layer("dense", 18, NamedSpec("leaky_relu")), layer("batchnorm"),
         layer("reshape", 0, NamedSpec("linear"), {{"channels", 2}, {"height", 3}, {"width", 3}}),
         layer("conv_transpose2d", 3, NamedSpec("relu"), {{"kernel", 4}, {"stride", 2}, {"padding", 1}}),
         layer("batchnorm2d"),
         layer("conv_transpose2d", 1, NamedSpec("sigmoid"), {{"kernel", 4}, {"stride", 2}, {"padding", 1}})},
        Shape{4}, 12));
    cases.push_back(bareNetworkCase("global max pooling head",
                                    {layer("conv2d", 3, NamedSpec("tanh"), {{"kernel", 3}}), layer("global_maxpool"),
                                     layer("dense", 2, NamedSpec("linear"))},
                                    Shape{2, 6, 6}, 13));
    return cases;
}

// The losses of `steps` steps on training rows in order, as train.py --check does.
std::vector<double> nnlabSteps(Network& net, const Experiment& e, const Matrix& x, const Matrix& y, int steps) {
    const Index n = x.rows();
    const Index batch = e.batchSize <= 0 ? n : std::min<Index>(e.batchSize, n);
    Loss loss(e.loss);
    std::unique_ptr<Optimizer> optimizer = makeOptimizer(e.optimizer);
    std::vector<Param> params = net.params();
    optimizer->bind(params);
    const double lr0 = optimizer->learningRate();
    // SupervisedTask::scheduledLearningRate(0): only a warm-up changes epoch 0.
    if (e.schedule.warmupEpochs > 0) optimizer->setLearningRate(lr0 / (e.schedule.warmupEpochs + 1.0));
    StepBuffers buffers;
    buffers.dPred = Matrix::Zero(batch, net.outputShape().size());
    Matrix bx(batch, x.cols()), by(batch, y.cols());
    Rng rng(1);
    std::vector<double> losses;
    for (int s = 0; s < steps; ++s) {
        for (Index r = 0; r < batch; ++r) {
            bx.row(r) = x.row((s * batch + r) % n);
            by.row(r) = y.row((s * batch + r) % n);
        }
        Pass pass{true, &rng};
        const StepResult result = computeGradients(net, loss, params, e.regularization, bx, by, buffers, pass);
        applyUpdate(*optimizer, params, e.regularization);
        losses.push_back(result.loss);
    }
    return losses;
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ToolCheck m_tools;
    std::vector<OnnxCase> m_cases;
    json m_onnxResults;
    QString m_onnxError;  // running node failed as a whole
    std::vector<TorchCase> m_torchCases;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_tools = findTools();
        m_cases = networkCases();
        Experiment def = defaultExperiment();
        m_cases.push_back(experimentCase("trained default experiment", def, 5));
        const QString examples = QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/");
        // The adding lessons (and a GRU variant) after a little training, on 8 steps for speed.
        for (const char* cell : {"lstm", "rnn", "gru"}) {
            Experiment e = readExperimentFile((examples + "adding-lstm.json").toStdString());
            e.data.steps = 8;
            e.data.points = 200;
            e.network.layers.at(0).type = cell;
            m_cases.push_back(experimentCase(std::string("trained adding problem ") + cell, e, 2));
        }
        // A trained CNN on images (conv, batchnorm2d, pool, flatten, dense), normalised per channel:
        // the task's (N, 1, 28, 28) test images into onnxruntime.
        m_cases.push_back(experimentCase("trained digits cnn with batchnorm2d", digitsCnn(), 1));
        const QStringList files = QDir(examples).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable("no example experiments in " + examples));
        for (const QString& f : files) {
            try {
                Experiment e = readExperimentFile((examples + f).toStdString());
                if (e.kind != kSupervisedKind) continue;  // ONNX and PyTorch export networks only
                // Image networks take NCHW inputs (N, C, H, W), fed as they are; sequences and
                // text have their own cases above.
                const GeneratorInfo& data = findGenerator(e.data.generator);
                const bool images = sampleShapeFor(data, e.data).dims.size() == 3 || data.source == DataSource::Idx;
                if (!data.isPlane() && e.data.generator != "csv" && e.data.generator != "custom" && !images) continue;
                if (data.source == DataSource::Idx) {
                    if (!QDir(kFashionMnistFolder).exists()) continue;  // Debian's dataset-fashion-mnist is optional
                    e.data.subset = 300;
                    e.data.testSubset = 100;
                }
                if (data.source == DataSource::Formula && images) e.data.points = std::min(e.data.points, 300);
                m_cases.push_back(experimentCase("example " + f.toStdString(), e, images ? 1 : 2));
            } catch (const std::exception& e) {
                QFAIL(qPrintable("example " + f + ": " + e.what()));
            }
        }
        // Export every case, then run them all in one node process.
        json jobs = json::array();
        for (std::size_t i = 0; i < m_cases.size(); ++i) {
            OnnxCase& c = m_cases[i];
            c.file = m_dir.filePath(QStringLiteral("case%1.onnx").arg(i));
            if (c.task) exportOnnx(*c.task, c.file.toStdString(), c.doublePrecision);
            else {
                OnnxOptions o;
                o.doublePrecision = c.doublePrecision;
                exportOnnx(*c.net, c.file.toStdString(), o);
            }
            json job = {{"model", c.file.toStdString()}, {"dims", c.dims},
                        {"dtype", c.doublePrecision ? "float64" : "float32"}};
            job["input"] = std::vector<double>(c.input.data(), c.input.data() + c.input.size());
            jobs.push_back(job);
        }
        if (!m_tools.onnxMissing.isEmpty()) return;
        const QString jobsPath = m_dir.filePath(QStringLiteral("jobs.json"));
        std::ofstream(jobsPath.toStdString()) << jobs.dump();
        const ProcessResult r =
            run(m_tools.node, {QStringLiteral(NNLAB_ONNX_RUNNER), m_tools.runtimeDir, jobsPath});
        if (r.exitCode != 0) {
            m_onnxError = QStringLiteral("node run_onnx.mjs failed (%1): %2").arg(r.exitCode).arg(r.err);
            return;
        }
        try {
            m_onnxResults = json::parse(r.out.toStdString());
        } catch (const std::exception& e) {
            m_onnxError = QStringLiteral("run_onnx.mjs printed no JSON: ") + e.what();
        }
    }

    // Every layer type of the table has an ONNX translation tested here.
    void everyLayerTypeIsCovered() {
        std::set<std::string> covered;
        for (const OnnxCase& c : m_cases) {
            Network& net = c.task ? c.task->network() : *c.net;
            for (std::size_t i = 0; i < net.size(); ++i) covered.insert(net.layer(i).spec().type);
        }
        // Layer normalisation has no ONNX translation yet: exporting it is refused, by name.
        const std::set<std::string> noExportYet = {"layernorm"};
        for (const LayerInfo& info : layerTable()) {
            if (noExportYet.count(info.type)) {
                QVERIFY2(!covered.count(info.type), qPrintable(QStringLiteral("%1 is exported now: drop it from noExportYet").arg(info.type)));
                NetworkSpec spec;
                spec.layers = {layer(info.type, info.hasUnits ? 3 : 0)};
                Network net(spec, Shape{4, 2}, 2);
                try {
                    exportOnnx(net, m_dir.filePath(QStringLiteral("refused.onnx")).toStdString(), OnnxOptions());
                    QFAIL(qPrintable(QStringLiteral("%1 was exported without a translation").arg(info.type)));
                } catch (const SpecError& e) {
                    QVERIFY2(QString(e.what()).contains(QStringLiteral("has no ONNX export yet")), e.what());
                }
                continue;
            }
            QVERIFY2(covered.count(info.type),
                     qPrintable(QStringLiteral("layer type \"%1\" has no ONNX export case in tst_export.cpp")
                                    .arg(info.type)));
        }
    }

    void onnxMatchesNnlab_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_cases.size(); ++i)
            QTest::newRow(m_cases[i].name.c_str()) << int(i);
    }
    void onnxMatchesNnlab() {
        QFETCH(int, index);
        const OnnxCase& c = m_cases[std::size_t(index)];
        REQUIRE_TOOL(m_tools.onnxMissing);
        QVERIFY2(m_onnxError.isEmpty(), qPrintable(m_onnxError));
        QVERIFY(m_onnxResults.is_array() && m_onnxResults.size() == m_cases.size());
        const json& r = m_onnxResults[std::size_t(index)];
        if (c.runtimeGap) QEXPECT_FAIL("", c.runtimeGap, Abort);
        QVERIFY2(!r.contains("error"), r.value("error", std::string()).c_str());
        const std::vector<double> flat = r.at("output").get<std::vector<double>>();
        const std::vector<std::int64_t> dims = r.at("dims").get<std::vector<std::int64_t>>();
        QCOMPARE(dims.front(), std::int64_t(c.expected.rows()));
        QCOMPARE(Index(flat.size()), c.expected.size());
        const Matrix got = Eigen::Map<const Matrix>(flat.data(), c.expected.rows(), c.expected.cols());
        const double err = relativeError(got, c.expected);
        qInfo("%s: max relative error vs onnxruntime %.3g", c.name.c_str(), err);
        QVERIFY2(err < c.tolerance, qPrintable(QStringLiteral("%1: relative error %2 >= %3")
                                                   .arg(QString::fromStdString(c.name)).arg(err).arg(c.tolerance)));
    }

    // The metadata names the columns; the input and output are "input" and "output".
    void onnxMetadataNamesTheColumns() {
        const OnnxCase* c = nullptr;
        for (const OnnxCase& k : m_cases)
            if (k.name == "trained default experiment") c = &k;
        QVERIFY(c);
        const std::string bytes = readText(c->file);
        QVERIFY(bytes.size() > 100);
        // The strings are stored as they are in the protobuf encoding.
        QVERIFY(bytes.find("x1,x2,x1_sq,x2_sq,x1_x2,sin_x1,sin_x2") != std::string::npos);
        QVERIFY(bytes.find("nnlab.inputs") != std::string::npos);
        QVERIFY(bytes.find("output") != std::string::npos);
        QVERIFY(bytes.find("Input (N, 7) = the network input") != std::string::npos);
        // A sequence model's doc string gives its input as (N, T, F).
        for (const OnnxCase& k : m_cases)
            if (k.name == "trained adding problem lstm")
                QVERIFY(readText(k.file).find("Input (N, 8, 2) = the network input") != std::string::npos);
    }

    void onnxRejectsBadOptionsAndKeepsTheOldFile() {
        NetworkSpec spec;
        spec.layers = {layer("dense", 2, NamedSpec("tanh"))};
        Network net(spec, Shape{2}, 4);
        Rng rng(1);
        net.initialize(rng);
        const QString path = m_dir.filePath(QStringLiteral("keep.onnx"));
        {
            std::ofstream(path.toStdString()) << "previous content";
        }
        OnnxOptions bad;
        bad.opset = 99;
        QVERIFY_THROWS_EXCEPTION(SpecError, exportOnnx(net, path.toStdString(), bad));
        QCOMPARE(readText(path), std::string("previous content"));
        // A directory that does not exist: an error naming the path, no file.
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/dir/model.onnx"));
        try {
            exportOnnx(net, nowhere.toStdString());
            QFAIL("writing into a missing directory succeeded");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).startsWith(nowhere), e.what());
        }
        QVERIFY(!QFile::exists(nowhere));
        // No temporary files are left behind.
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*.part-*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
    }

    // ---- PyTorch: the generated script, run by Debian's python3-torch.
    void pytorchReproducesNnlab_data() {
        QTest::addColumn<int>("index");
        m_torchCases = torchCases();
        for (std::size_t i = 0; i < m_torchCases.size(); ++i) QTest::newRow(m_torchCases[i].name.c_str()) << int(i);
    }
    void pytorchReproducesNnlab() {
        QFETCH(int, index);
        TorchCase& c = m_torchCases[std::size_t(index)];
        const QString dir = m_dir.filePath(QStringLiteral("torch%1").arg(index));
        constexpr int kSteps = 6;
        Network* net = c.net.get();
        std::unique_ptr<SupervisedTask> task;
        Matrix x, y, testX;
        if (!net) {
            task = std::make_unique<SupervisedTask>(c.experiment);
            if (index == 0) {  // the default experiment: continue from trained weights
                while (!task->finished()) task->runEpoch();
            }
            exportPytorch(*task, dir.toStdString());
            net = &task->network();
            x = task->data().trainX;
            y = task->data().trainY;
            testX = task->data().testX;
        } else {
            exportPytorch(*net, c.experiment, c.data, dir.toStdString());
            x = c.data.trainX;
            y = c.data.trainY;
            testX = c.data.testX;
        }
        for (const char* f : {"train.py", "weights.npz", "data.npz"})
            QVERIFY2(QFile::exists(dir + "/" + f), f);
        const Matrix trainPred = predict(*net, x), testPred = predict(*net, testX);
        const std::vector<double> losses = nnlabSteps(*net, c.experiment, x, y, kSteps);
        const Matrix afterPred = predict(*net, x);

        REQUIRE_TOOL(m_tools.torchMissing);
        const ProcessResult r =
            run(m_tools.python, {dir + "/train.py", QStringLiteral("--check"), QString::number(kSteps)});
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("train.py --check failed (%1):\n%2").arg(r.exitCode).arg(r.err)));
        json out;
        try {
            out = json::parse(r.out.toStdString());
        } catch (const std::exception& e) {
            QFAIL(qPrintable(QStringLiteral("train.py printed no JSON: %1\n%2").arg(e.what(), r.out.left(400))));
        }
        const double predErr = std::max(relativeError(jsonMatrix(out["train_predictions"]), trainPred),
                                        testPred.rows() ? relativeError(jsonMatrix(out["test_predictions"]), testPred) : 0.0);
        const std::vector<double> torchLosses = out["losses"].get<std::vector<double>>();
        QCOMPARE(torchLosses.size(), losses.size());
        double lossErr = 0.0;
        for (std::size_t s = 0; s < losses.size(); ++s)
            lossErr = std::max(lossErr, std::abs(torchLosses[s] - losses[s]) / std::abs(losses[s]));
        const double afterErr = relativeError(jsonMatrix(out["train_predictions_after"]), afterPred);
        qInfo("%s: predictions %.3g, losses of %d steps %.3g, predictions after them %.3g (max relative errors)",
              c.name.c_str(), predErr, kSteps, lossErr, afterErr);
        QVERIFY2(predErr < 1e-9, qPrintable(QStringLiteral("predictions differ: %1").arg(predErr)));
        if (!c.stepsComparable) return;
        QVERIFY2(lossErr < 1e-9, qPrintable(QStringLiteral("step losses differ: %1 (nnlab %2, torch %3)")
                                                .arg(lossErr)
                                                .arg(QString::fromStdString(json(losses).dump()))
                                                .arg(QString::fromStdString(json(torchLosses).dump()))));
        QVERIFY2(afterErr < 1e-8, qPrintable(QStringLiteral("predictions after the steps differ: %1").arg(afterErr)));
    }

    // The script's own training loop runs, prints the history and saves weights nnlab's layout.
    void pytorchScriptTrains() {
        Experiment e = smallExperiment("circle", 2, {layer("dense", 6, NamedSpec("tanh")), layer("dense", 1, NamedSpec("sigmoid"))},
                                       "bce", NamedSpec("adam", {{"lr", 0.05}}));
        e.earlyStopping.enabled = true;
        e.earlyStopping.patience = 2;
        e.schedule.kind = "cosine";
        SupervisedTask task(e);
        const QString dir = m_dir.filePath(QStringLiteral("torch-train"));
        exportPytorch(task, dir.toStdString());
        REQUIRE_TOOL(m_tools.torchMissing);
        const QString saved = dir + "/out.npz";
        const ProcessResult r = run(m_tools.python, {dir + "/train.py", QStringLiteral("--epochs"), QStringLiteral("3"),
                                                     QStringLiteral("--save"), saved});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("epoch 1/3 train_loss")), qPrintable(r.out));
        QVERIFY(QFile::exists(saved));
        // The saved file has nnlab's names and shapes.
        const ProcessResult keys = run(m_tools.python, {QStringLiteral("-c"),
            QStringLiteral("import numpy, sys; d = numpy.load(sys.argv[1]); "
                           "print(sorted((k, d[k].shape) for k in d.files))"), saved});
        QCOMPARE(keys.out.trimmed(), QStringLiteral("[('dense_1.W', (6, 7)), ('dense_1.b', (1, 6)), "
                                                    "('dense_2.W', (1, 6)), ('dense_2.b', (1, 1))]"));
    }

    // ---- .npz: NumPy reads what NpzWriter writes (uses python3's numpy when there).
    void npzReadsBackInNumpy() {
        NpzWriter w;
        Matrix a(2, 3);
        a << 1, 2, 3, 4, 5, 6.5;
        w.add("a", a);
        w.add("flat", a, {6});
        w.add("scalar", Matrix::Constant(1, 1, -0.25), {});
        w.add("empty", Matrix(0, 4));
        w.add("image", Matrix::Constant(1, 8, 1.5), {2, 2, 2});
        const std::string bytes = w.bytes();
        // Every .npy header is padded to a 64-byte boundary (NEP 1).
        QCOMPARE((npyBytes(a, {2, 3}).size() - 6 * 8) % 64, std::size_t(0));
        const QString path = m_dir.filePath(QStringLiteral("t.npz"));
        writeFileAtomically(path.toStdString(), bytes);
        REQUIRE_TOOL(m_tools.torchMissing);
        const ProcessResult r = run(m_tools.python, {QStringLiteral("-c"),
            QStringLiteral("import numpy, sys, zipfile; assert zipfile.ZipFile(sys.argv[1]).testzip() is None; "
                           "d = numpy.load(sys.argv[1]); "
                           "print([(k, d[k].shape, d[k].dtype.str, d[k].ravel().tolist()) for k in d.files])"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("[('a', (2, 3), '<f8', [1.0, 2.0, 3.0, 4.0, 5.0, 6.5]), "
                                "('flat', (6,), '<f8', [1.0, 2.0, 3.0, 4.0, 5.0, 6.5]), ('scalar', (), '<f8', [-0.25]), "
                                "('empty', (0, 4), '<f8', []), ('image', (2, 2, 2), '<f8', [1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5])]"));
    }

    // ---- CSV: history, weights and data; the data loads back as a CSV data set.
    void csvExportWritesHistoryWeightsAndData() {
        Experiment e = smallExperiment("blobs", 3, {layer("dense", 4, NamedSpec("relu")), layer("batchnorm"),
                                                    layer("dense", 3, NamedSpec("softmax"))},
                                       "cce", NamedSpec("adam"));
        e.features = {"x1", "x2"};
        SupervisedTask task(e);
        task.runEpoch();
        const QString dir = m_dir.filePath(QStringLiteral("csv/out"));
        const std::vector<std::string> files = exportCsv(task, dir.toStdString());
        QCOMPARE(files.size(), std::size_t(4));
        const std::string history = readText(dir + "/history.csv");
        QVERIFY2(history.rfind("epoch,step,train_loss,test_loss,train_accuracy,test_accuracy,learning_rate\n1,", 0) == 0,
                 history.c_str());
        // weights.csv: every number once, in network order; one line checked against the layer.
        const std::string weights = readText(dir + "/weights.csv");
        std::istringstream lines(weights);
        std::string line;
        std::getline(lines, line);
        QCOMPARE(line, std::string("layer,parameter,row,column,value"));
        std::getline(lines, line);
        const Matrix& w0 = *task.network().layer(0).params()[0].value;
        QCOMPARE(line, "dense_1,W,0,0," + csvNumber(w0(0, 0)));
        QCOMPARE(std::stod(csvNumber(w0(0, 0))), w0(0, 0));  // round trip
        std::size_t count = 0;
        while (std::getline(lines, line)) ++count;
        QCOMPARE(count + 1, std::size_t(2 * 4 + 4 + 4 * 4 + 4 * 3 + 3));  // W, b, gamma, beta, mean, var, W, b
        QVERIFY(weights.find("batchnorm_2,running_var,0,3,") != std::string::npos);
        // train.csv loads back as the same points and labels.
        const CsvTable train = readCsvFile((dir + "/train.csv").toStdString());
        QVERIFY(train.header == (std::vector<std::string>{"x1", "x2", "label"}));
        const Dataset back = datasetFromCsv(train, -1, {});
        QVERIFY(back.points == task.data().trainPoints);
        QCOMPARE(back.numClasses, 3);
        QCOMPARE(readCsvFile((dir + "/test.csv").toStdString()).values.rows(), task.data().testPoints.rows());
    }

    // ---- nnlab-cli export and predict, run as processes.
    void cliExportAndPredict() {
        Experiment e = smallExperiment("blobs", 3, {layer("dense", 5, NamedSpec("tanh")), layer("dense", 3, NamedSpec("softmax"))},
                                       "cce", NamedSpec("adam"));
        e.features = {"x1", "x2", "x1_x2"};
        SupervisedTask task(e);
        task.runEpoch();
        Experiment trained = task.experiment();
        trained.weights = task.weights();
        const QString dir = m_dir.filePath(QStringLiteral("cli"));
        QDir().mkpath(dir);
        const QString exp = dir + "/trained.json", untrained = dir + "/untrained.json";
        writeExperimentFile(trained, exp.toStdString());
        writeExperimentFile(e, untrained.toStdString());
        const QString cli = QStringLiteral(NNLAB_CLI_PATH);

        ProcessResult r = run(cli, {QStringLiteral("export"), exp, QStringLiteral("--onnx"), dir + "/m.onnx",
                                    QStringLiteral("--pytorch"), dir + "/torch", QStringLiteral("--csv"), dir + "/csv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char* f : {"/m.onnx", "/torch/train.py", "/torch/weights.npz", "/torch/data.npz", "/csv/weights.csv",
                              "/csv/train.csv", "/csv/test.csv"})
            QVERIFY2(QFile::exists(dir + f), f);
        QCOMPARE(readText(dir + "/m.onnx"), onnxModelBytes(task.network(), onnxOptionsFor(task)));

        // predict: one row per input row, the values of predictPoints.
        {
            std::ofstream in((dir + "/in.csv").toStdString());
            in << "x1,x2\n0.5,-1\n2,3.25\n-4,0\n";
        }
        r = run(cli, {QStringLiteral("predict"), exp, dir + "/in.csv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList rows = r.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], QStringLiteral("x1,x2,output_0,output_1,output_2,class"));
        Matrix points(3, 2);
        points << 0.5, -1, 2, 3.25, -4, 0;
        const Matrix expected = task.predictPoints(points);
        for (int i = 0; i < 3; ++i) {
            const QStringList cells = rows[i + 1].split(',');
            QCOMPARE(cells.size(), 6);
            for (int k = 0; k < 3; ++k) QCOMPARE(cells[2 + k].toDouble(), expected(i, k));
            Index arg;
            expected.row(i).maxCoeff(&arg);
            QCOMPARE(cells[5], QString::number(arg));
        }
        r = run(cli, {QStringLiteral("predict"), exp, dir + "/in.csv", QStringLiteral("--out"), dir + "/pred.csv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QString::fromStdString(readText(dir + "/pred.csv")).trimmed(), rows.join('\n'));

        // Bad input: the message says what is wrong, and nothing is written.
        {
            std::ofstream((dir + "/bad_row.csv").toStdString()) << "x1,x2\n1,2\n3,abc\n";
            std::ofstream((dir + "/three.csv").toStdString()) << "1,2,3\n4,5,6\n";
            std::ofstream((dir + "/damaged.json").toStdString()) << readText(exp).substr(0, 200);
        }
        struct Bad {
            QStringList args;
            QString message;
        };
        const QString out = dir + "/never.csv";
        const QList<Bad> bad = {
            {{QStringLiteral("predict"), exp, dir + "/bad_row.csv", QStringLiteral("--out"), out}, "bad_row.csv:3:"},
            {{QStringLiteral("predict"), exp, dir + "/three.csv", QStringLiteral("--out"), out},
             "3 columns, the experiment's inputs are 2 (x1, x2)"},
            {{QStringLiteral("predict"), untrained, dir + "/in.csv", QStringLiteral("--out"), out}, "no trained weights"},
            {{QStringLiteral("predict"), dir + "/damaged.json", dir + "/in.csv", QStringLiteral("--out"), out},
             "damaged.json:"},
            {{QStringLiteral("predict"), dir + "/m.onnx", dir + "/in.csv", QStringLiteral("--out"), out}, "m.onnx:"},
            {{QStringLiteral("predict"), exp, dir + "/m.onnx", QStringLiteral("--out"), out}, "m.onnx"},
            {{QStringLiteral("export"), dir + "/damaged.json", QStringLiteral("--onnx"), out}, "damaged.json:"},
            {{QStringLiteral("export"), exp, QStringLiteral("--onnx"), out, QStringLiteral("--opset"), QStringLiteral("9")},
             "opset: 9 is outside 13..17"},
        };
        for (const Bad& b : bad) {
            r = run(cli, b.args);
            QVERIFY2(r.exitCode == 1, qPrintable(b.args.join(' ') + " -> " + QString::number(r.exitCode) + r.err));
            QVERIFY2(r.err.contains(b.message), qPrintable(b.args.join(' ') + ": " + r.err));
            QVERIFY2(!QFile::exists(out), qPrintable(b.args.join(' ') + " wrote " + out));
        }
        const QStringList left = QDir(dir).entryList({QStringLiteral("*.part-*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
        // --help of each command: usage on stdout, status 0.
        for (const char* command : {"export", "predict"}) {
            r = run(cli, {QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith(QStringLiteral("usage: nnlab-cli ") + command));
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
