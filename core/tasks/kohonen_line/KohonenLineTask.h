#pragma once
// The "kohonen_line" kind: a chain of units (a 1-D self-organising map) that
// learns to follow the data's points, Kohonen's online rule. Small on
// purpose: it is the second kind that proves the Task seam (a model trained
// without backpropagation, with its own series and its own snapshot payload)
// and the seed of the SOM work.
//
//   winner   c = argmin_j |x - w_j|
//   update   w_j += lr(t) h(j, c) (x - w_j),  h = exp(-(j - c)^2 / (2 radius(t)^2))
//   decay    lr(t) = lr0 (lrT / lr0)^(t / T), radius(t) likewise, T = epochs x samples
//
// Settings, the file's "kohonen_line" section: units (2..1000), learning_rate,
// final_learning_rate, radius, final_radius. Series per epoch: quantization
// error (mean distance to the winner), topographic error (share of samples
// whose two nearest units are not neighbours), learning rate, radius.
#include "data/Dataset.h"
#include "random/Rng.h"
#include "training/RunLog.h"
#include "training/Task.h"
#include "training/TrainingClock.h"

namespace nnlab {

struct KohonenLineSettings {
    int units = 12;
    double learningRate = 0.5, finalLearningRate = 0.01;
    double radius = 3.0, finalRadius = 0.3;
};

// Reads and checks experiment.kindSection; throws SpecError "kohonen_line.units: ...".
KohonenLineSettings readKohonenLineSettings(const Experiment& experiment);
void checkKohonenLineSection(const Experiment& experiment);
// The section with every setting written out, defaults too (TaskKind::fullSection).
nlohmann::json kohonenLineSectionJson(const Experiment& experiment);

class KohonenLineTask : public Task {
public:
    explicit KohonenLineTask(const Experiment& experiment);

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
    const std::vector<HistoryPoint>& history() const override { return m_log.history(); }
    std::vector<HistoryPoint> takeHistory() override { return m_log.takeHistory(); }
    std::vector<Note> takeNotes() override { return m_log.takeNotes(); }
    WeightSet weights() override;
    std::uint64_t samplesPerEpoch() const override { return std::uint64_t(m_points.rows()); }
    std::string describe() const override;
    const Matrix* planePoints() const override { return m_points.cols() == 2 ? &m_points : nullptr; }

    const Matrix& units() const { return m_units; }

private:
    void build();
    double progress() const;  // t / T in [0, 1]
    double learningRate() const;
    double radius() const;
    void endEpoch();

    Experiment m_experiment;
    KohonenLineSettings m_settings;
    Rng m_rng;
    Matrix m_points;  // the training points, one per row
    Matrix m_units;   // (units, dims)
    std::vector<Index> m_order;
    Index m_cursor = 0;
    std::uint64_t m_step = 0, m_epoch = 0, m_revision = 1;
    bool m_finished = false;
    RunLog m_log;
    TrainingClock m_clock;
};

}  // namespace nnlab
