#include "playground/NetworkEdits.h"

#include "Error.h"
#include "activations/Activation.h"
#include "data/Dataset.h"
#include "data/Features.h"
#include "data/TextData.h"
#include "initializers/Initializer.h"
#include "layers/LayerTable.h"
#include "model/MemoryEstimate.h"
#include "optimizers/Optimizer.h"

#include <QLocale>

#include <algorithm>
#include <cctype>
#include <cmath>
#include "Error.h"
#include "model/Network.h"

#include <set>

namespace nnlab {
namespace {

constexpr Index kMaxUnits = 1000000;  // the experiment file's limit

NetworkEdit done(Experiment next, const QString& description) {
    return NetworkEdit{std::move(next), description, QString()};
}

NetworkEdit rejected(const Experiment& e, const QString& reason) {
    return NetworkEdit{e, QString(), reason};
}

const LayerInfo* layerInfo(const std::string& type) {
    for (const LayerInfo& info : layerTable())
        if (type == info.type) return &info;
    return nullptr;
}

bool valid(const Experiment& e, int layer) {
    return layer >= 0 && layer < int(e.network.layers.size());
}

// Weights are carried across a rebuild by layer name, and an unnamed layer is
// named by its position, so an insert would shift every name after it. Pinning
// the positional names first keeps the untouched layers' weights.
void pinNames(Experiment& e) {
    std::set<std::string> used;
    for (const LayerSpec& l : e.network.layers) used.insert(l.name);
    for (std::size_t i = 0; i < e.network.layers.size(); ++i) {
        LayerSpec& l = e.network.layers[i];
        if (!l.name.empty()) continue;
        std::string name = l.type + "_" + std::to_string(i + 1);
        for (int n = int(i) + 2; used.count(name); ++n) name = l.type + "_" + std::to_string(n);
        l.name = name;
        used.insert(name);
    }
}

// A fresh name, never one a current layer has: the engine would otherwise hand
// the new layer another layer's trained weights.
std::string freshName(const Experiment& e, const std::string& type) {
    int highest = 0;
    std::set<std::string> used;
    for (const LayerSpec& l : e.network.layers) {
        used.insert(l.name);
        const std::string prefix = type + "_";
        if (l.name.rfind(prefix, 0) == 0) {
            const std::string digits = l.name.substr(prefix.size());
            if (!digits.empty() && std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c) != 0; }) && digits.size() < 9)
                highest = std::max(highest, std::stoi(digits));
        }
    }
    std::string name = type + "_" + std::to_string(highest + 1);
    for (int n = highest + 2; used.count(name); ++n) name = type + "_" + std::to_string(n);
    return name;
}

// Index of the last layer in the group that starts at `layer` (-1: the input's chips).
int groupEnd(const Experiment& e, int layer) {
    int end = layer;
    while (end + 1 < int(e.network.layers.size()) && !NetworkEdits::isWeighted(e.network.layers[std::size_t(end + 1)]))
        ++end;
    return end;
}

Index columnWidthBefore(const Experiment& e, int position) {
    for (int i = position - 1; i >= 0; --i)
        if (NetworkEdits::isWeighted(e.network.layers[std::size_t(i)])) return e.network.layers[std::size_t(i)].units;
    return Index(std::max<std::size_t>(1, e.features.size()));
}

