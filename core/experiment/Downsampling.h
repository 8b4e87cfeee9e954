#pragma once
// Which records of a long run to keep, so that a run of hours holds a bounded
// number of them while its plots and exports still span the whole run (as
// TensorBoard keeps a bounded sample of every scalar, but deterministically):
//   - records are numbered in push order, 0, 1, 2, ... (their ordinal);
//   - the newest `recent` records are held at full resolution (the tail);
//   - older ones are held at a stride s, a power of two: ordinals 0, s, 2s, ...
//     below the tail. Record 0, the start of the run, is always held.
// When all `capacity` slots are taken, the tail is cut back to `recent` and
// s doubles until the older part fills at most half of the rest: every
// record that remains is moved forward once, about 3 moves per push on
// average for recent = capacity / 4, and pushes between thinnings allocate
// nothing. A run of n records holds at most `capacity` of them, the older part
// about one in every n / (capacity - recent) records.
//
// The plan only counts; the storage (DownsampledHistory's vector,
// HealthHistory's preallocated slots) moves its records when told to.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace nnlab {

class Downsampling {
public:
    // capacity >= recent + 4 and recent >= 1, else std::invalid_argument.
    Downsampling(std::size_t capacity, std::size_t recent) : m_capacity(capacity), m_recent(recent) {
        if (recent < 1 || capacity < recent + 4)
            throw std::invalid_argument("Downsampling: capacity must exceed recent by at least 4");
    }

    void clear() {
        m_pushed = m_tailStart = 0;
        m_stride = 1;
        m_olderHeld = 0;
    }
    std::size_t capacity() const { return m_capacity; }
    std::size_t recent() const { return m_recent; }
    std::uint64_t pushed() const { return m_pushed; }  // records pushed since clear()
    std::uint64_t stride() const { return m_stride; }  // of the older part (1 until the first thinning)
    std::size_t held() const { return m_olderHeld + std::size_t(m_pushed - m_tailStart); }

    // Push order number of the i-th held record (0 = oldest held).
    std::uint64_t ordinal(std::size_t i) const {
        return i < m_olderHeld ? std::uint64_t(i) * m_stride : m_tailStart + (i - m_olderHeld);
    }
    // Index of the first held record pushed after the first `count` pushes
    // (held() if there is none).
    std::size_t firstHeldFrom(std::uint64_t count) const {
        if (count >= m_pushed) return held();
        if (count <= m_tailStart) return std::size_t((count + m_stride - 1) / m_stride);  // ceil: first multiple >= count
        return m_olderHeld + std::size_t(count - m_tailStart);
    }

    // Call before storing a record: if every slot is taken, thins the held
    // records, calling move(from, to) (to < from, ascending) for each one that
    // stays but changes slot, and returns the new number held (the storage
    // drops the rest); otherwise returns held() and moves nothing. The new
    // record then goes into slot held() and pushDone() counts it.
    template <class Move>
    std::size_t makeRoom(Move&& move) {
        if (held() < m_capacity) return held();
        const std::uint64_t tailStart = m_pushed - m_recent;
        std::uint64_t stride = m_stride;
        const std::size_t olderBudget = (m_capacity - m_recent) / 2;
        while ((tailStart + stride - 1) / stride > olderBudget) stride *= 2;
        const std::size_t before = held();
        std::size_t to = 0;
        for (std::size_t from = 0; from < before; ++from) {
            const std::uint64_t n = ordinal(from);
            if (n < tailStart && n % stride != 0) continue;
            if (to != from) move(from, to);
            ++to;
        }
        m_stride = stride;
        m_tailStart = tailStart;
        m_olderHeld = std::size_t((tailStart + stride - 1) / stride);
        return to;
    }
    void pushDone() { ++m_pushed; }

private:
    std::size_t m_capacity, m_recent;
    std::uint64_t m_pushed = 0;
    std::uint64_t m_tailStart = 0;  // ordinal of the first record of the full-resolution tail
    std::uint64_t m_stride = 1;
    std::size_t m_olderHeld = 0;    // records held before the tail: ordinals 0, s, ... below m_tailStart
};

}  // namespace nnlab
