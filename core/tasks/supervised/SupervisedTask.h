#pragma once
// Trains a Network on a data set with targets by mini-batch backpropagation:
// the "supervised" kind, every experiment file without a "kind". Owns the
// model, the optimizer, the data and the Rng: only the thread that calls
// step() may touch it. Every buffer is sized when the model is built, so
// step() allocates nothing. Its pieces: SupervisedData (data, split,
// features, targets), LearningRateSchedule, EarlyStopping, SupervisedSeries
// (the history's names) and SupervisedSnapshot (what the views get).
#include "experiment/DownsampledHistory.h"
#include "experiment/Experiment.h"
#include "health/FiniteCheck.h"
#include "health/HealthRecorder.h"
#include "losses/Loss.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"
#include "tasks/supervised/EarlyStopping.h"
#include "tasks/supervised/SequenceResults.h"
#include "tasks/supervised/SupervisedData.h"
#include "tasks/supervised/TextPreview.h"
#include "training/Capabilities.h"
#include "training/Task.h"
#include "training/TrainStep.h"
#include "training/TrainingClock.h"

#include <chrono>
#include <memory>
#include <optional>

namespace nnlab {

class SupervisedTask : public Task, public NetworkModel, public HealthMonitor {
public:
    // Builds data, network, loss and optimizer; throws SpecError/ShapeError/DataError.
    explicit SupervisedTask(const Experiment& experiment);

    // Task
    void step() override;
    void apply(const CommandBody& command) override;
    void fillSnapshot(Snapshot& snapshot, const SnapshotOptions& options) override;
    void addTrainingTime(double seconds) override;
    bool finished() const override { return m_finished; }
    std::uint64_t epoch() const override { return m_epoch; }
    std::uint64_t stepCount() const override { return m_step; }
    std::uint64_t structureRevision() const override { return m_revision; }
    const Experiment& experiment() const override { return m_experiment; }
    std::vector<SeriesInfo> series() const override;
    const std::vector<HistoryPoint>& history() const override { return m_history.points(); }
    std::vector<HistoryPoint> takeHistory() override;
    std::vector<Note> takeNotes() override;
    WeightSet weights() override;
    std::uint64_t samplesPerEpoch() const override { return std::uint64_t(m_data.prepared().trainX.rows()); }
    std::string describe() const override;
    NetworkModel* networkModel() override { return this; }
    HealthMonitor* healthMonitor() override { return this; }

    // NetworkModel
    Network& network() override { return *m_network; }
    const Dataset& dataset() const override { return m_data.dataset(); }
    const PreparedData& data() const override { return m_data.prepared(); }
    std::vector<std::string> activeFeatures() const override { return m_data.activeFeatures(); }
    Matrix predictPoints(const Matrix& points) override;

    // HealthMonitor
    void setRecordHealth(int everyKSteps) override;
    const HealthRecorder* health() const override { return m_health.get(); }
    std::vector<Verdict> diagnose(const NumericFailure* failure = nullptr) const override;
    const std::optional<NumericFailure>& lastFailure() const override { return m_failure; }

    // Goes on from a saved run: counters, history, schedule and early stopping
    // as they were. The constructor calls it for experiment.run.
    void restoreProgress(const RunRecord& run);
    // Loss (data + penalty) and metric on a set, in inference mode.
    struct Evaluation { double loss = 0.0, dataLoss = 0.0, metric = 0.0; };
    // labels: the raw class index per row (accuracy) or the value (RMSE).
    Evaluation evaluate(const Matrix& x, const Matrix& y, const Matrix& labels);
    double learningRate() const { return m_optimizer->learningRate(); }

private:
    std::size_t monitoredSeries() const;  // the loss early stopping watches
    void buildModel(bool keepWeights);
    void startEpoch();
    void endEpoch();
    void gatherBatch(Index begin, Index count);
    double scheduledRate(double epoch) const;
    void setHyper(const std::string& key, double value);
    // The image payloads (ImageResults.h), recomputed as often as they cost at
    // most a tenth of the time, and at least once a second while training.
    void fillImageResults(Snapshot& snapshot);
    // Look inside one sample (SetInspection, LayerOutputs.h): recomputed when
    // the sample or the expanded unit changes, else at most 5 times a second
    // while the weights change (SupervisedInside.cpp).
    void fillInside(Snapshot& snapshot);
    void setInspection(const SetInspection& inspection);
    void setExperiment(const Experiment& next);
    void reset(std::uint64_t seed);
    void setWeight(const SetWeight& w);
    // Copies saved parameters into layers of the same name and shape.
    void restoreWeights(const WeightSet& saved);
    std::vector<double> trainLosses() const;
    void checkFinite(double loss);  // checkFiniteStep, remembering a failure

    Experiment m_experiment;
    Rng m_rng;
    std::vector<Payload> m_imageResults;
    std::uint64_t m_imageResultsStep = ~std::uint64_t(0), m_imageResultsRevision = 0;
    std::chrono::steady_clock::time_point m_imageResultsAt;
    std::chrono::steady_clock::duration m_imageResultsCost{};
    SequenceResults m_sequenceResults;
    TextPreview m_textPreview;  // text data only
    SetInspection m_inspection;
    std::vector<Payload> m_inside;
    bool m_insideStale = true;
    std::uint64_t m_insideStep = ~std::uint64_t(0);
    std::chrono::steady_clock::time_point m_insideAt;
    SupervisedData m_data;
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
    RowVector m_augmentScratch;  // one image, for data.augment
    Shape m_inputShape;          // the network's input shape, kept so the step does not build one
    StepBuffers m_buffers;
    Index m_cursor = 0;

    std::uint64_t m_step = 0, m_epoch = 0, m_revision = 1;
    bool m_finished = false;
    DownsampledHistory<HistoryPoint> m_history;  // one point per epoch; long runs thinned
    std::uint64_t m_historyTaken = 0;           // m_history.pushed() at the last takeHistory()
    std::vector<Note> m_notes;
    std::string m_announcedDecision;  // the last "targets" note
    std::vector<std::string> m_announcedWarnings;  // "warning" notes of the last build

    EarlyStopping m_earlyStopping;
    std::optional<WeightSet> m_bestWeights;

    // Gradient health: null unless recording.
    std::unique_ptr<HealthRecorder> m_health;
    std::uint64_t m_healthTaken = 0;  // health points already sent in snapshots
    std::uint64_t m_healthGeneration = 0;
    std::optional<NumericFailure> m_failure;

    TrainingClock m_clock;
};

}  // namespace nnlab
