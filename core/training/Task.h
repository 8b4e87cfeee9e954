#pragma once
// A trainable thing the worker thread, the CLI and the exports drive, whatever
// its kind: a supervised net, later an autoencoder, a GAN, an RBM or a SOM.
// They hold a Task (made by tasks/TaskRegistry.h from an Experiment) and never
// name a concrete class. What only some kinds can give (a network to export,
// gradient health, points of the plane) is a capability the task may offer:
// a null pointer means "this kind has none", and the views that need it are
// hidden or disabled. docs/architecture.md shows the whole path.
#include "experiment/Experiment.h"
#include "training/Command.h"
#include "training/Snapshot.h"

#include <string>
#include <vector>

namespace nnlab {

class NetworkModel;
class HealthMonitor;
class SampleGenerator;

struct SnapshotOptions {
    int gridSize = 0;        // 0: no output grid / neuron maps
    bool neuronMaps = false;
    bool weights = true;
    // Image classifiers: a gallery of test images with their predictions, the
    // confusion matrix and the worst mistakes (ImageResults.h), refreshed no
    // more often than keeps their cost (the network over up to 1000 test
    // images) under a tenth of the time.
    bool imageResults = false;
    // Points of the plane: the training points as every flat layer sees them
    // (training/HiddenSpaceNames.h), for the hidden-space view.
    bool hiddenSpace = false;
    // Recurrent networks: the payloads of this validation sequence (its
    // prediction, hidden states, gates and |dL/dh_t|: SequenceResultNames.h),
    // computed for every frame on a copy of the network; -1: none.
    long sequenceSample = -1;
    // Text data: a sample of generated text (training/TextSampleNames.h),
    // refreshed every kTextPreviewSteps steps at most and no more often than
    // keeps its cost under a tenth of the time.
    bool textSamples = false;
    // A generator of images: the two samples of its fixed noise batch whose
    // noise vectors the latent interpolation walks between (indices).
    int interpolationFrom = 0, interpolationTo = 1;
};

class Task {
public:
    virtual ~Task() = default;

    // One optimisation step (one mini-batch, one sample, one CD-k update).
    // Throws NumericError on NaN/inf, naming the layer; the caller pauses.
    virtual void step() = 0;
    // Steps until the current epoch ends (or the run finishes).
    virtual void runEpoch();
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

    // The settings it runs with (without weights or run: see savedExperiment).
    virtual const Experiment& experiment() const = 0;
    // The named series of its history, in the order of HistoryPoint::values.
    virtual std::vector<SeriesInfo> series() const = 0;
    // Whether the history is read against the step count rather than the
    // epoch: a game's iterations are its unit (GAN Lab counts them), an epoch
    // there is only a bundle of them.
    virtual bool historyByStep() const { return false; }
    // The whole history so far, and the points since the last call (moved out).
    virtual const std::vector<HistoryPoint>& history() const = 0;
    virtual std::vector<HistoryPoint> takeHistory() = 0;
    virtual std::vector<Note> takeNotes() = 0;
    // The trained state by name (layer, then parameter), as the file saves it.
    virtual WeightSet weights() = 0;
    // Samples one epoch visits (the CLI's samples/s) and a one-line summary of
    // the model and its data for the CLI ("33 parameters, 250 training ...").
    virtual std::uint64_t samplesPerEpoch() const = 0;
    virtual std::string describe() const = 0;

    // Capabilities; null where the kind has none.
    virtual NetworkModel* networkModel() { return nullptr; }
    // The raw points of the plane a kind without a network learns from (a
    // map's data: no labels), for the output map; null when there are none.
    virtual const Matrix* planePoints() const { return nullptr; }
    virtual HealthMonitor* healthMonitor() { return nullptr; }
    virtual SampleGenerator* sampleGenerator() { return nullptr; }
};

// StepEpochs and StepBatches as every kind runs them: that many epochs or
// steps, or fewer if the run finishes. False for any other command.
bool runStepCommand(Task& task, const CommandBody& command);

// The part of a snapshot every kind fills the same way: kind, series,
// counters, rate, and the history and notes since the last snapshot.
void fillRunFrame(Task& task, Snapshot& snapshot, double samplesPerSecond, double elapsedSeconds);

// The experiment as the task stands: its settings, its trained state and the
// run so far (counters, series names, history). What Save and the CLI write.
Experiment savedExperiment(Task& task);

}  // namespace nnlab
