#include "adversarial/PlayerEdits.h"

#include "Error.h"
#include "activations/Activation.h"
#include "experiment/ExperimentJson.h"
#include "experiment/ExperimentPath.h"
#include "tasks/TaskRegistry.h"

namespace nnlab {
namespace {

NetworkEdit refused(const Experiment& e, const QString& reason) { return NetworkEdit{e, QString(), reason}; }

// One phrase per player and edit, whole, so a translation never glues a player's name into a sentence.
QString says(PlayerEdits::Player p, const QString& generator, const QString& discriminator) {
    return p == PlayerEdits::Generator ? generator : discriminator;
}

}  // namespace

const char* PlayerEdits::field(Player player) { return player == Generator ? "generator" : "discriminator"; }

NetworkSpec PlayerEdits::network(const Experiment& e, Player player) {
    if (e.kind == kSupervisedKind) return {};  // the playground's one network: not asked on every edit
    const std::string path = e.kind + "." + field(player);
    try {
        return networkSpecFromJson(getByPath(e, path), path);
    } catch (const Error&) {
        return {};
    }
}

std::vector<Index> PlayerEdits::hiddenUnits(const Experiment& e, Player player) {
    const NetworkSpec spec = network(e, player);
    std::vector<Index> units;
    for (std::size_t i = 0; i + 1 < spec.layers.size(); ++i) units.push_back(spec.layers[i].units);
    return units;
}

std::string PlayerEdits::hiddenActivation(const Experiment& e, Player player) {
    const NetworkSpec spec = network(e, player);
    std::string shared;
    for (std::size_t i = 0; i + 1 < spec.layers.size(); ++i) {
        const std::string& name = spec.layers[i].activation.name;
        if (i > 0 && name != shared) return {};
        shared = name;
    }
    return shared;
}

NetworkEdit PlayerEdits::withNetwork(const Experiment& e, Player player, const NetworkSpec& spec, const QString& text) {
    Experiment next = e;
    try {
        setByPath(next, e.kind + "." + field(player), networkSpecToJson(spec));
        checkTaskKind(next);  // the kind's own checks, its messages
    } catch (const Error& err) {
        return refused(e, QString::fromUtf8(err.what()));
    }
    return NetworkEdit{next, text, QString()};
}

NetworkEdit PlayerEdits::addHiddenLayer(const Experiment& e, Player player) {
    NetworkSpec spec = network(e, player);
    if (spec.layers.empty()) return refused(e, tr("This experiment has no generator or discriminator to edit."));
    const int hidden = int(spec.layers.size()) - 1;
    if (hidden >= kMaxHiddenLayers)
        return refused(e, says(player, tr("The generator has %1 hidden layers, the most it can have here.").arg(kMaxHiddenLayers),
                               tr("The discriminator has %1 hidden layers, the most it can have here.").arg(kMaxHiddenLayers)));
    LayerSpec layer;
    if (hidden > 0) {
        layer = spec.layers[std::size_t(hidden - 1)];
    } else {
        layer.units = kNewLayerUnits;
        layer.activation = NamedSpec("relu");
        layer.weightInit = NamedSpec("he_uniform");
    }
    // Layers are named by position: a fresh one would otherwise borrow a name.
    layer.name.clear();
    for (LayerSpec& l : spec.layers) l.name.clear();
    spec.layers.insert(spec.layers.end() - 1, layer);
    return withNetwork(e, player, spec,
                       says(player, tr("Add a hidden layer to the generator"), tr("Add a hidden layer to the discriminator")));
}

NetworkEdit PlayerEdits::removeHiddenLayer(const Experiment& e, Player player) {
    NetworkSpec spec = network(e, player);
    if (spec.layers.size() < 2)
        return refused(e, says(player, tr("The generator has no hidden layer left to remove."),
                               tr("The discriminator has no hidden layer left to remove.")));
    for (LayerSpec& l : spec.layers) l.name.clear();
    spec.layers.erase(spec.layers.end() - 2);
    return withNetwork(e, player, spec,
                       says(player, tr("Remove a hidden layer of the generator"), tr("Remove a hidden layer of the discriminator")));
}

NetworkEdit PlayerEdits::setUnits(const Experiment& e, Player player, int hidden, Index units) {
    NetworkSpec spec = network(e, player);
    if (hidden < 0 || hidden + 1 >= int(spec.layers.size())) return refused(e, tr("There is no hidden layer %1.").arg(hidden + 1));
    LayerSpec& layer = spec.layers[std::size_t(hidden)];
    if (layer.type != "dense") return refused(e, tr("Only a dense layer has a number of neurons."));
    if (units < 1) return refused(e, tr("A layer needs at least one neuron; remove the layer instead."));
    if (units > kMaxUnits) return refused(e, tr("A hidden layer has at most %1 neurons here.").arg(kMaxUnits));
    const bool more = units > layer.units;
    layer.units = units;
    const int n = hidden + 1;
    return withNetwork(e, player, spec,
                       more ? says(player, tr("Add a neuron to hidden layer %1 of the generator").arg(n),
                                   tr("Add a neuron to hidden layer %1 of the discriminator").arg(n))
                            : says(player, tr("Remove a neuron from hidden layer %1 of the generator").arg(n),
                                   tr("Remove a neuron from hidden layer %1 of the discriminator").arg(n)));
}

NetworkEdit PlayerEdits::addNeuron(const Experiment& e, Player player, int hidden) {
    const std::vector<Index> units = hiddenUnits(e, player);
    if (hidden < 0 || hidden >= int(units.size())) return refused(e, tr("There is no hidden layer %1.").arg(hidden + 1));
    return setUnits(e, player, hidden, units[std::size_t(hidden)] + 1);
}

NetworkEdit PlayerEdits::removeNeuron(const Experiment& e, Player player, int hidden) {
    const std::vector<Index> units = hiddenUnits(e, player);
    if (hidden < 0 || hidden >= int(units.size())) return refused(e, tr("There is no hidden layer %1.").arg(hidden + 1));
    return setUnits(e, player, hidden, units[std::size_t(hidden)] - 1);
}

NetworkEdit PlayerEdits::setHiddenActivation(const Experiment& e, Player player, const std::string& activation) {
    NetworkSpec spec = network(e, player);
    if (spec.layers.size() < 2)
        return refused(e, says(player, tr("The generator has no hidden layer; add one first."),
                               tr("The discriminator has no hidden layer; add one first.")));
    for (std::size_t i = 0; i + 1 < spec.layers.size(); ++i)
        if (spec.layers[i].activation.name != activation) spec.layers[i].activation = NamedSpec(activation);
    const QString label = NetworkEdits::activationLabel(activation);
    return withNetwork(e, player, spec,
                       says(player, tr("Generator's hidden layers: %1").arg(label),
                            tr("Discriminator's hidden layers: %1").arg(label)));
}

}  // namespace nnlab
