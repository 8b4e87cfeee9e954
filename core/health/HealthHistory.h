#pragma once
// The recorded gradient health of a run: a ring buffer of HealthPoints, one
// per recorded step, sized once in reset(), so push() allocates nothing. The
// very first point is kept apart (Diagnosis compares the end with the start
// even after the ring has wrapped). The GUI plots series() over steps().
#include "health/LayerHealth.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nnlab {

class HealthHistory {
public:
    explicit HealthHistory(std::size_t capacity = 1024);

    // Forgets every point; `shape` sizes every slot (its layers and histogram bins).
    void reset(std::vector<LayerHealthInfo> layers, const HealthPoint& shape);
    // Copies the point into the next slot (no allocation: same sizes as `shape`).
    void push(const HealthPoint& point);

    const std::vector<LayerHealthInfo>& layers() const { return m_layers; }
    std::size_t size() const { return m_size; }        // points held, <= capacity
    std::size_t capacity() const { return m_ring.size(); }
    bool empty() const { return m_size == 0; }
    std::uint64_t pushed() const { return m_pushed; }  // points pushed since reset
    const HealthPoint& at(std::size_t i) const;        // 0 = oldest held
    const HealthPoint& latest() const { return at(m_size - 1); }
    const HealthPoint& first() const { return m_first; }  // the first point since reset

    // Points pushed after the first `count` pushes (at most the ones still held).
    std::vector<HealthPoint> since(std::uint64_t count) const;
    // One value per held point for one layer, oldest first: e.g.
    // series(2, &LayerHealth::weightGradNorm); steps() is the x axis.
    std::vector<double> series(std::size_t layer, double LayerHealth::*field) const;
    std::vector<double> steps() const;
    std::vector<double> losses() const;

private:
    std::vector<LayerHealthInfo> m_layers;
    std::vector<HealthPoint> m_ring;
    HealthPoint m_first;
    std::size_t m_head = 0;  // slot of the next push
    std::size_t m_size = 0;
    std::uint64_t m_pushed = 0;
};

}  // namespace nnlab
