#pragma once
// Edits of a two-player game's networks, the generator and the discriminator,
// as pure functions on an Experiment (as playground/NetworkEdits does for the
// playground's network): hidden layers added or removed, a hidden layer's
// width, one activation for a player's hidden layers. Each gives the next
// experiment and the undo list's text, or the reason it is refused.
//
// A player's network is the kind section's "generator" or "discriminator"
// ({"layers": [...]}, the last layer its output, which is never edited here),
// read by path so a file that leaves it out gets the kind's default. Limits
// are GAN Lab's: 0 to 5 hidden layers, 1 to 100 neurons each. The edited
// experiment is checked by the kind (tasks/TaskRegistry.h) before it is given.
#include "experiment/Experiment.h"
#include "playground/NetworkEdits.h"

#include <QCoreApplication>

namespace nnlab {

class PlayerEdits {
    Q_DECLARE_TR_FUNCTIONS(PlayerEdits)
public:
    enum Player { Generator, Discriminator };
    static constexpr int kMaxHiddenLayers = 5;
    static constexpr Index kMaxUnits = 100;
    static constexpr Index kNewLayerUnits = 8;  // GAN Lab's width, for the first hidden layer

    // The section's field: "generator" or "discriminator".
    static const char* field(Player player);
    // The player's network, its defaults filled in; empty if the experiment has no such player.
    static NetworkSpec network(const Experiment& e, Player player);
    // The widths of its hidden layers (every layer before the output), in order.
    static std::vector<Index> hiddenUnits(const Experiment& e, Player player);
    // The activation every hidden layer shares, "" if they differ or there are none.
    static std::string hiddenActivation(const Experiment& e, Player player);

    // A new hidden layer just before the output, copying the last hidden one
    // (or 8 ReLU neurons when there is none).
    static NetworkEdit addHiddenLayer(const Experiment& e, Player player);
    static NetworkEdit removeHiddenLayer(const Experiment& e, Player player);  // the last one
    // hidden: 0-based among the hidden layers.
    static NetworkEdit addNeuron(const Experiment& e, Player player, int hidden);
    static NetworkEdit removeNeuron(const Experiment& e, Player player, int hidden);
    static NetworkEdit setHiddenActivation(const Experiment& e, Player player, const std::string& activation);

private:
    static NetworkEdit setUnits(const Experiment& e, Player player, int hidden, Index units);
    static NetworkEdit withNetwork(const Experiment& e, Player player, const NetworkSpec& spec, const QString& text);
};

}  // namespace nnlab
