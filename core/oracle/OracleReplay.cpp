#include "oracle/OracleReplay.h"

#include "Error.h"
#include "activations/Activation.h"
#include "layers/BatchNorm.h"
#include "layers/BatchNorm2d.h"
#include "layers/Dropout.h"
#include "layers/LayerTable.h"
#include "layers/Recurrent.h"
#include "layers/SequenceView.h"
#include "losses/AdversarialLoss.h"
#include "losses/GaussianKl.h"
#include "losses/Loss.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"
#include "training/Regularizer.h"
#include "training/TrainStep.h"

#include <cmath>
#include <cctype>
#include <fstream>
#include <limits>
#include <map>

namespace nnlab {
namespace {

using nlohmann::json;

void flatten(const json& j, std::vector<double>& out) {
    if (j.is_number()) {
        out.push_back(j.get<double>());
    } else if (j.is_boolean()) {  // a mask written as torch.bool
        out.push_back(j.get<bool>() ? 1.0 : 0.0);
    } else if (j.is_array()) {
        for (const auto& e : j) flatten(e, out);
    } else {
        throw DataError("expected numbers, got " + j.dump().substr(0, 40));
    }
}

std::vector<double> flat(const json& j) {
    std::vector<double> v;
    flatten(j, v);
    return v;
}

std::vector<double> flat(MatrixIn m) {
    std::vector<double> v;
    v.reserve(std::size_t(m.size()));
    for (Index r = 0; r < m.rows(); ++r)
        for (Index c = 0; c < m.cols(); ++c) v.push_back(m(r, c));
    return v;
}

// Nested list -> Matrix: the first dimension is rows, the rest flattened
// row-major (so NCHW images are one row per sample); a flat list is one row.
Matrix toMatrix(const json& j) {
    const std::vector<double> v = flat(j);
    const Index rows = (j.is_array() && !j.empty() && j[0].is_array()) ? Index(j.size()) : 1;
    const Index cols = rows ? Index(v.size()) / rows : 0;
    Matrix m(rows, cols);
    for (Index i = 0; i < rows * cols; ++i) m.data()[i] = v[std::size_t(i)];
    return m;
}

// The dimensions of a nested list: (N, C, H, W) -> {N, C, H, W}.
std::vector<Index> dimsOf(const json& j) {
    std::vector<Index> dims;
    for (const json* e = &j; e->is_array(); e = &(*e)[0]) {
        dims.push_back(Index(e->size()));
        if (e->empty()) break;
    }
    return dims;
}

// A list (vector) as a (1, n) row; a nested one as rows.
Matrix asParam(const json& j, Index rows, Index cols) {
    const std::vector<double> v = flat(j);
    if (Index(v.size()) != rows * cols) throw DataError("parameter has " + std::to_string(v.size()) + " numbers, expected " + std::to_string(rows * cols));
    Matrix m(rows, cols);
    for (Index i = 0; i < rows * cols; ++i) m.data()[i] = v[std::size_t(i)];
    return m;
}

// {"name": "huber", "delta": 1.0} -> NamedSpec with the numeric fields.
NamedSpec specOf(const json& j) {
    if (j.is_string()) return NamedSpec(j.get<std::string>());
    NamedSpec s(j.at("name").get<std::string>());
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "name" && it->is_number()) s.params[it.key()] = it->get<double>();
    return s;
}

void check(OracleResult& r, const std::string& what, const std::vector<double>& mine, const json& expected) {
    r.checks.push_back({what, oracleRelativeError(mine, flat(expected))});
}

// ---- activations ----------------------------------------------------------

void replayActivations(const json& file, OracleResult& r) {
    for (auto it = file.at("cases").begin(); it != file.at("cases").end(); ++it) {
        const json& c = *it;
        NamedSpec spec(it.key());
        if (c.contains("activation")) spec = specOf(c["activation"]);
        for (const char* key : {"slope", "alpha", "beta", "negative_slope"})
            if (c.contains(key) && c[key].is_number()) spec.params[key == std::string("negative_slope") ? "slope" : key] = c[key].get<double>();
        std::unique_ptr<Activation> act;
        try {
            act = std::make_unique<Activation>(spec);
        } catch (const SpecError& e) {
            r.skippedParts.push_back(it.key() + ": " + e.what());
            continue;
        }
        const Matrix x = toMatrix(c.at("x"));
        Array y(x.rows(), x.cols()), dx(x.rows(), x.cols());
        act->forward(x.array(), y);
        check(r, it.key() + ".y", flat(y.matrix()), c.at("y"));
        if (!act->hasGradient()) continue;
        if (c.contains("upstream")) {
            const Matrix up = toMatrix(c["upstream"]);
            act->backward(x.array(), y, up.array(), dx);
            check(r, it.key() + ".dL_dx", flat(dx.matrix()), c.at("dL_dx"));
        }
        if (c.contains("dy_dx")) {
            const Array ones = Array::Ones(x.rows(), x.cols());
            act->backward(x.array(), y, ones, dx);
            check(r, it.key() + ".dy_dx", flat(dx.matrix()), c.at("dy_dx"));
        }
    }
}

// ---- losses ---------------------------------------------------------------

void replayLosses(const json& file, OracleResult& r) {
    for (auto it = file.at("cases").begin(); it != file.at("cases").end(); ++it) {
        const json& c = *it;
        const NamedSpec spec = c.contains("loss") ? specOf(c["loss"]) : NamedSpec(it.key());
        std::unique_ptr<Loss> loss;
        try {
            loss = std::make_unique<Loss>(spec);
        } catch (const SpecError& e) {
            r.skippedParts.push_back(it.key() + ": " + e.what());
            continue;
        }
        const Matrix pred = toMatrix(c.at("y_pred"));
        Matrix target = toMatrix(c.at("y_true"));
        if (target.rows() == 1 && pred.rows() > 1 && target.cols() == pred.rows()) target.transposeInPlace();
        check(r, it.key() + ".value", {loss->value(pred, target)}, c.at("value"));
        Matrix d(pred.rows(), pred.cols());
        loss->gradient(pred, target, d);
        check(r, it.key() + ".dL_dpred", flat(d), c.at("dL_dpred"));
    }
}

// ---- full training runs ---------------------------------------------------

std::string engineLayerType(const std::string& oracleName);

void replayTrain(const json& file, OracleResult& r) {
    NetworkSpec spec;
    const json& layers = file.at("layers");
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const json& l = layers[i];
        LayerSpec ls;
        ls.type = engineLayerType(l.value("type", std::string("dense")));
        const LayerInfo* info = nullptr;
        for (const LayerInfo& li : layerTable())
            if (ls.type == li.type) info = &li;
        // Layers on flat rows whose step is not random: any of the engine's.
        const bool random = ls.type == "dropout" && l.value("rate", 0.0) > 0.0;
        if (!info || random || ls.type == "rnn" || ls.type == "lstm" || ls.type == "gru") {
            r.skipped = true;
            r.reason = "layers[" + std::to_string(i) + "]: layer type \"" + ls.type + "\" in a training run is not supported yet";
            return;
        }
        if (info->hasUnits) ls.units = l.at("out").get<Index>();
        if (info->hasActivation) ls.activation = specOf(l.value("activation", json("linear")));
        for (const ParamDef& option : info->options)
            if (l.contains(option.key) && l[option.key].is_number()) ls.options[option.key] = l[option.key].get<double>();
        for (const ChoiceDef& choice : info->choices)
            if (l.contains(choice.key) && l[choice.key].is_string()) ls.choices[choice.key] = l[choice.key].get<std::string>();
        ls.weightInit = NamedSpec("zeros");
        spec.layers.push_back(ls);
    }
    const Matrix X = toMatrix(file.at("X"));
    Matrix Y = toMatrix(file.at("Y"));
    if (Y.rows() == 1 && X.rows() > 1) Y.transposeInPlace();
    const json& batches = file.at("batches");
    Index maxBatch = 1;
    for (const auto& b : batches) maxBatch = std::max<Index>(maxBatch, Index(b.size()));
    maxBatch = std::max(maxBatch, X.rows());

