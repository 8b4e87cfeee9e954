#pragma once
// What a Task may offer besides training (training/Task.h): each is asked for
// with task.networkModel(), task.healthMonitor(); null means the kind has none.
#include "data/Dataset.h"
#include "health/Diagnosis.h"
#include "health/FiniteCheck.h"
#include "health/HealthRecorder.h"
#include "model/Network.h"

#include <optional>
#include <string>
#include <vector>

namespace nnlab {

// The data a network is trained on, split and prepared: raw points (before
// the feature map) with their labels, and the network's inputs and targets.
struct PreparedData {
    Matrix trainPoints, testPoints;  // raw inputs, one sample per row
    Matrix trainLabels, testLabels;  // (n, 1) class index or value
    Matrix trainX, testX;            // network inputs (features applied)
    Matrix trainY, testY;            // targets encoded for the loss
    // Held out of the training part (data.validation_ratio); 0 rows without.
    Matrix validationPoints, validationLabels, validationX, validationY;
};

// One feed-forward network trained on a data set with targets: the ONNX,
// PyTorch and CSV exports, predict, the canvas and the decision map use it.
class NetworkModel {
public:
    virtual ~NetworkModel() = default;
    virtual Network& network() = 0;
    virtual const Experiment& experiment() const = 0;
    virtual const Dataset& dataset() const = 0;
    virtual const PreparedData& data() const = 0;
    // The feature map applied to raw 2-D points; empty (pass-through) otherwise.
    virtual std::vector<std::string> activeFeatures() const = 0;
    // Raw inputs (n, dataset columns) through the features and the network.
    virtual Matrix predictPoints(const Matrix& points) = 0;
};

// Gradient health (health/): recording, and the verdicts on the run so far.
class HealthMonitor {
public:
    virtual ~HealthMonitor() = default;
    // Records every k-th step (and the first); 0 switches it off (the default).
    virtual void setRecordHealth(int everyKSteps) = 0;
    virtual const HealthRecorder* health() const = 0;
    // Verdicts on the run so far; empty when not recording. failure: the
    // NaN/inf that stopped the run; by default the last one step() threw.
    virtual std::vector<Verdict> diagnose(const NumericFailure* failure = nullptr) const = 0;
    virtual const std::optional<NumericFailure>& lastFailure() const = 0;
};

// A network that makes samples from noise (an adversarial game's generator):
// the ONNX and PyTorch exports of it and the sample grid PNG use it.
class SampleGenerator {
public:
    virtual ~SampleGenerator() = default;
    virtual Network& generatorNetwork() = 0;
    virtual int noiseDimension() const = 0;
    virtual bool gaussianNoise() const = 0;  // N(0, 1) per component; else U(-1, 1)
    // One sample: {2} for a point of the plane, {C, H, W} for an image; and
    // the range its values lie in (pixels: black at lo, white at hi).
    virtual Shape sampleShape() const = 0;
    virtual double sampleLo() const = 0;
    virtual double sampleHi() const = 0;
    // n rows of noise drawn from rng, and the generator's output for them.
    virtual Matrix drawNoise(Index n, Rng& rng) const = 0;
    virtual Matrix generate(const Matrix& noise) = 0;
    // The real samples it learns from (the first n, or fewer).
    virtual Matrix realSamples(Index n) const = 0;
};

}  // namespace nnlab

namespace nnlab {

class Task;

// The task's network, or SpecError "kind: a "kohonen_line" model has no
// network to <purpose>" for a kind without one (the CLI's export, predict).
NetworkModel& requireNetwork(Task& task, const std::string& purpose);

}  // namespace nnlab
