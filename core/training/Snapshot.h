#pragma once
// What the views and the CLI read of a running Task: plain values, copied
// out of the model, never pointers into it.
#include "Types.h"
#include "experiment/History.h"
#include "health/LayerHealth.h"
#include "health/Verdict.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nnlab {

struct LayerFrame {
    std::string name;       // "dense_2"
    std::string type;       // "dense"
    Matrix weights;         // copy of W (out, in); empty for layers without weights
    Matrix bias;            // copy of b (1, out)
    double weightGradNorm = 0.0;  // |dL/dW| of the last step
    double biasGradNorm = 0.0;
    double meanAbsActivation = 0.0;
    double saturatedFraction = 0.0;  // share of squashing outputs with f'(z) < 0.18 max f' (health/LayerHealth.h)
    Matrix neuronMaps;      // one row per neuron: its output over the input grid (gridSize^2)
    // Gradient health of the last recorded step (SupervisedTask::setRecordHealth);
    // valid if hasHealth. meanAbsActivation/saturatedFraction above are filled from it too.
    bool hasHealth = false;
    LayerHealthInfo healthInfo;  // activation, squashing, canDie, units
    LayerHealth health;          // norms, ratios, dead/saturated shares, histograms
};

// Something the user should be told, worded by the GUI (tr()) from its code.
struct Note {
    std::string code;     // "reinitialised", "nan", "early_stopped", "finished", "targets", "warning"
    std::string layer;    // layer name, if any
    std::string detail;   // engine's English detail (the CLI prints it)
};

// A kind's own picture data (feature maps, a U-matrix, generated samples,
// a map's units), by name; the kind's views know what each one means.
struct Payload {
    std::string name;
    Matrix values;
};

struct Snapshot {
    std::string kind;                      // the task's kind ("supervised")
    std::uint64_t step = 0, epoch = 0;
    std::uint64_t structureRevision = 0;   // changed: views rebuild; else repaint
    std::uint64_t lastAppliedCommand = 0;
    bool running = false;
    bool finished = false;                 // epochs done or early-stopped
    double samplesPerSecond = 0.0;
    double elapsedSeconds = 0.0;
    std::vector<SeriesInfo> series;        // what newHistory's values are, in their order
    bool historyByStep = false;            // plot the history against the step count (a game's iterations)
    std::vector<HistoryPoint> newHistory;  // every point since the last snapshot
    std::vector<LayerFrame> layers;
    int gridSize = 0;                      // outputGrid is gridSize x gridSize over [gridMin, gridMax]^2
    double gridMin = -6.0, gridMax = 6.0;
    Matrix outputGrid;                     // (gridSize^2, outputs): network output per cell, row = iy*gridSize + ix
    std::vector<Note> notes;
    // Gradient health (empty unless recording): every point recorded since the
    // last snapshot (for the time series and histogram heat maps), and the
    // live diagnosis of the whole run so far.
    std::vector<HealthPoint> newHealth;
    std::vector<Verdict> verdicts;
    std::vector<Payload> payload;          // the kind's own data, if any
    // Units a kind places in the plane of its data (a Kohonen map's
    // prototypes), drawn over the points on the output map: (n, 2) and the
    // pairs of rows joined by a line (a chain's neighbours; a grid's later).
    Matrix planeUnits;
    std::vector<std::pair<Index, Index>> planeLinks;
};

}  // namespace nnlab
