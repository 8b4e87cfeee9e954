#pragma once
// The "gan" kind: a generative adversarial network on points of the plane
// (Goodfellow et al. 2014), as GAN Lab shows it. Two networks play: the
// generator G maps noise z to points, the discriminator D gives the logit of
// "this point is real". One iteration (step()) is
//   k_D times: a real batch from the pool and G(z) for fresh noise; D's loss
//              on both (AdversarialLoss.h); update D
//   k_G times: G(z) for fresh noise; G's loss on D's logits; backpropagate
//              through D into the points, then through G; update G
// each network with its own optimizer and learning rate. An epoch is a block
// of iterations (gan.iterations_per_epoch), one history point each.
//
// Settings: GanSettings.h (the file's "gan" section). Series: GanSeries.h.
// Snapshot payload (fillSnapshot, GanSnapshot.cpp), every entry one point or
// value per row, the plane's square being [-1, 1]^2 (RealDistributions.h):
//   "real"            (450, 2)   real samples (the pool's first rows)
//   "fake"            (150, 2)   G of the fixed noise batch: the same noise
//                                every frame, so the points glide as G learns
//   "noise"           (150, d)   that fixed noise batch (d = 1 or 2)
//   "d_real"          (450, 1)   D(x) of the real samples, probabilities
//   "d_fake"          (150, 1)   D(x) of the fake samples
//   "fake_gradient"   (150, 2)   -d(loss_G of the sample)/dx: where G's loss
//                                wants each fake sample to move (the arrows)
//   "grid"            (1, 3)     [g, lo, hi]: the heat map's g x g cells over
//                                [lo, hi]^2, centres lo + (i + 0.5)(hi - lo)/g
//   "d_grid"          (g^2, 1)   D(x) at the cell centres, row iy * g + ix
//                                (only when options.gridSize > 0; g is it)
//   "manifold_noise"  (m, d)     the noise grid: 21 x 21 nodes for 2-D noise
//                                (row iy * 21 + ix), 101 nodes for 1-D
//   "manifold"        (m, 2)     G of the noise grid: the warped grid
//   "manifold_weight" (m, 1)     the noise density at each node over its peak
//                                (1 for uniform): shades the manifold's cells
//   "phase"           (1, 4)     slow motion: [phase 1..10 (0: between
//                                iterations), its repetition (1-based), the
//                                repetitions (k_D or k_G), the phase's figure:
//                                mean D(fake) (2, 7), the loss (3, 8), the
//                                gradient norm (4, 9), else 0]
//
// An image GAN (gan.images) sends instead, each image a row of C*H*W values
// in [lo, hi] (GanImageSnapshot.cpp):
//   "image_shape"        (1, 5)   [C, H, W, lo, hi]
//   "fake_images"        (64, P)  G of the fixed noise batch's first 64 rows
//   "fake_images_d"      (64, 1)  D(x) of each
//   "real_images"        (16, P)  real images (the pool's first rows)
//   "real_images_d"      (16, 1)  D(x) of each
//   "interpolation"      (10, P)  G along the line between the noise of two
//                                 fake images, both ends included
//   "interpolation_pair" (1, 2)   those two (SnapshotOptions::interpolationFrom, To)
// Its history has no divergences (no grid over 784 dimensions) and its
// verdicts no mode coverage.
#include "random/Rng.h"
#include "tasks/gan/GanPlayer.h"
#include "tasks/gan/GanSettings.h"
#include "tasks/gan/ModeCoverage.h"
#include "training/RunLog.h"
#include "training/Capabilities.h"
#include "training/Task.h"
#include "training/TrainingClock.h"

#include <array>

namespace nnlab {

class GanTask : public Task, public SampleGenerator {
public:
    explicit GanTask(const Experiment& experiment);

    // One iteration: k_D discriminator updates, then k_G generator updates.
    void step() override;
    // One update of one player only (GAN Lab's step modes); not an iteration:
    // the counters stay, the epoch's means take the update in.
    void stepDiscriminator();
    void stepGenerator();
    // Slow motion (GAN Lab's): one of the iteration's ten phases at a time,
    // the discriminator's five repeated k_D times, then the generator's five
    // k_G times (GanPhases.cpp). Phases 1-4 and 6-9 show (they change no
    // weight); 5 and 10 update, exactly as step() would, so a walked
    // iteration is the same iteration. step() in the middle of one finishes it.
    //   1 G makes samples   2 D classifies both   3 D loss   4 D gradients   5 update D
    //   6 G makes samples   7 D classifies fakes  8 G loss   9 G gradients  10 update G
    void stepPhase();
    int phase() const { return m_phase; }  // the last phase done, 0 between iterations

