#pragma once
// One player of the game, the generator or the discriminator: its network,
// its own optimizer and learning rate, and its trained state by name. The
// two are built the same way; only what they learn from differs (GanTask).
#include "model/Network.h"
#include "optimizers/Optimizer.h"
#include "experiment/Experiment.h"

#include <memory>
#include <string>

namespace nnlab {

class GanPlayer {
public:
    explicit GanPlayer(std::string name) : m_name(std::move(name)) {}

    // A new network, initialised from rng, and a fresh optimizer; errors name
    // the file's place: "gan.generator.layers[1]: ...".
    void build(const NetworkSpec& spec, const Shape& input, Index maxBatch, const NamedSpec& optimizer, Rng& rng);
    // Same optimizer: the new hyperparameters, its state kept. Another one:
    // a fresh optimizer (returns true, the state is lost).
    bool setOptimizer(const NamedSpec& optimizer);
    // Throws what build() would for this network, building nothing that stays:
    // a settings change is checked before anything is replaced. Returns the
    // network's output shape.
    static Shape check(const NetworkSpec& spec, const Shape& input, const std::string& name);
    void update() { m_optimizer->step(); }

    Network& network() { return *m_network; }
    const std::string& name() const { return m_name; }
    // The network's output for any number of rows, in batches it has buffers for.
    Matrix evaluate(MatrixIn x, Rng& rng);

    // Parameters (and running statistics) by "<player>/<layer>", then parameter.
    void save(WeightSet& into);
    // Throws SpecError/ShapeError naming weights.<player>/<layer>.<param>.
    void restore(const WeightSet& from);

private:
    std::string m_name;
    std::unique_ptr<Network> m_network;
    std::unique_ptr<Optimizer> m_optimizer;
    NamedSpec m_optimizerSpec;
};

}  // namespace nnlab
