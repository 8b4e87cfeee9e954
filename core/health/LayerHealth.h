#pragma once
// Gradient health of one layer after one training step: what the gradient
// panel plots and what Diagnosis reads (curriculum 000-10, 000-11, 000-13,
// 003-29: per-layer |g|, |dW|/|W|, activation spread, dead and saturated units).
//
//   weightGradNorm  ||dL/dW||_F of the batch, after penalties, BEFORE clipping
//                   (the raw gradient: clipping hides an explosion, 003-11)
//   biasGradNorm    ||dL/db||  (biases vanish and explode too: 003-12)
//   weightNorm      ||W||_F after the update
//   updateRatio     ||W_after - W_before||_F / ||W_before||_F
//                   (0 if nothing moved; ||dW|| / 1e-12 if W was 0)
//   activationMean, activationStd   over every (sample, unit) output of the batch
//   saturatedFraction  share of (sample, unit) outputs of a squashing unit
//                   (sigmoid, tanh, hard_sigmoid, softsign) with f'(z) below
//                   kSaturatedSlope of its peak f'. 0.18 is sigma'(3)/sigma'(0):
//                   the notes' "gradients matter only in [-3, 3]" (003-16,
//                   [WE-14]); for tanh that is |z| > 1.5, |a| > 0.905.
//   deadFraction    share of units whose f'(z) is exactly 0 for every sample
//                   of the batch (a dead ReLU: GBC §6.3.1, 000-13)
//   persistentDeadFraction  share of units with f'(z) = 0 on at least
//                   kDeadSamples samples in a row (over the recorded batches):
//                   a small batch alone can miss a unit's active region, the
//                   notes count units "at 0 on the whole validation set"
//   unitQuiet, unitSaturated   per unit: samples in a row with f'(z) = 0, and
//                   the saturated share of the batch (the canvas marks them)
//   timeGradFirst, timeGradLast   recurrent layers (rnn, lstm, gru; of a
//                   bidirectional layer its forward cell): ||dL/dh_t|| over the
//                   batch at the first and at the last time step, through the
//                   output and the later steps (Recurrent::hiddenGrads): their
//                   ratio is how much gradient survives the way back through
//                   time (Bengio et al. 1994; Pascanu et al. 2013)
//   unitSpread      max over units r of max|[W_r, b_r] - [W_0, b_0]|: 0 when
//                   every unit of the layer computes the same function
//                   (symmetry, zero or constant init: GBC §8.4, 000-26)
// Histograms have fixed bins (chosen once per network), so the GUI can stack
// them over time as a heat map.
#include "Types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nnlab {

constexpr double kSaturatedSlope = 0.18;  // f'(z) / max f' below this: saturated
constexpr int kHistogramBins = 32;
constexpr double kDeadSamples = 100.0;    // f'(z) = 0 on this many samples in a row: dead

struct Histogram {
    // Linear: bin k covers [lo + k w, lo + (k+1) w), w = (hi - lo) / bins.
    // Log10Magnitude: the same over log10|x|; exact zeros go to `zeros`.
    enum class Scale { Linear, Log10Magnitude };
    Scale scale = Scale::Linear;
    double lo = -1.0, hi = 1.0;
    std::vector<double> counts;   // raw counts per bin; values outside [lo, hi) go to the end bins
    double zeros = 0.0;           // Log10Magnitude only
    double outside = 0.0;         // how many were clamped into an end bin
    double total = 0.0;           // every value added, zeros included

    void setRange(Scale s, double low, double high, int bins = kHistogramBins);
    void clear();                 // counts to 0, keeps the bins; allocates nothing
    void add(const double* values, Index n);
    double binLow(int k) const { return lo + (hi - lo) * k / double(counts.size()); }
    double binHigh(int k) const { return binLow(k + 1); }
};

// What does not change while a network keeps its structure.
struct LayerHealthInfo {
    std::string name;        // "dense_2"
    std::string type;        // "dense"
    std::string activation;  // "relu"; "" for layers without one
    Index units = 0;         // outputs per sample
    bool hasWeights = false; // has a "W" (the gradient-norm ratio uses these)
    Index weightCount = 0;   // entries of W
    bool squashing = false;  // saturation is measured (sigmoid, tanh, hard_sigmoid, softsign)
    bool canDie = false;     // f' is exactly 0 on a half-line (relu, binary_step, hard_sigmoid)
    bool recurrent = false;  // rnn, lstm, gru: timeGradFirst/Last are measured
    bool truncated = false;  // backpropagation through time is truncated (no gradient reaches t = 1 by design)
    Index steps = 0;         // time steps of a recurrent layer
};

struct LayerHealth {
    double weightGradNorm = 0.0, biasGradNorm = 0.0;
    double weightNorm = 0.0;
    double updateRatio = 0.0;
    double activationMean = 0.0, activationStd = 0.0;
    double saturatedFraction = 0.0;
    double deadFraction = 0.0;
    double persistentDeadFraction = 0.0;
    double unitSpread = 0.0;
    double timeGradFirst = 0.0, timeGradLast = 0.0;
    std::vector<double> unitQuiet;      // per unit (activation layers; empty otherwise)
    std::vector<double> unitSaturated;  // per unit (squashing activations; empty otherwise)
    Histogram weightHistogram;      // linear over W
    Histogram activationHistogram;  // linear over the outputs of the batch
    Histogram gradientHistogram;    // log10 |dL/dW|
};

// One recorded step.
struct HealthPoint {
    std::uint64_t step = 0;  // 1 = the first step
    double loss = 0.0;       // the batch loss of that step (before the update)
    std::vector<LayerHealth> layers;
};

}  // namespace nnlab
