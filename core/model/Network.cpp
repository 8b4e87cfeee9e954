#include "model/Network.h"

#include "layers/Dense.h"

#include "Error.h"
#include "layers/LayerTable.h"
#include "model/MemoryEstimate.h"

#include <algorithm>

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
            m_bandwise.push_back(dynamic_cast<BandwiseLayer*>(m_layers.back().get()));
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
    for (std::size_t begin = 0; begin < m_layers.size();) {
        const std::size_t end = std::max(begin + 1, bandwiseEnd(begin));
        if (end - begin >= 2)
            for (std::size_t k = begin + 1; k < end; ++k) m_bandwise[k]->reserveBandInputGrad(bandRows(begin, end));
        begin = end;
    }
}

void Network::setProductThreads(int threads) {
    for (LayerPtr& layer : m_layers)
        if (auto* dense = dynamic_cast<Dense*>(layer.get())) dense->setProductThreads(threads);
}

void Network::initialize(Rng& rng) {
    for (auto& l : m_layers) l->initialize(rng);
}

// The input of layer i in the last forward.
MatrixIn Network::inputOf(std::size_t i, MatrixIn x) const { return i == 0 ? x : m_layers[i - 1]->output(); }

MatrixIn Network::forward(MatrixIn x, Pass& pass) {
    for (std::size_t i = 0; i < m_layers.size();) {
        const std::size_t end = bandwiseEnd(i);
        if (end - i < 2) {  // a lone layer gains nothing from bands
            m_layers[i]->forward(inputOf(i, x), pass);
            ++i;
            continue;
        }
        for (std::size_t k = i; k < end; ++k) m_bandwise[k]->beginForward(inputOf(k, x));
        const Index rows = x.rows(), band = bandRows(i, end);
        for (Index first = 0; first < rows; first += band)
            for (std::size_t k = i; k < end; ++k)
                m_bandwise[k]->forwardBand(inputOf(k, x), first, std::min(band, rows - first));
        i = end;
    }
    return m_layers.back()->output();
}

void Network::backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    // Layer i's dL/d(output): the next layer's input gradient, dOut for the last.
    const auto gradOf = [&](std::size_t i) { return i + 1 == m_layers.size() ? dOut : m_layers[i + 1]->inputGrad(); };
    const auto wantsInputGrad = [&](std::size_t i) { return i > 0 || wantInputGrad; };
    for (std::size_t end = m_layers.size(); end > 0;) {
        const std::size_t begin = bandwiseBegin(end);
        if (end - begin < 2) {
            const std::size_t i = end - 1;
            m_layers[i]->backward(inputOf(i, x), gradOf(i), wantsInputGrad(i));
            end = i;
            continue;
        }
        for (std::size_t k = begin; k < end; ++k) m_bandwise[k]->beginBackward();
        // All but the first layer's input gradients go, band by band, only to
        // the layer before: they stay in band buffers (BandwiseLayer.h).
        for (std::size_t k = begin + 1; k < end; ++k) m_bandwise[k]->inBands(true);
        const Index rows = m_layers[begin]->rows(), band = bandRows(begin, end);
        for (Index first = 0; first < rows; first += band) {
            const Index count = std::min(band, rows - first);
            for (std::size_t k = end; k-- > begin;) {
                const MatrixIn dOutBand =
                    k + 1 < end ? m_bandwise[k + 1]->bandInputGrad(first, count) : gradOf(k).middleRows(first, count);
                m_bandwise[k]->backwardBand(inputOf(k, x), dOutBand, wantsInputGrad(k), first, count);
            }
        }
        for (std::size_t k = begin + 1; k < end; ++k) m_bandwise[k]->inBands(false);
        for (std::size_t k = begin; k < end; ++k) m_bandwise[k]->endBackward();
        end = begin;
    }
}

std::size_t Network::bandwiseEnd(std::size_t begin) const {
    std::size_t end = begin;
    while (end < m_bandwise.size() && m_bandwise[end]) ++end;
    return end;
}

std::size_t Network::bandwiseBegin(std::size_t end) const {
    std::size_t begin = end;
    while (begin > 0 && m_bandwise[begin - 1]) --begin;
    return begin;
}

// Samples per band: as many as keep the stretch's largest map (output or
// input gradient, one sample's row) within kBandBytes, at least one.
Index Network::bandRows(std::size_t begin, std::size_t end) const {
    Index widest = 1;
    for (std::size_t k = begin; k < end; ++k) widest = std::max({widest, m_shapes[k].size(), m_shapes[k + 1].size()});
    return std::max<Index>(1, kBandBytes / (widest * Index(sizeof(double))));
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
