#include "tasks/gan/GanPlayer.h"

#include "Error.h"

namespace nnlab {
namespace {

// Network's messages name "network.layers[i]"; the file's place is "gan.<player>.layers[i]".
template <class E>
E placed(const E& e, const std::string& player) {
    std::string message = e.what();
    const std::string from = "network.";
    if (message.rfind(from, 0) == 0) message.replace(0, from.size(), "gan." + player + ".");
    else message = "gan." + player + ": " + message;
    return E(message);
}

std::unique_ptr<Network> networkOf(const NetworkSpec& spec, const Shape& input, Index maxBatch, const std::string& name) {
    try {
        return std::make_unique<Network>(spec, input, maxBatch);
    } catch (const ShapeError& e) {
        throw placed(e, name);
    } catch (const SpecError& e) {
        throw placed(e, name);
    }
}

}  // namespace

Shape GanPlayer::check(const NetworkSpec& spec, const Shape& input, const std::string& name) {
    return networkOf(spec, input, 1, name)->outputShape();
}

void GanPlayer::build(const NetworkSpec& spec, const Shape& input, Index maxBatch, const NamedSpec& optimizer, Rng& rng) {
    m_network = networkOf(spec, input, maxBatch, m_name);
    m_network->initialize(rng);
    m_optimizer = makeOptimizer(optimizer);
    m_optimizer->bind(m_network->params());
    m_optimizerSpec = optimizer;
}

bool GanPlayer::setOptimizer(const NamedSpec& optimizer) {
    if (optimizer == m_optimizerSpec) return false;
    const bool fresh = optimizer.name != m_optimizerSpec.name;
    if (fresh) {
        m_optimizer = makeOptimizer(optimizer);
        m_optimizer->bind(m_network->params());
    } else {
        // Keys left out of the file take the table's defaults again.
        const std::unique_ptr<Optimizer> defaults = makeOptimizer(NamedSpec(optimizer.name));
        for (const auto& [key, value] : defaults->hyperparameters()) m_optimizer->set(key, optimizer.get(key, value));
    }
    m_optimizerSpec = optimizer;
    return fresh;
}

Matrix GanPlayer::evaluate(MatrixIn x, Rng& rng) {
    Matrix out(x.rows(), m_network->outputShape().size());
    Pass pass{false, &rng};
    const Index chunk = m_network->maxBatch();
    for (Index begin = 0; begin < x.rows(); begin += chunk) {
        const Index n = std::min(chunk, x.rows() - begin);
        out.middleRows(begin, n) = m_network->forward(x.middleRows(begin, n), pass);
    }
    return out;
}

void GanPlayer::save(WeightSet& into) {
    for (std::size_t i = 0; i < m_network->size(); ++i) {
        Layer& layer = m_network->layer(i);
        auto& entry = into[m_name + "/" + layer.name()];
        for (const Param& p : layer.params()) entry[p.name] = *p.value;
        for (const Param& p : layer.buffers()) entry[p.name] = *p.value;
    }
}

void GanPlayer::restore(const WeightSet& from) {
    for (std::size_t i = 0; i < m_network->size(); ++i) {
        Layer& layer = m_network->layer(i);
        const std::string key = m_name + "/" + layer.name();
        const auto saved = from.find(key);
        std::vector<Param> all = layer.params();
        for (const Param& p : layer.buffers()) all.push_back(p);
        for (const Param& p : all) {
            const std::string place = "weights." + key + "." + p.name;
            if (saved == from.end() || !saved->second.count(p.name)) throw SpecError(place + ": missing");
            const Matrix& m = saved->second.at(p.name);
            if (m.rows() != p.value->rows() || m.cols() != p.value->cols())
                throw ShapeError(place + ": expected " + std::to_string(p.value->rows()) + " x " +
                                 std::to_string(p.value->cols()) + ", got " + std::to_string(m.rows()) + " x " +
                                 std::to_string(m.cols()));
            *p.value = m;
        }
    }
}

}  // namespace nnlab