    void apply(const CommandBody& command) override;
    void fillSnapshot(Snapshot& snapshot, const SnapshotOptions& options) override;
    void addTrainingTime(double seconds) override { m_clock.addTime(seconds); }
    bool finished() const override { return m_finished; }
    std::uint64_t epoch() const override { return m_epoch; }
    std::uint64_t stepCount() const override { return m_step; }
    std::uint64_t structureRevision() const override { return m_revision; }
    const Experiment& experiment() const override { return m_experiment; }
    std::vector<SeriesInfo> series() const override;
    bool historyByStep() const override { return true; }
    const std::vector<HistoryPoint>& history() const override { return m_log.history(); }
    std::vector<HistoryPoint> takeHistory() override { return m_log.takeHistory(); }
    std::vector<Note> takeNotes() override { return m_log.takeNotes(); }
    WeightSet weights() override;
    std::uint64_t samplesPerEpoch() const override;
    std::string describe() const override;
    SampleGenerator* sampleGenerator() override { return this; }

    // SampleGenerator: the generator, its noise and its samples.
    Network& generatorNetwork() override { return m_generator.network(); }
    int noiseDimension() const override { return m_settings.noiseDimension; }
    bool gaussianNoise() const override { return m_settings.noiseType == NoiseType::Gaussian; }
    Shape sampleShape() const override { return m_settings.sampleShape(); }
    double sampleLo() const override { return m_settings.sampleLo(); }
    double sampleHi() const override { return m_settings.sampleHi(); }
    Matrix drawNoise(Index n, Rng& rng) const override;
    Matrix realSamples(Index n) const override { return m_pool.topRows(std::min(n, m_pool.rows())); }

    // The plane's square the views show and the divergences bin, and the
    // payload's fixed sizes (GAN Lab's: 450 real dots, 150 fake ones).
    static constexpr double kPlaneLo = -1.0, kPlaneHi = 1.0;
    static constexpr Index kShownReal = 450, kFixedNoiseRows = 150;
    static constexpr Index kShownImages = 64, kShownRealImages = 16, kInterpolationSteps = 10;

    const GanSettings& settings() const { return m_settings; }
    // G of any noise rows, and D(x) = sigmoid(logit) of any points: for the
    // tests and the views' what-ifs. Uses the networks' buffers: not during step().
    Matrix generate(const Matrix& noise) override;
    Matrix discriminate(const Matrix& points);
    // The real points of the pool the batches come from.
    const Matrix& realPool() const { return m_pool; }
    // The verdicts on the run so far (GanVerdicts.h), renewed every epoch, and
    // the latest epoch's mode coverage they read.
    const std::vector<Verdict>& verdicts() const { return m_verdicts; }
    const ModeCoverage& coverage() const { return m_coverage; }

private:
    void build();        // pool, networks, optimizers, fixed noise: from the seed
    void sizeBuffers();  // for the batch size
    void fillImageSnapshot(Snapshot& snapshot, const SnapshotOptions& options);
    void restore();      // saved weights and run, if the experiment has them
    void changeTo(const Experiment& next);
    void nextRealBatch();
    void drawDiscriminatorBatch();  // real rows and noise for one D update
    // On the drawn batch (D) or m_noise (G): forward, loss, backward; record:
    // into the epoch's means (an update), else only shown (slow motion).
    struct PassFigures {
        double loss, fakeMean;  // mean D(fake) of the batch
    };
    PassFigures discriminatorGradients(bool record);
    PassFigures generatorGradients(bool record);
    void updateDiscriminator();
    void updateGenerator();
    void endIteration();
    int nextPhase() const;          // 11: the iteration is over
    void endEpoch();
    void finishIfDone();

    Experiment m_experiment;
    GanSettings m_settings;
    Rng m_rng;
    GanPlayer m_generator{"generator"}, m_discriminator{"discriminator"};
    std::array<std::size_t, 2> m_parameterCounts{};  // G's and D's, for describe()
    Matrix m_pool;        // real samples, drawn once, handed out in turn
    Index m_poolCursor = 0;
    Matrix m_fixedNoise;  // the displayed fake samples' noise
    Matrix m_evalNoise;   // the divergences' generated points' noise
    Vector m_realShares;  // the pool's histogram for the divergences
    // Step buffers: D's input (real rows, then fake rows), its logits' grads, G's noise.
    Matrix m_dInput, m_dGrad, m_gGrad, m_noise;
    // The epoch's sums for the means: D loss, D(real), D(fake) per D update; G loss per G update.
    double m_dLossSum = 0.0, m_dRealSum = 0.0, m_dFakeSum = 0.0, m_gLossSum = 0.0;
    std::uint64_t m_dUpdates = 0, m_gUpdates = 0;
    std::uint64_t m_step = 0, m_epoch = 0, m_revision = 1;
    bool m_finished = false;
    ModeCoverage m_coverage;
    int m_collapsedEpochs = 0;
    int m_phase = 0, m_phaseRepeat = 0;  // slow motion: last phase done, its block's repetition (0-based)
    std::array<double, 4> m_shownPhase{};  // the "phase" payload: the last phase done, kept after its iteration ends  // epochs in a row with some but not all modes covered
    std::vector<Verdict> m_verdicts;
    RunLog m_log;
    TrainingClock m_clock;
};

}  // namespace nnlab
