#pragma once
// Computes LayerHealth from a Network around one training step and pushes it
// into a HealthHistory. Cheap and allocation-free after bind(): the step only
// calls it every k-th time (due()), and then
//   beforeUpdate()  after the backward pass, before clipping and the update:
//                   raw gradient norms and histograms, activation statistics,
//                   dead and saturated units, a copy of W (preallocated);
//   afterUpdate()   after the update: |W|, |W - W_before| / |W_before|, the
//                   weight histogram, the unit spread; pushes the point.
// bind() again whenever the network is rebuilt (new layers, new buffers).
#include "health/HealthHistory.h"
#include "model/Network.h"

#include <cstdint>
#include <vector>

namespace nnlab {

class Activation;
class Recurrent;

class HealthRecorder {
public:
    explicit HealthRecorder(int everyKSteps = 1, std::size_t capacity = 1024);

    void setInterval(int everyKSteps) { m_every = everyKSteps < 1 ? 1 : everyKSteps; }
    int interval() const { return m_every; }
    // stepsDone: steps finished before this one. Records steps k, 2k, ... (1-based),
    // and every step of the first kDenseSteps and of the kDenseSteps after a
    // recorded gradient norm passed kFastGrowth times the largest before it: a run that blows up within
    // a few steps (the exploding lessons: NaN at steps 4-8) shows every one.
    bool due(std::uint64_t stepsDone) const {
        return stepsDone < m_denseUntil || (stepsDone + 1) % std::uint64_t(m_every) == 0;
    }
    static constexpr std::uint64_t kDenseSteps = 50;
    static constexpr double kFastGrowth = 4.0;

    // Layer pointers, weight copies, scratch buffers and histogram ranges for
    // this network (its current weights set the weight-histogram range). Clears
    // the history.
    void bind(Network& net);
    bool bound() const { return m_net != nullptr; }
    std::uint64_t generation() const { return m_generation; }  // counts bind() calls
    void beforeUpdate();
    void afterUpdate(std::uint64_t step, double loss);

    const HealthHistory& history() const { return m_history; }
    // The point being filled / the last one pushed.
    const HealthPoint& current() const { return m_point; }

private:
    struct Bound {
        Layer* layer = nullptr;
        Matrix *W = nullptr, *dW = nullptr, *b = nullptr, *db = nullptr;
        const Activation* activation = nullptr;  // dense, maxout
        const Recurrent* recurrent = nullptr;    // rnn, lstm, gru (a bidirectional layer's forward cell)
        const Matrix* preActivation = nullptr;
        double slopePeak = 1.0;                  // max f' of a squashing activation
        bool activationRangeSet = false;
        Matrix weightsBefore;
        Array ones, slope;                       // (maxBatch, units): f'(z) by backward with dy = 1
    };
    void measureActivations(Bound& b, LayerHealth& h);

    int m_every = 1;
    std::uint64_t m_denseUntil = kDenseSteps;  // record every step before this one
    double m_peakGradNorm = 0.0;               // largest total ||g|| recorded since bind()
    Network* m_net = nullptr;
    std::uint64_t m_generation = 0;
    std::vector<Bound> m_bound;
    HealthPoint m_point;
    HealthHistory m_history;
};

}  // namespace nnlab
