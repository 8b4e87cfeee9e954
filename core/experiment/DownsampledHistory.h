#pragma once
// A run's records in bounded memory (Downsampling.h says which are kept): the
// newest at full resolution, older ones thinned, the whole run spanned. The
// held records sit in one vector, oldest first, so readers that want "the
// history" get a plain std::vector. Its capacity is reserved once: pushing
// allocates nothing.
#include "experiment/Downsampling.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace nnlab {

template <class T>
class DownsampledHistory {
public:
    // The history of a run keeps every epoch up to 8192; a longer one keeps the
    // last 2048 and a regular sample of the ones before (under 1 MB of
    // HistoryPoints).
    static constexpr std::size_t kDefaultCapacity = 8192;
    static constexpr std::size_t kDefaultRecent = kDefaultCapacity / 4;

    explicit DownsampledHistory(std::size_t capacity = kDefaultCapacity, std::size_t recent = kDefaultRecent)
        : m_plan(capacity, recent) {
        m_points.reserve(capacity);
    }

    void push(const T& point) {
        const std::size_t held = m_plan.makeRoom([this](std::size_t from, std::size_t to) {
            m_points[to] = std::move(m_points[from]);
        });
        m_points.erase(m_points.begin() + std::ptrdiff_t(held), m_points.end());
        m_points.push_back(point);
        m_plan.pushDone();
    }
    void clear() {
        m_points.clear();
        m_plan.clear();
    }

    const std::vector<T>& points() const { return m_points; }  // held, oldest first
    bool empty() const { return m_points.empty(); }
    std::size_t size() const { return m_points.size(); }
    const T& front() const { return m_points.front(); }
    const T& back() const { return m_points.back(); }
    std::uint64_t pushed() const { return m_plan.pushed(); }  // every record since clear(), held or not
    const Downsampling& plan() const { return m_plan; }

    // The held records pushed after the first `count` pushes, oldest first: a
    // reader that remembers pushed() gets what came since, thinned if it waited
    // so long that some of it is no longer held.
    std::vector<T> since(std::uint64_t count) const {
        return std::vector<T>(m_points.begin() + std::ptrdiff_t(m_plan.firstHeldFrom(count)), m_points.end());
    }

private:
    Downsampling m_plan;
    std::vector<T> m_points;
};

}  // namespace nnlab
