#pragma once
// The recorded gradient health of a run: HealthPoints, one per recorded step,
// in slots sized once in reset(), so push() allocates nothing. A long run is
// thinned as experiment/Downsampling.h says: the newest quarter of the slots
// at full resolution, older points at a growing stride, so the held points
// span the whole run in bounded memory. The very first point is also kept
// apart (Diagnosis compares the end with the start). The GUI plots series()
// over steps().
#include "experiment/Downsampling.h"
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
    std::size_t size() const { return m_plan.held(); }  // points held, <= capacity
    std::size_t capacity() const { return m_slots.size(); }
    bool empty() const { return size() == 0; }
    std::uint64_t pushed() const { return m_plan.pushed(); }  // points pushed since reset
    const HealthPoint& at(std::size_t i) const;               // 0 = oldest held
    const HealthPoint& latest() const { return at(size() - 1); }
    const HealthPoint& first() const { return m_first; }  // the first point since reset

    // Points pushed after the first `count` pushes (the ones of them still held).
    std::vector<HealthPoint> since(std::uint64_t count) const;
    // One value per held point for one layer, oldest first: e.g.
    // series(2, &LayerHealth::weightGradNorm); steps() is the x axis.
    std::vector<double> series(std::size_t layer, double LayerHealth::*field) const;
    std::vector<double> steps() const;
    std::vector<double> losses() const;

private:
    std::vector<LayerHealthInfo> m_layers;
    std::vector<HealthPoint> m_slots;  // held points in slots [0, size()), oldest first
    Downsampling m_plan;
    HealthPoint m_first;
};

}  // namespace nnlab
