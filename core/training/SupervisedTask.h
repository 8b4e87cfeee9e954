#pragma once
// Trains a Network on a Dataset by mini-batch backpropagation. Owns the model,
// the optimizer, the data and the Rng: only the thread that calls step() may
// touch it. Every buffer is sized in the constructor, so step() allocates nothing.
#include "data/Dataset.h"
#include "experiment/Experiment.h"
#include "health/FiniteCheck.h"
#include "health/HealthRecorder.h"
#include "losses/Loss.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"
#include "training/Task.h"
#include "training/TrainStep.h"

#include <chrono>
#include <memory>
#include <optional>

namespace nnlab {

class SupervisedTask : public Task {
public:
    // Builds data, network, loss and optimizer; throws SpecError/ShapeError/DataError.
    explicit SupervisedTask(const Experiment& experiment);

    void step() override;
    void apply(const CommandBody& command) override;
    void fillSnapshot(Snapshot& snapshot, const SnapshotOptions& options) override;
    void addTrainingTime(double seconds) override;
    bool finished() const override { return m_finished; }
    std::uint64_t epoch() const override { return m_epoch; }
    std::uint64_t stepCount() const override { return m_step; }
    std::uint64_t structureRevision() const override { return m_revision; }
    std::vector<HistoryPoint> takeHistory() override;
    std::vector<Note> takeNotes() override;

    // Runs steps until the current epoch ends.
    void runEpoch();
    // Goes on from a saved run: counters, history, schedule and early stopping
    // as they were. The constructor calls it for experiment.run.
    void restoreProgress(const RunRecord& run);
    // The whole history so far (the CLI writes it out).
    const std::vector<HistoryPoint>& history() const { return m_history; }
    // Loss (data + penalty) and metric on a set, in inference mode.
    struct Evaluation { double loss = 0.0, dataLoss = 0.0, metric = 0.0; };
    // labels: the raw class index per row (accuracy) or the value (RMSE).
    Evaluation evaluate(const Matrix& x, const Matrix& y, const Matrix& labels);

    const Experiment& experiment() const { return m_experiment; }
    Network& network() { return *m_network; }
    const Dataset& dataset() const { return m_dataset; }
    const Matrix& trainX() const { return m_trainX; }
    const Matrix& trainY() const { return m_trainY; }
    const Matrix& testX() const { return m_testX; }
    const Matrix& testY() const { return m_testY; }
    const Matrix& trainPoints() const { return m_trainPoints; }
    const Matrix& testPoints() const { return m_testPoints; }
    const Matrix& trainLabels() const { return m_trainLabels; }  // raw class index / value
    const Matrix& testLabels() const { return m_testLabels; }
    double learningRate() const { return m_optimizer->learningRate(); }
    WeightSet weights();
    // Maps 2-D plane points (n, 2) through the feature map and the network.
    Matrix predictPoints(const Matrix& points);

    // Gradient health (health/LayerHealth.h): record every k-th step (and the
    // first); 0 switches it off (the default). The worker chooses k.
    void setRecordHealth(int everyKSteps);
    const HealthRecorder* health() const { return m_health.get(); }
    // Verdicts on the run so far (health/Diagnosis.h); empty when not recording.
    // failure: the NaN/inf that stopped the run; by default the last one step()
    // threw since the model was (re)built.
    std::vector<Verdict> diagnose(const NumericFailure* failure = nullptr) const;
    const std::optional<NumericFailure>& lastFailure() const { return m_failure; }

private:
    void buildData();
    void buildModel(bool keepWeights);
    void startEpoch();
    void endEpoch();
    void gatherBatch(Index begin, Index count);
    double scheduledLearningRate(double epoch) const;
    void setHyper(const std::string& key, double value);
    void setExperiment(const Experiment& next);
    // Copies saved parameters into layers of the same name and shape.
    void restoreWeights(const WeightSet& saved);
    // The feature map for this data: the experiment's features for 2-D points,
    // none (pass-through) for tables with another number of inputs.
    std::vector<std::string> activeFeatures() const;
    void fillHealth(Snapshot& snapshot);
    void checkFinite(double loss);  // checkFiniteStep, remembering a failure

    Experiment m_experiment;
    Rng m_rng;
    Dataset m_dataset;
    Matrix m_trainPoints, m_testPoints, m_trainLabels, m_testLabels;
    Matrix m_trainX, m_trainY, m_testX, m_testY;  // features and encoded targets
    std::unique_ptr<Network> m_network;
    std::unique_ptr<Loss> m_loss;
    std::unique_ptr<Optimizer> m_optimizer;
    std::vector<Param> m_params;
    double m_baseLearningRate = 0.03;
    Index m_batchSize = 10;
    bool m_hasBatchNorm = false;

    // Preallocated step buffers.
    std::vector<Index> m_order;
    Matrix m_batchX, m_batchY;
    StepBuffers m_buffers;
    Index m_cursor = 0;

    std::uint64_t m_step = 0, m_epoch = 0, m_revision = 1;
    bool m_finished = false;
    double m_lastBatchLoss = 0.0;
    std::vector<HistoryPoint> m_history;
    std::size_t m_historyTaken = 0;
    std::vector<Note> m_notes;

    // Early stopping.
    double m_bestLoss = 0.0;
    int m_epochsWithoutImprovement = 0;
    std::optional<WeightSet> m_bestWeights;

    // Gradient health: null unless recording.
    std::unique_ptr<HealthRecorder> m_health;
    std::uint64_t m_healthTaken = 0;  // health points already sent in snapshots
    std::uint64_t m_healthGeneration = 0;
    std::optional<NumericFailure> m_failure;

    // Throughput over training time only (addTrainingTime): a pause or a
    // single Step must not read as 0 samples/s.
    double m_rateSeconds = 0.0;
    std::uint64_t m_rateSamples = 0;
    double m_samplesPerSecond = 0.0;
    double m_elapsed = 0.0;
};

}  // namespace nnlab
