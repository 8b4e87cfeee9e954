#include "health/HealthHistory.h"

#include "Error.h"

#include <algorithm>

namespace nnlab {

HealthHistory::HealthHistory(std::size_t capacity) : m_ring(std::max<std::size_t>(1, capacity)) {}

void HealthHistory::reset(std::vector<LayerHealthInfo> layers, const HealthPoint& shape) {
    m_layers = std::move(layers);
    for (HealthPoint& p : m_ring) p = shape;
    m_first = shape;
    m_head = m_size = 0;
    m_pushed = 0;
}

void HealthHistory::push(const HealthPoint& point) {
    m_ring[m_head] = point;
    if (m_pushed == 0) m_first = point;
    m_head = (m_head + 1) % m_ring.size();
    m_size = std::min(m_size + 1, m_ring.size());
    ++m_pushed;
}

const HealthPoint& HealthHistory::at(std::size_t i) const {
    if (i >= m_size) throw Error("HealthHistory::at: point " + std::to_string(i) + " of " + std::to_string(m_size));
    const std::size_t oldest = (m_head + m_ring.size() - m_size) % m_ring.size();
    return m_ring[(oldest + i) % m_ring.size()];
}

std::vector<HealthPoint> HealthHistory::since(std::uint64_t count) const {
    std::vector<HealthPoint> out;
    if (count >= m_pushed) return out;
    const std::size_t n = std::size_t(std::min<std::uint64_t>(m_pushed - count, m_size));
    out.reserve(n);
    for (std::size_t i = m_size - n; i < m_size; ++i) out.push_back(at(i));
    return out;
}

std::vector<double> HealthHistory::series(std::size_t layer, double LayerHealth::*field) const {
    std::vector<double> out;
    out.reserve(m_size);
    for (std::size_t i = 0; i < m_size; ++i) {
        const HealthPoint& p = at(i);
        out.push_back(layer < p.layers.size() ? p.layers[layer].*field : 0.0);
    }
    return out;
}

std::vector<double> HealthHistory::steps() const {
    std::vector<double> out;
    out.reserve(m_size);
    for (std::size_t i = 0; i < m_size; ++i) out.push_back(double(at(i).step));
    return out;
}

std::vector<double> HealthHistory::losses() const {
    std::vector<double> out;
    out.reserve(m_size);
    for (std::size_t i = 0; i < m_size; ++i) out.push_back(at(i).loss);
    return out;
}

}  // namespace nnlab