    Network net(spec, Shape{X.cols()}, maxBatch);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        for (Param& p : net.layer(i).params()) {
            if (!layers[i].contains(p.name)) throw DataError("layers[" + std::to_string(i) + "]: no \"" + p.name + "\"");
            *p.value = asParam(layers[i][p.name], p.value->rows(), p.value->cols());
        }
    }
    const Loss loss(specOf(file.at("loss")));
    std::vector<Param> params = net.params();
    auto optimizer = makeOptimizer(specOf(file.at("optimizer")));
    optimizer->bind(params);
    RegularizationSpec reg;
    if (file.contains("regularization")) {
        const json& g = file["regularization"];
        reg.l1 = g.value("l1", 0.0);
        reg.l1Proximal = false;  // the reference is PyTorch: l1 sign(W) in the gradient
        reg.l2 = g.value("l2", 0.0);
    }
    if (file.contains("clip")) {
        const json& c = file["clip"];
        reg.clipValue = c.value("value", 0.0);
        reg.clipNorm = c.value("norm", 0.0);
    }
    StepBuffers buffers{Matrix::Zero(maxBatch, net.outputShape().size())};
    Matrix bx(maxBatch, X.cols()), by(maxBatch, Y.cols());
    Rng rng(file.value("seed", 0));
    Pass pass{true, &rng};
    const json& expected = file.at("expected");
    std::vector<double> losses;
    for (std::size_t s = 0; s < batches.size(); ++s) {
        const json& rows = batches[s];
        const Index n = Index(rows.size());
        for (Index i = 0; i < n; ++i) {
            const Index src = rows[std::size_t(i)].get<Index>();
            bx.row(i) = X.row(src);
            by.row(i) = Y.row(src);
        }
        const StepResult res = computeGradients(net, loss, params, reg, bx.topRows(n), by.topRows(n), buffers, pass);
        losses.push_back(res.loss);
        if (s == 0 && expected.contains("grads_step0")) {
            const json& g0 = expected["grads_step0"];
            for (std::size_t i = 0; i < g0.size() && i < net.size(); ++i)
                for (Param& p : net.layer(i).params()) {
                    const std::string key = "d" + p.name;
                    if (g0[i].contains(key))
                        check(r, "layers[" + std::to_string(i) + "].d" + p.name + " step 0", flat(*p.grad), g0[i][key]);
                }
        }
        applyUpdate(*optimizer, params, reg);
    }
    if (expected.contains("loss_per_step")) check(r, "loss per step", losses, expected["loss_per_step"]);
    if (expected.contains("final_layers")) {
        const json& fl = expected["final_layers"];
        for (std::size_t i = 0; i < fl.size() && i < net.size(); ++i)
            for (Param& p : net.layer(i).params())
                if (fl[i].contains(p.name))
                    check(r, "layers[" + std::to_string(i) + "]." + p.name + " final", flat(*p.value), fl[i][p.name]);
    }
    if (expected.contains("final_full_loss")) {
        Pass eval{false, &rng};
        MatrixIn pred = net.forward(X, eval);
        check(r, "final full loss", {loss.value(pred, Y) + penalty(params, reg)}, expected["final_full_loss"]);
    }
}

