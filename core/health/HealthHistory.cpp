#include "health/HealthHistory.h"

#include "Error.h"

#include <algorithm>

namespace nnlab {

namespace {
// At least Downsampling's minimum; a quarter of the slots for the newest points.
std::size_t slotCount(std::size_t capacity) { return std::max<std::size_t>(8, capacity); }
}  // namespace

HealthHistory::HealthHistory(std::size_t capacity)
    : m_slots(slotCount(capacity)), m_plan(slotCount(capacity), slotCount(capacity) / 4) {}

void HealthHistory::reset(std::vector<LayerHealthInfo> layers, const HealthPoint& shape) {
    m_layers = std::move(layers);
    for (HealthPoint& p : m_slots) p = shape;
    m_first = shape;
    m_plan.clear();
}

void HealthHistory::push(const HealthPoint& point) {
    // swap, not move: the slot left behind keeps its buffers for a later copy.
    const std::size_t held = m_plan.makeRoom([this](std::size_t from, std::size_t to) { std::swap(m_slots[to], m_slots[from]); });
    m_slots[held] = point;
    if (m_plan.pushed() == 0) m_first = point;
    m_plan.pushDone();
}

const HealthPoint& HealthHistory::at(std::size_t i) const {
    if (i >= size()) throw Error("HealthHistory::at: point " + std::to_string(i) + " of " + std::to_string(size()));
    return m_slots[i];
}

std::vector<HealthPoint> HealthHistory::since(std::uint64_t count) const {
    return std::vector<HealthPoint>(m_slots.begin() + std::ptrdiff_t(m_plan.firstHeldFrom(count)),
                                    m_slots.begin() + std::ptrdiff_t(size()));
}

std::vector<double> HealthHistory::series(std::size_t layer, double LayerHealth::*field) const {
    std::vector<double> out;
    out.reserve(size());
    for (std::size_t i = 0; i < size(); ++i) {
        const HealthPoint& p = at(i);
        out.push_back(layer < p.layers.size() ? p.layers[layer].*field : 0.0);
    }
    return out;
}

std::vector<double> HealthHistory::steps() const {
    std::vector<double> out;
    out.reserve(size());
    for (std::size_t i = 0; i < size(); ++i) out.push_back(double(at(i).step));
    return out;
}

std::vector<double> HealthHistory::losses() const {
    std::vector<double> out;
    out.reserve(size());
    for (std::size_t i = 0; i < size(); ++i) out.push_back(at(i).loss);
    return out;
}

}  // namespace nnlab
