#pragma once
// A trainable thing the worker thread drives: supervised nets today; GAN,
// RBM and SOM tasks later implement the same three calls.
#include "training/Command.h"
#include "training/Snapshot.h"

namespace nnlab {

struct SnapshotOptions {
    int gridSize = 0;        // 0: no output grid / neuron maps
    bool neuronMaps = false;
    bool weights = true;
};

class Task {
public:
    virtual ~Task() = default;
    // One optimisation step (one mini-batch). Throws NumericError on NaN/inf,
    // naming the layer; the caller pauses.
    virtual void step() = 0;
    // Applies a command that changes the model or settings (not Play/Pause).
    virtual void apply(const CommandBody& command) = 0;
    virtual void fillSnapshot(Snapshot& snapshot, const SnapshotOptions& options) = 0;
    // Wall time the driver spent training (playing, or running a Step), for
    // the snapshot's samples/s and elapsed time; pauses are not counted.
    virtual void addTrainingTime(double seconds) = 0;
    virtual bool finished() const = 0;
    virtual std::uint64_t epoch() const = 0;
    virtual std::uint64_t stepCount() const = 0;
    virtual std::uint64_t structureRevision() const = 0;
    // History points produced since the last call (moved out).
    virtual std::vector<HistoryPoint> takeHistory() = 0;
    virtual std::vector<Note> takeNotes() = 0;
};

}  // namespace nnlab