// ---- single layers --------------------------------------------------------

// The oracle's layer names mapped to the engine's layer types.
std::string engineLayerType(const std::string& oracleName) {
    // PyTorch's names (module or functional) for the engine's layers.
    static const std::map<std::string, std::string> aliases = {
        {"batchnorm1d", "batchnorm"}, {"batch_norm", "batchnorm"}, {"batch_norm1d", "batchnorm"},
        {"batch_norm2d", "batchnorm2d"}, {"rnn_tanh", "rnn"}, {"rnn_relu", "rnn"}, {"linear", "dense"},
        {"max_pool2d", "maxpool2d"}, {"avg_pool2d", "avgpool2d"}, {"convtranspose2d", "conv_transpose2d"},
        {"conv_transpose", "conv_transpose2d"}, {"layer_norm", "layernorm"}, {"global_avg_pool", "global_avgpool"},
        {"adaptive_avg_pool2d", "global_avgpool"}, {"globalavgpool", "global_avgpool"}, {"global_max_pool", "global_maxpool"},
        {"adaptive_max_pool2d", "global_maxpool"}, {"globalmaxpool", "global_maxpool"}, {"maxpool", "maxpool2d"},
        {"max_pool", "maxpool2d"}, {"avgpool", "avgpool2d"}, {"avg_pool", "avgpool2d"}, {"conv", "conv2d"},
        {"conv2d_transpose", "conv_transpose2d"}, {"layer_norm1d", "layernorm"},
        {"adaptiveavgpool2d", "global_avgpool"}, {"adaptivemaxpool2d", "global_maxpool"},
        {"global_avg_pool2d", "global_avgpool"}, {"global_max_pool2d", "global_maxpool"}, {"gru_cell", "gru"},
        {"lstm_cell", "lstm"}, {"silu", "swish"}, {"leakyrelu", "leaky_relu"}, {"hardsigmoid", "hard_sigmoid"}};
    // Module spellings too: "nn.BatchNorm1d", "Conv2d", "ConvTranspose2d".
    std::string name = oracleName;
    for (const char* prefix : {"torch.nn.", "nn."})
        if (name.rfind(prefix, 0) == 0) name = name.substr(std::string(prefix).size());
    for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
    const auto it = aliases.find(name);
    return it == aliases.end() ? name : it->second;
}

