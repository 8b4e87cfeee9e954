#include "model/Network.h"

#include "Error.h"
#include "layers/LayerTable.h"
#include "model/MemoryEstimate.h"

namespace nnlab {

Network::Network(const NetworkSpec& spec, const Shape& input, Index maxBatch, Precision precision)
    : m_spec(spec), m_input(input), m_precision(precision) {
    if (m_spec.layers.empty()) throw ShapeError("network.layers: the network needs at least one layer");
    // Before any layer or buffer exists: a network too large is refused, not met by bad_alloc.
    requireMemoryFits(estimateNetworkMemory(m_spec, input, maxBatch), m_spec, maxBatch);
    m_shapes.push_back(input);
    for (std::size_t i = 0; i < m_spec.layers.size(); ++i) {
        LayerSpec& ls = m_spec.layers[i];
        if (ls.name.empty()) ls.name = ls.type + "_" + std::to_string(i + 1);
        const std::string where = "network.layers[" + std::to_string(i) + "]: ";
        try {
            m_layers.push_back(makeLayer(ls));
            m_layers.back()->setPrecision(precision);
            m_shapes.push_back(m_layers.back()->outputShape(m_shapes.back()));
        } catch (const ShapeError& e) {
            throw ShapeError(where + e.what());
        } catch (const SpecError& e) {
            throw SpecError(where + e.what());
        }
    }
    reserve(maxBatch);
}

void Network::reserve(Index maxBatch) {
    if (maxBatch <= m_maxBatch) return;
    m_maxBatch = maxBatch;
    for (std::size_t i = 0; i < m_layers.size(); ++i) m_layers[i]->reserve(m_shapes[i], maxBatch);
}

void Network::initialize(Rng& rng) {
    for (auto& l : m_layers) l->initialize(rng);
}

MatrixIn Network::forward(MatrixIn x, Pass& pass) {
    m_layers[0]->forward(x, pass);
    for (std::size_t i = 1; i < m_layers.size(); ++i) m_layers[i]->forward(m_layers[i - 1]->output(), pass);
    return m_layers.back()->output();
}

void Network::backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    const std::size_t n = m_layers.size();
    if (n == 1) {
        m_layers[0]->backward(x, dOut, wantInputGrad);
        return;
    }
    m_layers[n - 1]->backward(m_layers[n - 2]->output(), dOut, true);
    for (std::size_t i = n - 2; i > 0; --i)
        m_layers[i]->backward(m_layers[i - 1]->output(), m_layers[i + 1]->inputGrad(), true);
    m_layers[0]->backward(x, m_layers[1]->inputGrad(), wantInputGrad);
}

std::vector<Param> Network::params() {
    std::vector<Param> all;
    for (auto& l : m_layers)
        for (auto& p : l->params()) all.push_back(p);
    return all;
}

std::size_t Network::parameterCount() {
    std::size_t n = 0;
    for (auto& p : params()) n += std::size_t(p.value->size());
    return n;
}

}  // namespace nnlab