// Empty if every layer fits the shape before it, else the engine's reason.
QString shapeProblem(const Experiment& next) {
    try {
        estimateNetworkMemory(next.network, NetworkEdits::inputShape(next), 1);
    } catch (const Error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

int customClassCount(const DataSpec& d) {
    double highest = 1.0;
    for (Index r = 0; r < d.customTargets.rows(); ++r) {
        const double t = d.customTargets(r, 0);
        if (t != std::floor(t) || t < 0) return 0;
        highest = std::max(highest, t);
    }
    return int(highest) + 1;
}

}  // namespace

bool NetworkEdits::isWeighted(const LayerSpec& layer) {
    if (const LayerInfo* info = layerInfo(layer.type)) return info->hasUnits;
    return layer.type == "dense" || layer.type == "maxout";
}

bool NetworkEdits::hasActivation(const LayerSpec& layer) {
    if (const LayerInfo* info = layerInfo(layer.type)) return info->hasActivation;
    return isWeighted(layer);
}

int NetworkEdits::outputLayer(const Experiment& e) {
    for (int i = int(e.network.layers.size()) - 1; i >= 0; --i)
        if (isWeighted(e.network.layers[std::size_t(i)])) return i;
    return -1;
}

std::vector<int> NetworkEdits::hiddenLayers(const Experiment& e) {
    std::vector<int> hidden;
    const int out = outputLayer(e);
    for (int i = 0; i < out; ++i)
        if (isWeighted(e.network.layers[std::size_t(i)])) hidden.push_back(i);
    return hidden;
}

int NetworkEdits::hiddenNumber(const Experiment& e, int layer) {
    const std::vector<int> hidden = hiddenLayers(e);
    const auto it = std::find(hidden.begin(), hidden.end(), layer);
    return it == hidden.end() ? 0 : int(it - hidden.begin()) + 1;
}

int NetworkEdits::ownerOf(const Experiment& e, int layer) {
    if (!valid(e, layer)) return -1;
    for (int i = layer; i >= 0; --i)
        if (isWeighted(e.network.layers[std::size_t(i)])) return i;
    return -1;
}

QString NetworkEdits::layerName(const Experiment& e, int layer) {
    if (layer < 0) return tr("the input features");
    if (!valid(e, layer)) return tr("layer %1").arg(layer + 1);
    const LayerSpec& l = e.network.layers[std::size_t(layer)];
    if (layer == outputLayer(e)) return tr("the output layer");
    if (isWeighted(l)) return tr("hidden layer %1").arg(hiddenNumber(e, layer));
    QString chip;
    if (l.type == "dropout") chip = tr("dropout");
    else if (l.type == "batchnorm") chip = tr("batch normalisation");
    else if (l.type == "prelu") chip = tr("PReLU");
    else chip = layerTypeLabel(l.type);
    const int owner = ownerOf(e, layer);
    if (owner < 0) return tr("%1 on the inputs").arg(chip);
    return tr("%1 after %2").arg(chip, layerName(e, owner));
}

QString NetworkEdits::neuronName(const Experiment& e, int layer, int neuron, bool capital) {
    const int n = neuron + 1;
    if (layer >= 0 && valid(e, layer) && layer == outputLayer(e))
        return capital ? tr("Output neuron %1").arg(n) : tr("output neuron %1").arg(n);
    if (layer >= 0 && valid(e, layer) && isWeighted(e.network.layers[std::size_t(layer)]))
        return capital ? tr("Neuron %1 of hidden layer %2").arg(n).arg(hiddenNumber(e, layer))
                       : tr("neuron %1 of hidden layer %2").arg(n).arg(hiddenNumber(e, layer));
    return capital ? tr("Neuron %1 of layer %2").arg(n).arg(layer + 1) : tr("neuron %1 of layer %2").arg(n).arg(layer + 1);
}

// ---- the task's output --------------------------------------------------------

TaskOutput NetworkEdits::taskOutput(const Experiment& e) {
    TaskOutput t;
    bool regression = false;
    int classes = 2;
    const DataSpec& d = e.data;
    const GeneratorInfo* gen = nullptr;
    for (const GeneratorInfo& g : generatorTable())
        if (d.generator == g.name) gen = &g;
    if (gen && gen->source == DataSource::Formula) {
        regression = gen->kind == ProblemKind::Regression;
        classes = gen->supportsClasses ? std::clamp(d.classes, gen->minClasses, gen->maxClasses) : gen->minClasses;
    } else if (d.problem == "regression") {
        regression = true;
    } else if (gen && gen->source == DataSource::Custom) {
        classes = customClassCount(d);
        regression = classes == 0 && d.problem != "classification";
        if (classes == 0) classes = 2;
    } else {
        t.unitsKnown = false;  // a CSV file: its classes are counted when it is read
    }
    if (regression) {
        t.units = 1;
        t.activation = "linear";
        return t;
    }
    const std::string& loss = e.loss.name;
    const int out = outputLayer(e);
    const Index current = out >= 0 ? e.network.layers[std::size_t(out)].units : 1;
    if (!t.unitsKnown) classes = int(std::max<Index>(2, current));
    if (loss == "cce" || loss == "sparse_cce") {
        t.units = classes;
        t.activation = "softmax";
    } else if (loss == "hinge") {
        t.units = classes == 2 ? 1 : classes;
        t.activation = "linear";
    } else if (classes == 2) {
        t.units = 1;
        t.activation = "sigmoid";  // bce and the regression losses get 0/1 targets
    } else {
        t.units = classes;
        t.activation = loss == "bce" ? "sigmoid" : "softmax";
    }
    if (!t.unitsKnown) t.units = current;
    return t;
}

bool NetworkEdits::outputFollowsTask(const Experiment& e) {
    const int out = outputLayer(e);
    if (out < 0) return false;
    const LayerSpec& l = e.network.layers[std::size_t(out)];
    const TaskOutput t = taskOutput(e);
    return l.units == t.units && l.activation.name == t.activation;
}

void NetworkEdits::applyTaskOutput(Experiment& e) {
    const int out = outputLayer(e);
    if (out < 0) return;
    LayerSpec& l = e.network.layers[std::size_t(out)];
    const TaskOutput t = taskOutput(e);
    l.units = t.units;
    if (l.activation.name != t.activation) l.activation = NamedSpec(t.activation);
}

void NetworkEdits::keepOutputFollowing(const Experiment& before, Experiment& after) {
    if (outputFollowsTask(before)) applyTaskOutput(after);
}

// ---- structure ---------------------------------------------------------------

NetworkEdit NetworkEdits::addHiddenLayer(const Experiment& e, int position) {
    const int out = outputLayer(e);
    if (out < 0) return rejected(e, tr("The network has no output layer to put a hidden layer before."));
    position = std::clamp(position, 0, out);
    LayerSpec layer;
    layer.type = "dense";
    layer.units = 4;
    layer.activation = NamedSpec("tanh");
    // Copy the nearest hidden layer: a new layer like its neighbour is what a
    // student adding depth usually wants.
    const std::vector<int> hidden = hiddenLayers(e);
    int model = -1;
    for (int h : hidden)
        if (h < position) model = h;
    if (model < 0 && !hidden.empty()) model = hidden.front();
    if (model >= 0) {
        const LayerSpec& m = e.network.layers[std::size_t(model)];
        layer.type = m.type;
        layer.units = m.units;
        layer.activation = m.activation;
        layer.weightInit = m.weightInit;
        layer.biasInit = m.biasInit;
        layer.options = m.options;
        layer.choices = m.choices;
    }
    Experiment next = e;
    pinNames(next);
    layer.name = freshName(next, layer.type);
    next.network.layers.insert(next.network.layers.begin() + position, layer);
    return done(next, tr("Add hidden layer"));
}

NetworkEdit NetworkEdits::addLayerBefore(const Experiment& e, int layer) {
    if (layer < 0) return rejected(e, tr("Nothing can come before the input features."));
    if (!valid(e, layer)) return rejected(e, tr("There is no layer %1.").arg(layer + 1));
    const int owner = ownerOf(e, layer);
    return addHiddenLayer(e, owner < 0 ? 0 : owner);
}

NetworkEdit NetworkEdits::addLayerAfter(const Experiment& e, int layer) {
    if (layer >= int(e.network.layers.size())) return rejected(e, tr("There is no layer %1.").arg(layer + 1));
    const int owner = layer < 0 ? -1 : ownerOf(e, layer);
    if (owner >= 0 && owner == outputLayer(e))
        return rejected(e, tr("Nothing can follow the output layer; add the hidden layer before it."));
    return addHiddenLayer(e, groupEnd(e, owner) + 1);
}

NetworkEdit NetworkEdits::addHiddenLayerAtEnd(const Experiment& e) {
    return addHiddenLayer(e, outputLayer(e));
}

NetworkEdit NetworkEdits::removeLastHiddenLayer(const Experiment& e) {
    const std::vector<int> hidden = hiddenLayers(e);
    if (hidden.empty()) return rejected(e, tr("There is no hidden layer left to remove."));
    return removeLayer(e, hidden.back());
}

NetworkEdit NetworkEdits::removeLayer(const Experiment& e, int layer) {
    if (layer < 0) return rejected(e, tr("The input features are chosen in the data panel, not removed here."));
    if (!valid(e, layer)) return rejected(e, tr("There is no layer %1.").arg(layer + 1));
    if (layer == outputLayer(e))
        return rejected(e, tr("The output layer cannot be removed: the loss compares its values with the targets."));
    Experiment next = e;
    pinNames(next);
    auto& layers = next.network.layers;
    const int last = isWeighted(layers[std::size_t(layer)]) ? groupEnd(e, layer) : layer;
    layers.erase(layers.begin() + layer, layers.begin() + last + 1);
    return done(next, tr("Remove %1").arg(layerName(e, layer)));
}

NetworkEdit NetworkEdits::setUnits(const Experiment& e, int layer, Index units) {
    if (!valid(e, layer) || !isWeighted(e.network.layers[std::size_t(layer)]))
        return rejected(e, tr("Only dense and maxout layers have a number of neurons."));
    if (units < 1) return rejected(e, tr("A layer needs at least one neuron; remove the layer instead."));
    if (units > kMaxUnits) return rejected(e, tr("A layer can have at most %1 neurons.").arg(kMaxUnits));
    if (layer == outputLayer(e)) {
        const TaskOutput t = taskOutput(e);
        if (t.unitsKnown && units != t.units)
            return rejected(e, t.units == 1
                                   ? tr("This task needs exactly 1 output neuron: the data and the loss fix the output width.")
                                   : tr("This task needs exactly %1 output neurons: the data and the loss fix the output width.")
                                         .arg(t.units));
    }
    const Index before = e.network.layers[std::size_t(layer)].units;
    if (units == before) return done(e, QString());
    Experiment next = e;
    next.network.layers[std::size_t(layer)].units = units;
    QString text;
    if (units == before + 1) text = tr("Add neuron to %1").arg(layerName(e, layer));
    else if (units == before - 1) text = tr("Remove neuron from %1").arg(layerName(e, layer));
    else text = tr("Set %1 to %2 neurons").arg(layerName(e, layer)).arg(units);
    return done(next, text);
}

NetworkEdit NetworkEdits::addNeuron(const Experiment& e, int layer) {
    if (layer < 0) return rejected(e, tr("The inputs are the chosen features; pick more in the data panel."));
    if (!valid(e, layer)) return rejected(e, tr("Select a layer first."));
    const int owner = ownerOf(e, layer);
    if (owner < 0) return rejected(e, tr("The inputs are the chosen features; pick more in the data panel."));
    return setUnits(e, owner, e.network.layers[std::size_t(owner)].units + 1);
}

NetworkEdit NetworkEdits::removeNeuron(const Experiment& e, int layer) {
    if (layer < 0) return rejected(e, tr("The inputs are the chosen features; remove them in the data panel."));
    if (!valid(e, layer)) return rejected(e, tr("Select a layer first."));
    const int owner = ownerOf(e, layer);
    if (owner < 0) return rejected(e, tr("The inputs are the chosen features; remove them in the data panel."));
    return setUnits(e, owner, e.network.layers[std::size_t(owner)].units - 1);
}

NetworkEdit NetworkEdits::setActivation(const Experiment& e, int layer, const NamedSpec& activation) {
    if (!valid(e, layer) || !hasActivation(e.network.layers[std::size_t(layer)]))
        return rejected(e, tr("This layer has no activation function."));
    try {
        Activation check(activation);
    } catch (const Error& err) {
        return rejected(e, tr("This activation cannot be used: %1").arg(QString::fromStdString(err.what())));
    }
    Experiment next = e;
    LayerSpec& l = next.network.layers[std::size_t(layer)];
    const bool sameFunction = l.activation.name == activation.name;
    l.activation = activation;
    if (sameFunction)
        return done(next, tr("Change %1 activation parameter").arg(layerName(e, layer)));
    return done(next, tr("Set %1 activation to %2").arg(layerName(e, layer), activationLabel(activation.name)));
}

NetworkEdit NetworkEdits::setWeightInit(const Experiment& e, int layer, const NamedSpec& init) {
    if (!valid(e, layer) || !isWeighted(e.network.layers[std::size_t(layer)]))
        return rejected(e, tr("Only dense and maxout layers have weights to initialise."));
    try {
        findInitializer(init.name);
    } catch (const Error& err) {
        return rejected(e, QString::fromStdString(err.what()));
    }
    Experiment next = e;
    next.network.layers[std::size_t(layer)].weightInit = init;
    return done(next, tr("Set %1 weight initializer to %2").arg(layerName(e, layer), initializerLabel(init.name)));
}

NetworkEdit NetworkEdits::setBiasInit(const Experiment& e, int layer, const NamedSpec& init) {
    if (!valid(e, layer) || !isWeighted(e.network.layers[std::size_t(layer)]))
        return rejected(e, tr("Only dense and maxout layers have biases to initialise."));
    try {
        findInitializer(init.name);
    } catch (const Error& err) {
        return rejected(e, QString::fromStdString(err.what()));
    }
    Experiment next = e;
    next.network.layers[std::size_t(layer)].biasInit = init;
    return done(next, tr("Set %1 bias initializer to %2").arg(layerName(e, layer), initializerLabel(init.name)));
}

NetworkEdit NetworkEdits::setHiddenActivations(const Experiment& e, const NamedSpec& activation) {
    std::vector<int> hidden;
    for (int i : hiddenLayers(e))
        if (hasActivation(e.network.layers[std::size_t(i)])) hidden.push_back(i);
    if (hidden.empty()) return rejected(e, tr("The network has no hidden layer."));
    try {
        Activation check(activation);
    } catch (const Error& err) {
        return rejected(e, tr("This activation cannot be used: %1").arg(QString::fromStdString(err.what())));
    }
    Experiment next = e;
    for (int i : hidden) {
        LayerSpec& l = next.network.layers[std::size_t(i)];
        if (l.activation.name != activation.name) l.activation = activation;
    }
    const QString label = activationLabel(activation.name);
    return done(next, hidden.size() == 1 ? tr("Set the hidden layer to %1").arg(label)
                                         : tr("Set the %1 hidden layers to %2").arg(hidden.size()).arg(label));
}

NetworkEdit NetworkEdits::setHiddenWeightInits(const Experiment& e, const NamedSpec& init) {
    const std::vector<int> hidden = hiddenLayers(e);
    if (hidden.empty()) return rejected(e, tr("The network has no hidden layer."));
    try {
        findInitializer(init.name);
    } catch (const Error& err) {
        return rejected(e, QString::fromStdString(err.what()));
    }
    Experiment next = e;
    for (int i : hidden) {
        LayerSpec& l = next.network.layers[std::size_t(i)];
        if (l.weightInit.name != init.name) l.weightInit = init;
    }
    const QString label = initializerLabel(init.name);
    return done(next, hidden.size() == 1
                          ? tr("Set the hidden layer's weight initializer to %1").arg(label)
                          : tr("Set the weight initializer of the %1 hidden layers to %2").arg(hidden.size()).arg(label));
}

std::string NetworkEdits::sharedHiddenActivation(const Experiment& e) {
    std::string shared;
    for (int i : hiddenLayers(e)) {
        const LayerSpec& l = e.network.layers[std::size_t(i)];
        if (!hasActivation(l)) continue;
        if (!shared.empty() && shared != l.activation.name) return std::string();
        shared = l.activation.name;
    }
    return shared;
}

std::string NetworkEdits::sharedHiddenWeightInit(const Experiment& e) {
    std::string shared;
    for (int i : hiddenLayers(e)) {
        const std::string& name = e.network.layers[std::size_t(i)].weightInit.name;
        if (!shared.empty() && shared != name) return std::string();
        shared = name;
    }
    return shared;
}

NetworkEdit NetworkEdits::setOption(const Experiment& e, int layer, const std::string& key, double value) {
    if (!valid(e, layer)) return rejected(e, tr("Select a layer first."));
    const LayerSpec& l = e.network.layers[std::size_t(layer)];
    if (!std::isfinite(value)) return rejected(e, tr("The value must be a finite number."));
    if (l.type == "dropout" && key == "rate" && (value < 0.0 || value >= 1.0))
        return rejected(e, tr("The drop rate must be at least 0 and below 1: a rate of 1 would drop every value."));
    if (l.type == "maxout" && key == "pieces" && (value < 1.0 || value != std::floor(value)))
        return rejected(e, tr("Maxout needs a whole number of pieces, at least 1."));
    Experiment next = e;
    LayerSpec& n = next.network.layers[std::size_t(layer)];
    n.options[key] = value;
    try {
        makeLayer(n);  // the engine's own checks, e.g. batchnorm eps > 0
    } catch (const Error& err) {
        return rejected(e, tr("%1 cannot be built: %2").arg(layerName(e, layer), QString::fromStdString(err.what())));
    }
    // And the fit with its neighbours: a reshape to 5x3x3 of 36 values, a kernel larger than the map.
    if (const QString problem = shapeProblem(next); !problem.isEmpty())
        return rejected(e, tr("%1 cannot be built: %2").arg(layerName(e, layer), problem));
    return done(next, tr("Set %1 %2 to %3").arg(layerName(e, layer), optionLabel(l.type, key), QLocale().toString(value)));
}

NetworkEdit NetworkEdits::setLayerType(const Experiment& e, int layer, const std::string& type) {
    if (!valid(e, layer)) return rejected(e, tr("Select a layer first."));
    const LayerInfo* info = layerInfo(type);
    if (!info) return rejected(e, tr("Unknown layer type \"%1\".").arg(QString::fromStdString(type)));
    const LayerSpec& old = e.network.layers[std::size_t(layer)];
    if (old.type == type) return done(e, QString());
    if (layer == outputLayer(e) && !info->hasUnits)
        return rejected(e, tr("The output layer must be dense or maxout: it produces the values the loss compares."));
    Experiment next = e;
    pinNames(next);
    LayerSpec l;
    l.type = type;
    if (info->hasUnits) {
        l.units = isWeighted(old) ? old.units : columnWidthBefore(e, layer);
        l.activation = hasActivation(old) ? old.activation : NamedSpec("linear");
        l.weightInit = old.weightInit;
        l.biasInit = old.biasInit;
    }
    l.name = freshName(next, type);  // a new kind of layer starts from fresh parameters
    next.network.layers[std::size_t(layer)] = l;
    // The playground feeds a flat row of features: image layers (conv, pooling)
    // need channels x height x width and are refused with the engine's reason.
    try {
        Network check(next.network, inputShape(e), 1);
    } catch (const Error& error) {
        return rejected(e, tr("A %1 layer cannot go here: %2").arg(layerTypeLabel(type), QString::fromUtf8(error.what())));
    }
    return done(next, tr("Make %1 a %2 layer").arg(layerName(e, layer), layerTypeLabel(type)));
}

int NetworkEdits::chipIndex(const Experiment& e, int layer, const std::string& type) {
    if (layer >= int(e.network.layers.size())) return -1;
    const int owner = layer < 0 ? -1 : ownerOf(e, layer);
    for (int i = owner + 1; i <= groupEnd(e, owner); ++i)
        if (e.network.layers[std::size_t(i)].type == type) return i;
    return -1;
}

bool NetworkEdits::hasChip(const Experiment& e, int layer, const std::string& type) {
    return chipIndex(e, layer, type) >= 0;
}

NetworkEdit NetworkEdits::setChip(const Experiment& e, int layer, const std::string& type, bool on) {
    if (layer >= int(e.network.layers.size())) return rejected(e, tr("Select a layer first."));
    const int owner = layer < 0 ? -1 : ownerOf(e, layer);
    if (on && owner >= 0 && owner == outputLayer(e))
        return rejected(e, tr("Nothing can follow the output layer: its values go straight to the loss."));
    if (hasChip(e, owner, type) == on) return done(e, QString());
    Experiment next = e;
    pinNames(next);
    auto& layers = next.network.layers;
    const QString what = type == "batchnorm" ? tr("batch normalisation") : type == "dropout" ? tr("dropout")
                                                                                            : layerTypeLabel(type);
    const QString where = layerName(e, owner);
    if (!on) {
        for (int i = groupEnd(e, owner); i > owner; --i)
            if (layers[std::size_t(i)].type == type) layers.erase(layers.begin() + i);
        return done(next, tr("Remove %1 after %2").arg(what, where));
    }
    LayerSpec chip;
    chip.type = type;
    chip.name = freshName(next, type);
    // Batch normalisation right after the layer, dropout last: dense -> BN -> dropout.
    const int at = type == "dropout" ? groupEnd(e, owner) + 1 : owner + 1;
    layers.insert(layers.begin() + at, chip);
    return done(next, tr("Add %1 after %2").arg(what, where));
}

NetworkEdit NetworkEdits::setOutputFollowsTask(const Experiment& e, bool follow) {
    if (!follow) return done(e, QString());
    Experiment next = e;
    applyTaskOutput(next);
    return done(next, tr("Output layer follows the task"));
}

// ---- labels ------------------------------------------------------------------

QString NetworkEdits::activationLabel(const std::string& name) {
    for (const ActivationInfo& info : activationTable())
        if (name == info.name) return QCoreApplication::translate("Activation", info.label);
    return QString::fromStdString(name);
}

QString NetworkEdits::initializerLabel(const std::string& name) {
    for (const InitializerInfo& info : initializerTable())
        if (name == info.name) return QCoreApplication::translate("Initializer", info.label);
    return QString::fromStdString(name);
}

QString NetworkEdits::layerTypeLabel(const std::string& type) {
    if (const LayerInfo* info = layerInfo(type)) return QCoreApplication::translate("Layer", info->label);
    return QString::fromStdString(type);
}

QString NetworkEdits::optionLabel(const std::string& type, const std::string& key) {
    if (type == "dropout" && key == "rate") return tr("drop rate");
    if (const LayerInfo* info = layerInfo(type))
        for (const ParamDef& def : info->options)
            if (key == def.key) return QCoreApplication::translate("Layer", def.label);
    return QString::fromStdString(key);
}

QString NetworkEdits::featureLabel(const std::string& name) {
    for (const FeatureInfo& info : featureTable())
        if (name == info.name) return QCoreApplication::translate("Feature", info.label);
    return QString::fromStdString(name);
}

QString NetworkEdits::sizeWarning(const Experiment& e) {
    if (e.network.layers.empty()) return {};
    try {
        const GeneratorInfo& data = findGenerator(e.data.generator);
        if (data.source == DataSource::Csv) return {};
        const Shape input = data.isPlane() ? Shape{Index(e.features.size())} : sampleShapeFor(data, e.data);
        // As the supervised task sizes its buffers: the batch, or the evaluation chunk of 256 if larger.
        const Index maxBatch = std::max<Index>(256, e.batchSize);
        const int stateSlots = int(makeOptimizer(e.optimizer)->stateNames().size());
        const MemoryEstimate m = estimateNetworkMemory(e.network, input, maxBatch, stateSlots);
        const QString size = QString::fromStdString(formatBytes(m.bytes));
        if (m.bytes > memoryLimitBytes())
            return tr("Too large: this network needs about %1 of memory, more than the limit of %2, so it will be "
                      "refused when training starts. Use fewer neurons or layers.")
                .arg(size, QString::fromStdString(formatBytes(memoryLimitBytes())));
        if (m.bytes > kComfortableMemoryBytes)
            return tr("Large network: about %1 of memory for its weights and buffers. Training will be slow, and "
                      "the computer may become sluggish.")
                .arg(size);
    } catch (const std::exception&) {
        // A layer that does not fit is reported by the edit or the trial build, not here.
    }
    return {};
}

Shape NetworkEdits::inputShape(const Experiment& e) {
    // Text: T characters of V kinds, known once the text is read.
    if (e.data.generator == "text") {
        try {
            return textSampleShape(e.data);
        } catch (const std::exception&) {
            return Shape{};  // the run reports the file's problem
        }
    }
    for (const GeneratorInfo& g : generatorTable())
        if (e.data.generator == g.name && !g.isPlane() && g.source != DataSource::Csv) {
            try {
                return sampleShapeFor(g, e.data);
            } catch (const std::exception&) {
                return g.sampleShape;  // a bad data.steps is reported where the data is set
            }
        }
    return Shape{columnWidthBefore(e, 0)};
}

NetworkEdit NetworkEdits::insertLayer(const Experiment& e, int position, const std::string& type) {
    const LayerInfo* info = layerInfo(type);
    if (!info) return rejected(e, tr("Unknown layer type \"%1\".").arg(QString::fromStdString(type)));
    position = std::clamp(position, 0, int(e.network.layers.size()));
    Experiment next = e;
    pinNames(next);
    LayerSpec l;
    l.type = type;
    l.name = freshName(next, type);
    // Sensible first values: a small bank of 3x3 filters, 2x2 pooling, a
    // dense layer of 64; the Layer panel changes them.
    if (type == "conv2d" || type == "conv_transpose2d") {
        l.units = 8;
        l.options["kernel"] = 3;
        l.options["padding"] = 1;
    } else if (info->hasUnits) {
        l.units = 64;
    }
    if (info->hasActivation) {
        l.activation = NamedSpec("relu");
        l.weightInit = NamedSpec("he_uniform");
    }
    next.network.layers.insert(next.network.layers.begin() + position, l);
    if (const QString problem = shapeProblem(next); !problem.isEmpty())
        return rejected(e, tr("A %1 layer cannot go here: %2").arg(layerTypeLabel(type), problem));
    return done(next, tr("Add a %1 layer").arg(layerTypeLabel(type)));
}

NetworkEdit NetworkEdits::removeOneLayer(const Experiment& e, int layer) {
    if (!valid(e, layer)) return rejected(e, tr("Select a layer first."));
    if (layer == outputLayer(e))
        return rejected(e, tr("The output layer stays: it produces the values the loss compares."));
    const std::string type = e.network.layers[std::size_t(layer)].type;
    Experiment next = e;
    pinNames(next);
    next.network.layers.erase(next.network.layers.begin() + layer);
    if (const QString problem = shapeProblem(next); !problem.isEmpty())
        return rejected(e, tr("Without this %1 layer the network does not fit: %2").arg(layerTypeLabel(type), problem));
    return done(next, tr("Remove the %1 layer").arg(layerTypeLabel(type)));
}

NetworkEdit NetworkEdits::moveLayer(const Experiment& e, int layer, int delta) {
    const int to = layer + delta;
    if (!valid(e, layer) || !valid(e, to) || delta == 0) return rejected(e, tr("This layer cannot move further."));
    if (layer == outputLayer(e) || to == outputLayer(e))
        return rejected(e, tr("The output layer stays last: it produces the values the loss compares."));
    const std::string type = e.network.layers[std::size_t(layer)].type;
    Experiment next = e;
    pinNames(next);
    std::swap(next.network.layers[std::size_t(layer)], next.network.layers[std::size_t(to)]);
    if (const QString problem = shapeProblem(next); !problem.isEmpty())
        return rejected(e, tr("The %1 layer cannot move there: %2").arg(layerTypeLabel(type), problem));
    return done(next, delta < 0 ? tr("Move the %1 layer up").arg(layerTypeLabel(type))
                                : tr("Move the %1 layer down").arg(layerTypeLabel(type)));
}

}  // namespace nnlab