// A recurrent case: x (T, B, I), initial states h0 (and c0), outputs every h_t
// (T, B, H), the last h (and the last c), an upstream gradient for each.
// The engine's rows are samples {T, I} (SequenceView.h), so x and the
// sequence output and upstream are converted; the final-state outputs are the
// layer's finalState(k), their upstreams go in through finalStateGrad(k).
void replayRecurrent(const json& file, const std::string& kind, OracleResult& r) {
    const json& params = file.at("params");
    const json& inputs = file.at("inputs");
    const std::vector<Index> xDims = dimsOf(inputs.at("x"));
    if (xDims.size() != 3) throw DataError("inputs.x: expected (T, B, I)");
    const Index steps = xDims[0], batch = xDims[1], in = xDims[2];
    LayerSpec ls;
    ls.type = kind;
    ls.name = kind;
    ls.units = dimsOf(params.at("W_hh")).at(1);
    ls.options["return_sequences"] = 1.0;
    // The simple cell's nonlinearity: a field as torch.nn.RNN's, or the name's suffix.
    const std::string name = file.value("layer", std::string());
    std::string nonlinearity = file.value("nonlinearity", std::string());
    if (nonlinearity.empty() && name.rfind("rnn_", 0) == 0) nonlinearity = name.substr(4);
    if (kind == "rnn" && !nonlinearity.empty()) ls.choices["nonlinearity"] = nonlinearity;
    LayerPtr made = makeLayer(ls);
    auto& layer = dynamic_cast<Recurrent&>(*made);
    const Shape shape{steps, in};
    layer.outputShape(shape);
    layer.reserve(shape, batch);
    for (Param& p : layer.params()) {
        if (!params.contains(p.name)) throw DataError("params: no \"" + p.name + "\" for " + kind);
        *p.value = asParam(params[p.name], p.value->rows(), p.value->cols());
    }
    const char* stateNames[2] = {"h0", "c0"};
    for (Index k = 0; k < layer.stateCount(); ++k) {
        if (inputs.contains(stateNames[k]))
            layer.initialState(k).topRows(batch) = asParam(inputs[stateNames[k]], batch, layer.units());
        const json& up = file.at("upstream");
        if (std::size_t(k) + 1 < up.size())
            layer.finalStateGrad(k).topRows(batch) = asParam(up[std::size_t(k) + 1], batch, layer.units());
    }
    Matrix x(batch, steps * in);
    stepsToRows(asParam(inputs.at("x"), steps * batch, in), batch, x);
    Rng rng(file.value("seed", 0));
    Pass pass{true, &rng};
    layer.forward(x, pass);
    Matrix outSteps(steps * batch, layer.units());
    rowsToSteps(layer.output(), steps, outSteps);
    const json& outputs = file.at("outputs");
    check(r, "output (all h_t)", flat(outSteps), outputs.at(0));
    for (Index k = 0; k < layer.stateCount() && std::size_t(k) + 1 < outputs.size(); ++k)
        check(r, k == 0 ? "last h" : "last c", flat(layer.finalState(k)), outputs[std::size_t(k) + 1]);
    Matrix up(batch, steps * layer.units());
    stepsToRows(asParam(file.at("upstream").at(0), steps * batch, layer.units()), batch, up);
    layer.backward(x, up, true);
    const json& grads = file.at("grads");
    Matrix dxSteps(steps * batch, in);
    rowsToSteps(layer.inputGrad(), steps, dxSteps);
    if (grads.contains("x")) check(r, "dx", flat(dxSteps), grads["x"]);
    for (Index k = 0; k < layer.stateCount(); ++k)
        if (grads.contains(stateNames[k])) check(r, std::string("d") + stateNames[k], flat(layer.initialStateGrad(k)), grads[stateNames[k]]);
    for (Param& p : layer.params())
        if (grads.contains(p.name)) check(r, "d" + p.name, flat(*p.grad), grads[p.name]);
}

