#pragma once
// Edits of the network as pure functions on an Experiment. The canvas and the
// layer inspector build the next experiment here and push it through
// ExperimentDocument::change(), so both say the same thing in the undo list
// and reject the same impossible edits with the same reason.
//
// Layer numbers are indices into experiment.network.layers; -1 is the input
// features. A "weighted" layer (dense, maxout) is a column of neurons on the
// canvas; dropout, batchnorm and prelu keep the width and are shown as chips
// attached to the weighted layer before them.
#include "experiment/Experiment.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace nnlab {

struct NetworkEdit {
    Experiment next;
    QString description;  // the undo list's text
    QString error;        // non-empty: the edit is impossible and this says why
    bool ok() const { return error.isEmpty(); }
};

// The output layer the task asks for: one unit per class for softmax losses,
// one unit otherwise; the activation that fits the loss.
struct TaskOutput {
    Index units = 1;
    std::string activation = "sigmoid";
    bool unitsKnown = true;  // false for CSV data whose class count is only known once loaded
};

class NetworkEdits {
    Q_DECLARE_TR_FUNCTIONS(NetworkEdits)
public:
    static bool isWeighted(const LayerSpec& layer);
    static bool hasActivation(const LayerSpec& layer);
    static int outputLayer(const Experiment& e);           // -1 if the network is empty
    static std::vector<int> hiddenLayers(const Experiment& e);  // weighted layers before the output
    static int hiddenNumber(const Experiment& e, int layer);    // 1-based among hidden layers, 0 if not hidden
    // The weighted layer a chip belongs to (-1: the input), or the layer itself.
    static int ownerOf(const Experiment& e, int layer);
    // "hidden layer 2", "the output layer", "dropout after hidden layer 1", "the input features".
    static QString layerName(const Experiment& e, int layer);
    // A neuron as one translatable phrase ("neuron 3 of hidden layer 2",
    // "output neuron 1"), never "neuron %1 of " + a layer phrase, whose
    // grammar breaks in German ("Neuron 3 von verborgene Schicht 2").
    // capital: at the start of a sentence.
    static QString neuronName(const Experiment& e, int layer, int neuron, bool capital = false);

    static TaskOutput taskOutput(const Experiment& e);
    static bool outputFollowsTask(const Experiment& e);
    // Sets the output layer's units and activation to the task's.
    static void applyTaskOutput(Experiment& e);
    // For the data and loss panels: if the output followed the task before an
    // edit, it follows the edited task too (e.g. 3 classes -> 3 softmax units).
    static void keepOutputFollowing(const Experiment& before, Experiment& after);

    // position: the index the new dense layer gets; it copies the width,
    // activation and initializers of the nearest hidden layer.
    static NetworkEdit addHiddenLayer(const Experiment& e, int position);
    static NetworkEdit addLayerBefore(const Experiment& e, int layer);
    static NetworkEdit addLayerAfter(const Experiment& e, int layer);
    static NetworkEdit addHiddenLayerAtEnd(const Experiment& e);
    static NetworkEdit removeLastHiddenLayer(const Experiment& e);
    // A hidden weighted layer goes with its chips; a chip goes alone.
    static NetworkEdit removeLayer(const Experiment& e, int layer);
    static NetworkEdit setUnits(const Experiment& e, int layer, Index units);
    static NetworkEdit addNeuron(const Experiment& e, int layer);
    static NetworkEdit removeNeuron(const Experiment& e, int layer);
    static NetworkEdit setActivation(const Experiment& e, int layer, const NamedSpec& activation);
    static NetworkEdit setWeightInit(const Experiment& e, int layer, const NamedSpec& init);
    static NetworkEdit setBiasInit(const Experiment& e, int layer, const NamedSpec& init);
    // Every hidden layer at once (Playground's one activation for all), as one
    // edit. A layer that already has this function (or initializer) is left
    // exactly as it is, parameters included, so the engine keeps its weights.
    static NetworkEdit setHiddenActivations(const Experiment& e, const NamedSpec& activation);
    static NetworkEdit setHiddenWeightInits(const Experiment& e, const NamedSpec& init);
    // The name every hidden layer shares, or "" if they differ or there are none.
    static std::string sharedHiddenActivation(const Experiment& e);
    static std::string sharedHiddenWeightInit(const Experiment& e);
    static NetworkEdit setOption(const Experiment& e, int layer, const std::string& key, double value);
    static NetworkEdit setLayerType(const Experiment& e, int layer, const std::string& type);
    // Inserts or removes a batchnorm (dropout) chip directly after a weighted layer.
    static bool hasChip(const Experiment& e, int layer, const std::string& type);
    static int chipIndex(const Experiment& e, int layer, const std::string& type);  // -1 if none
    static NetworkEdit setChip(const Experiment& e, int layer, const std::string& type, bool on);
    static NetworkEdit setOutputFollowsTask(const Experiment& e, bool follow);

    // The shape of one sample as the network gets it: the features for points
    // of the plane, {C, H, W} for images (the data set's own shape).
    static Shape inputShape(const Experiment& e);
    // The layer stack of an image network, edited one layer at a time; each
    // edit is checked by walking the shapes and refused with the engine's
    // reason ("pooling 2x2 on a 1x1 map").
    static NetworkEdit insertLayer(const Experiment& e, int position, const std::string& type);
    static NetworkEdit removeOneLayer(const Experiment& e, int layer);
    static NetworkEdit moveLayer(const Experiment& e, int layer, int delta);

    // The network's memory (core/model/MemoryEstimate) against the limits:
    // above the limit it will be refused when training starts, above the
    // comfortable size training is slow; empty otherwise, and for CSV data,
    // whose number of inputs is known only once the file is read.
    static QString sizeWarning(const Experiment& e);

    static QString activationLabel(const std::string& name);
    static QString initializerLabel(const std::string& name);
    static QString layerTypeLabel(const std::string& type);
    static QString optionLabel(const std::string& type, const std::string& key);
    static QString featureLabel(const std::string& name);
};

}  // namespace nnlab