bool isRecurrent(const std::string& type) { return type == "rnn" || type == "lstm" || type == "gru"; }

// The adversarial losses from D's logits (losses/AdversarialLoss.h): outputs
// [D loss, non-saturating G loss, minimax G loss], and the gradients of
// sum(outputs * upstream) with respect to the real and the fake logits.
// No label smoothing here (the README's D loss), unless the file gives a target.
void replayAdversarialLosses(const json& file, OracleResult& r) {
    const json& params = file.at("params");
    const Matrix real = toMatrix(params.at("d_real")), fake = toMatrix(params.at("d_fake"));
    const double realTarget = file.value("real_label", 1.0);
    const std::vector<double> up = flat(file.at("upstream"));
    if (up.size() != 3) throw DataError("upstream: expected 3 values, one per output");
    Matrix dReal(real.rows(), real.cols()), dFake(fake.rows(), fake.cols());
    Matrix dNonSaturating(fake.rows(), fake.cols()), dMinimax(fake.rows(), fake.cols());
    const double d = logLossDiscriminator(real, fake, realTarget, dReal, dFake);
    const double nonSaturating = nonSaturatingGenerator(fake, dNonSaturating);
    const double minimax = minimaxGenerator(fake, dMinimax);
    check(r, "outputs", {d, nonSaturating, minimax}, file.at("outputs"));
    const json& grads = file.at("grads");
    check(r, "d_real", flat(up[0] * dReal), grads.at("d_real"));
    check(r, "d_fake", flat(up[0] * dFake + up[1] * dNonSaturating + up[2] * dMinimax), grads.at("d_fake"));
}

// The VAE's KL term (losses/GaussianKl.h): one output, its gradients with
// respect to mu and logvar times the upstream value.
void replayGaussianKl(const json& file, OracleResult& r) {
    const json& params = file.at("params");
    const Matrix mu = toMatrix(params.at("mu")), logvar = toMatrix(params.at("logvar"));
    const std::vector<double> up = flat(file.at("upstream"));
    if (up.size() != 1) throw DataError("upstream: expected 1 value");
    Matrix dMu, dLogvar;
    const double kl = gaussianKl(mu, logvar, dMu, dLogvar);
    check(r, "outputs", {kl}, file.at("outputs"));
    check(r, "d_mu", flat(up[0] * dMu), file.at("grads").at("mu"));
    check(r, "d_logvar", flat(up[0] * dLogvar), file.at("grads").at("logvar"));
}

// Running mean and variance (PyTorch's buffer names) wherever the file keeps
// them: top level, params, buffers or state.
const json* findStatistic(const json& file, const char* key) {
    if (file.contains(key)) return &file[key];
    for (const char* group : {"params", "buffers", "state", "inputs"})
        if (file.contains(group) && file[group].is_object() && file[group].contains(key)) return &file[group][key];
    return nullptr;
}

void setRunningStatistics(const json& file, Layer& layer) {
    Matrix* mean = nullptr;
    Matrix* var = nullptr;
    if (auto* bn = dynamic_cast<BatchNorm*>(&layer)) mean = &bn->runningMean(), var = &bn->runningVar();
    if (auto* bn = dynamic_cast<BatchNorm2d*>(&layer)) mean = &bn->runningMean(), var = &bn->runningVar();
    if (!mean) return;  // other layers keep no statistics: eval is inference alone
    const json* m = findStatistic(file, "running_mean");
    const json* v = findStatistic(file, "running_var");
    if (!m || !v) throw DataError("mode eval: no running_mean / running_var for the batch normalisation");
    *mean = asParam(*m, mean->rows(), mean->cols());
    *var = asParam(*v, var->rows(), var->cols());
}

bool isActivationName(const std::string& name) {
    for (const ActivationInfo& a : activationTable())
        if (name == a.name) return true;
    return false;
}

// An activation given as a layer case (layer "gelu", "softmax", ...): y = f(x)
// and dx from the upstream gradient, its parameters (slope, alpha) from the file.
void replayActivationLayer(const json& file, const std::string& name, OracleResult& r) {
    NamedSpec spec(name);
    for (const char* key : {"slope", "alpha", "beta", "negative_slope", "threshold"})
        if (file.contains(key) && file[key].is_number()) spec.params[key == std::string("negative_slope") ? "slope" : key] = file[key].get<double>();
    const Activation act(spec);
    const Matrix x = toMatrix(file.at("inputs").at("x"));
    Array y(x.rows(), x.cols()), dx(x.rows(), x.cols());
    act.forward(x.array(), y);
    check(r, "output", flat(y.matrix()), file.at("outputs").at(0));
    if (!act.hasGradient() || !file.at("grads").contains("x")) return;
    act.backward(x.array(), y, toMatrix(file.at("upstream").at(0)).array(), dx);
    check(r, "dx", flat(dx.matrix()), file.at("grads").at("x"));
}

// Dropout's drop probability: "p" (PyTorch) or "rate"; failing both, read
// from a mask given already scaled (0 or 1/(1-p)).
double dropoutRate(const json& file) {
    for (const char* key : {"p", "rate"})
        if (file.contains(key) && file[key].is_number()) return file[key].get<double>();
    double largest = 0.0;
    for (double v : flat(file.at("inputs").at("mask"))) largest = std::max(largest, std::abs(v));
    return largest > 1.0 ? 1.0 - 1.0 / largest : 0.5;
}

void replayLayer(const json& file, OracleResult& r) {
    const std::string kind = file.at("layer").get<std::string>();
    const std::string type = engineLayerType(kind);
    if (type == "gan_losses") return replayAdversarialLosses(file, r);
    if (type == "vae_kl") return replayGaussianKl(file, r);
    if (isRecurrent(type)) return replayRecurrent(file, type, r);
    const LayerInfo* info = nullptr;
    for (const LayerInfo& li : layerTable())
        if (type == li.type) info = &li;
    const json& inputs = file.at("inputs");
    if (!info && isActivationName(type)) return replayActivationLayer(file, type, r);
    // Inputs besides x the replay knows: batch norm's running statistics, and
    // dropout's mask (the case's own draw, which the engine cannot repeat).
    const std::size_t statistics = std::size_t(inputs.contains("running_mean")) + std::size_t(inputs.contains("running_var"));
    const std::size_t masks = type == "dropout" && inputs.contains("mask") ? 1 : 0;
    if (!info || !inputs.contains("x") || inputs.size() != 1 + statistics + masks) {
        r.skipped = true;
        r.reason = "layer kind \"" + kind + "\" is not in the engine yet";
        return;
    }
    // train: batch statistics (batch norm), masks (dropout); eval: inference,
    // batch norm with the file's running statistics.
    std::string mode = file.value("mode", std::string("train"));
    if (file.contains("training") && file["training"].is_boolean()) mode = file["training"].get<bool>() ? "train" : "eval";
    if (mode == "training") mode = "train";
    if (mode == "inference" || mode == "test" || mode == "evaluation") mode = "eval";
    if (mode != "train" && mode != "eval") {
        r.skipped = true;
        r.reason = "layer mode \"" + mode + "\" is not replayed";
        return;
    }
    const Matrix x = toMatrix(inputs.at("x"));
    const json& params = file.at("params");
    LayerSpec ls;
    ls.type = type;
    ls.name = kind;
    ls.weightInit = NamedSpec("zeros");
    for (const ParamDef& def : info->options) {
        if (!file.contains(def.key)) continue;
        const json& v = file[def.key];
        if (v.is_number()) ls.options[def.key] = v.get<double>();
        if (v.is_boolean()) ls.options[def.key] = v.get<bool>() ? 1.0 : 0.0;  // count_include_pad: True
    }
    if (masks) ls.options["rate"] = dropoutRate(file);
    const std::vector<Index> wDims = params.contains("W") ? dimsOf(params["W"]) : std::vector<Index>{};
    if (info->hasUnits && wDims.size() == 4) {
        // conv W (out, in, k, k), transposed conv W (in, out, k, k): the bias
        // length is the output channels either way; the kernel is W's last size.
        if (wDims[2] != wDims[3]) throw DataError("params.W: kernel " + std::to_string(wDims[2]) + "x" + std::to_string(wDims[3]) + " is not square");
        ls.units = params.contains("b") ? Index(flat(params["b"]).size()) : wDims[0];
        ls.options["kernel"] = double(wDims[3]);
    } else if (info->hasUnits) {
        // units from the weight rows, divided by the pieces for maxout
        const Index rows = params.contains("W") ? Index(params["W"].size()) : 0;
        const double pieces = ls.option("pieces", 1.0);
        ls.units = Index(double(rows) / pieces);
    }
    if (file.contains("activation")) ls.activation = specOf(file["activation"]);
    LayerPtr layer = makeLayer(ls);
    // The per-sample shape: {F} for (N, F), {C, H, W} for images (N, C, H, W).
    std::vector<Index> xDims = dimsOf(inputs.at("x"));
    if (xDims.size() > 1) xDims.erase(xDims.begin());
    const Shape in = xDims.size() > 1 ? Shape(xDims) : Shape{x.cols()};
    layer->outputShape(in);
    layer->reserve(in, x.rows());
    for (Param& p : layer->params()) {
        if (!params.contains(p.name)) throw DataError("params: no \"" + p.name + "\" for " + kind);
        *p.value = asParam(params[p.name], p.value->rows(), p.value->cols());
    }
    if (mode == "eval") setRunningStatistics(file, *layer);
    if (masks) dynamic_cast<Dropout&>(*layer).keepFixedMask(asParam(inputs.at("mask"), x.rows(), x.cols()));
    Rng rng(file.value("seed", 0));
    Pass pass{mode == "train", &rng};
    layer->forward(x, pass);
    check(r, "output", flat(layer->output()), file.at("outputs").at(0));
    const Matrix up = toMatrix(file.at("upstream").at(0));
    layer->backward(x, up, true);
    const json& grads = file.at("grads");
    if (grads.contains("x")) check(r, "dx", flat(layer->inputGrad()), grads["x"]);
    for (Param& p : layer->params())
        if (grads.contains(p.name)) check(r, "d" + p.name, flat(*p.grad), grads[p.name]);
}

}  // namespace

double oracleRelativeError(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return std::numeric_limits<double>::infinity();
    double scale = 0.0;
    for (double v : b) scale = std::max(scale, std::abs(v));
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double denom = std::abs(b[i]) + scale;
        const double diff = std::abs(a[i] - b[i]);
        if (!std::isfinite(a[i])) return std::numeric_limits<double>::infinity();
        worst = std::max(worst, denom > 0.0 ? diff / denom : diff);
    }
    return worst;
}

double OracleResult::maxError() const {
    double m = 0.0;
    for (const auto& c : checks) m = std::max(m, c.error);
    return m;
}

const OracleCheck* OracleResult::worst() const {
    const OracleCheck* w = nullptr;
    for (const auto& c : checks)
        if (!w || c.error > w->error) w = &c;
    return w;
}

OracleResult replayOracle(const json& file, const std::string& name) {
    OracleResult r;
    r.name = name;
    r.kind = file.value("kind", std::string());
    try {
        if (r.kind == "activations") replayActivations(file, r);
        else if (r.kind == "losses") replayLosses(file, r);
        else if (r.kind == "train") replayTrain(file, r);
        else if (r.kind == "layer") replayLayer(file, r);
        else {
            r.skipped = true;
            r.reason = "kind \"" + r.kind + "\" is not known to this engine";
        }
    } catch (const std::exception& e) {
        // An engine error on a supported kind is a failure, not a skip.
        r.checks.push_back({std::string("error: ") + e.what(), std::numeric_limits<double>::infinity()});
    }
    if (!r.skipped && r.checks.empty() && !r.skippedParts.empty()) {
        r.skipped = true;
        r.reason = r.skippedParts.front();
    }
    return r;
}

OracleResult replayOracleFile(const std::string& path) {
    std::ifstream in(path);
    OracleResult r;
    r.name = path;
    if (!in) {
        r.checks.push_back({"cannot open the file", std::numeric_limits<double>::infinity()});
        return r;
    }
    json j;
    try {
        j = json::parse(in);
    } catch (const std::exception& e) {
        r.checks.push_back({std::string("not valid JSON: ") + e.what(), std::numeric_limits<double>::infinity()});
        return r;
    }
    return replayOracle(j, path);
}

}  // namespace nnlab
