#include "tasks/gan/GanTask.h"

#include "Error.h"
#include "experiment/ExperimentPath.h"
#include "tasks/gan/GanImagePool.h"
#include "tasks/gan/GanNoise.h"
#include "tasks/gan/GanSeries.h"
#include "tasks/gan/GanVerdicts.h"
#include "tasks/gan/GridDivergence.h"
#include "tasks/gan/RealDistributions.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nnlab {
namespace {

constexpr Index kEvalNoiseRows = 2000;  // generated points for the divergences
constexpr int kDivergenceGrid = 30;     // GAN Lab's 30 x 30 histograms

double meanProbability(MatrixIn logits) { return logistic(logits).mean(); }

void requireFinite(double loss, const std::string& player, std::uint64_t iteration) {
    if (!std::isfinite(loss))
        throw NumericError(player + ": the loss is not finite at iteration " + std::to_string(iteration + 1) +
                           " (a learning rate too high?)");
}

// Settings whose change means new networks, a new pool or new noise.
bool needsRebuild(const GanSettings& a, const GanSettings& b) {
    return a.distribution != b.distribution || a.points != b.points || a.images != b.images || a.noiseDimension != b.noiseDimension ||
           a.noiseType != b.noiseType || a.generator.layers != b.generator.layers ||
           a.discriminator.layers != b.discriminator.layers || a.poolSize != b.poolSize;
}

}  // namespace

GanTask::GanTask(const Experiment& experiment)
    : m_experiment(experiment), m_settings(readGanSettings(experiment)), m_rng(experiment.seed) {
    m_experiment.kindSection = ganSectionJson(m_settings);
    build();
    restore();
}

void GanTask::build() {
    const GanSettings& s = m_settings;
    if (s.isImage()) {
        m_pool = loadGanImages(*s.images, s.sampleLo(), s.sampleHi());
        m_realShares.resize(0);
    } else {
        m_pool = sampleRealDistribution(s.distribution, s.poolSize, m_rng, s.points);
        m_realShares = gridHistogram(m_pool, kDivergenceGrid, kPlaneLo, kPlaneHi);
    }
    m_poolCursor = 0;
    const Index batch = s.batchSize;
    m_generator.build(s.generator, Shape{Index(s.noiseDimension)}, std::max(batch, kFixedNoiseRows),
                      s.generatorOptimizer, m_rng);
    m_discriminator.build(s.discriminator, s.sampleShape(), std::max(2 * batch, kShownReal), s.discriminatorOptimizer,
                          m_rng);
    m_parameterCounts = {m_generator.network().parameterCount(), m_discriminator.network().parameterCount()};
    m_fixedNoise.resize(kFixedNoiseRows, s.noiseDimension);
    sampleNoise(m_rng, s.noiseType, m_fixedNoise);
    m_evalNoise.resize(kEvalNoiseRows, s.noiseDimension);
    sampleNoise(m_rng, s.noiseType, m_evalNoise);
    sizeBuffers();
    m_dLossSum = m_dRealSum = m_dFakeSum = m_gLossSum = 0.0;
    m_dUpdates = m_gUpdates = 0;
    m_coverage = ModeCoverage();
    m_collapsedEpochs = 0;
    m_phase = m_phaseRepeat = 0;
    m_shownPhase.fill(0.0);
    m_verdicts.clear();
    ++m_revision;
}

void GanTask::sizeBuffers() {
    const Index batch = m_settings.batchSize;
    m_generator.network().reserve(batch);
    m_discriminator.network().reserve(2 * batch);
    m_dInput.resize(2 * batch, m_settings.sampleShape().size());
    m_dGrad.resize(2 * batch, 1);
    m_gGrad.resize(batch, 1);
    m_noise.resize(batch, m_settings.noiseDimension);
}

void GanTask::restore() {
    if (m_experiment.weights) {
        m_generator.restore(*m_experiment.weights);
        m_discriminator.restore(*m_experiment.weights);
        m_experiment.weights.reset();
    }
    if (!m_experiment.run) return;
    const RunRecord& run = *m_experiment.run;
    m_log.adopt(run, series());
    m_step = run.step;
    m_epoch = run.epoch;
    // The batches go on where they would have been (the noise starts its stream again).
    m_poolCursor = Index((run.step * std::uint64_t(m_settings.discriminatorSteps * m_settings.batchSize)) %
                         std::uint64_t(m_pool.rows()));
    finishIfDone();
    m_experiment.run.reset();
}

std::vector<SeriesInfo> GanTask::series() const {
    std::vector<SeriesInfo> all = ganSeries();
    // The divergences bin points of the plane; images have no such grid.
    if (m_settings.isImage()) all.resize(kKl);
    return all;
}

Matrix GanTask::drawNoise(Index n, Rng& rng) const {
    Matrix noise(n, m_settings.noiseDimension);
    sampleNoise(rng, m_settings.noiseType, noise);
    return noise;
}

std::uint64_t GanTask::samplesPerEpoch() const {
    return std::uint64_t(m_settings.iterationsPerEpoch) * std::uint64_t(m_settings.batchSize);
}

std::string GanTask::describe() const {
    const std::string data = m_settings.isImage() ? m_settings.images->source + "\" images" : m_settings.distribution + "\"";
    return "generator " + std::to_string(m_parameterCounts[0]) + " and discriminator " +
           std::to_string(m_parameterCounts[1]) + " parameters on \"" + data + ", " +
           std::to_string(m_settings.iterationsPerEpoch) + " iterations per epoch";
}

void GanTask::nextRealBatch() {
    const Index batch = m_settings.batchSize, pool = m_pool.rows();
    for (Index i = 0; i < batch; ++i) {
        m_dInput.row(i) = m_pool.row(m_poolCursor);
        m_poolCursor = (m_poolCursor + 1) % pool;
    }
}

void GanTask::drawDiscriminatorBatch() {
    nextRealBatch();
    sampleNoise(m_rng, m_settings.noiseType, m_noise);
}

void GanTask::stepDiscriminator() {
    drawDiscriminatorBatch();
    updateDiscriminator();
}

GanTask::PassFigures GanTask::discriminatorGradients(bool record) {
    const Index batch = m_settings.batchSize;
    Pass pass{true, &m_rng};
    m_dInput.bottomRows(batch) = m_generator.network().forward(m_noise, pass);
    const MatrixIn logits = m_discriminator.network().forward(m_dInput, pass);
    const double loss = discriminatorLoss(m_settings.loss, logits.topRows(batch), logits.bottomRows(batch),
                                          m_settings.realLabel, m_dGrad.topRows(batch), m_dGrad.bottomRows(batch));
    requireFinite(loss, "discriminator", m_step);
    const PassFigures figures{loss, meanProbability(logits.bottomRows(batch))};
    if (record) {
        m_dLossSum += loss;
        m_dRealSum += meanProbability(logits.topRows(batch));
        m_dFakeSum += figures.fakeMean;
        ++m_dUpdates;
    }
    m_discriminator.network().backward(m_dInput, m_dGrad, false);
    return figures;
}

void GanTask::updateDiscriminator() {
    discriminatorGradients(true);
    m_discriminator.update();
}

void GanTask::stepGenerator() {
    sampleNoise(m_rng, m_settings.noiseType, m_noise);
    updateGenerator();
}

GanTask::PassFigures GanTask::generatorGradients(bool record) {
    Pass pass{true, &m_rng};
    Network& g = m_generator.network();
    Network& d = m_discriminator.network();
    const MatrixIn fake = g.forward(m_noise, pass);
    const MatrixIn logits = d.forward(fake, pass);
    const double loss = generatorLoss(m_settings.loss, logits, m_gGrad);
    requireFinite(loss, "generator", m_step);
    const PassFigures figures{loss, meanProbability(logits)};
    if (record) {
        m_gLossSum += loss;
        ++m_gUpdates;
    }
    // Through D into the points (D's own gradients are only a by-product,
    // overwritten by its next update), then through G.
    d.backward(fake, m_gGrad, true);
    g.backward(m_noise, d.layer(0).inputGrad(), false);
    return figures;
}

void GanTask::updateGenerator() {
    generatorGradients(true);
    m_generator.update();
}

void GanTask::step() {
    if (m_finished) return;
    if (m_phase != 0) {
        // Paused inside an iteration (slow motion): this step finishes it.
        while (m_phase != 0) stepPhase();
        m_shownPhase.fill(0.0);
        return;
    }
    for (int k = 0; k < m_settings.discriminatorSteps; ++k) stepDiscriminator();
    for (int k = 0; k < m_settings.generatorSteps; ++k) stepGenerator();
    m_shownPhase.fill(0.0);  // playing: no phase to show
    endIteration();
}

void GanTask::endIteration() {
    ++m_step;
    m_clock.addSamples(std::uint64_t(m_settings.batchSize));
    if (m_step % std::uint64_t(m_settings.iterationsPerEpoch) == 0) endEpoch();
}

void GanTask::endEpoch() {
    ++m_epoch;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    HistoryPoint p;
    p.epoch = m_epoch;
    p.step = m_step;
    p.values[kDLoss] = m_dUpdates ? m_dLossSum / double(m_dUpdates) : nan;
    p.values[kDReal] = m_dUpdates ? m_dRealSum / double(m_dUpdates) : nan;
    p.values[kDFake] = m_dUpdates ? m_dFakeSum / double(m_dUpdates) : nan;
    p.values[kGLoss] = m_gUpdates ? m_gLossSum / double(m_gUpdates) : nan;
    if (!m_settings.isImage()) {
        const Matrix evaluated = m_generator.evaluate(m_evalNoise, m_rng);
        const Vector generated = gridHistogram(evaluated, kDivergenceGrid, kPlaneLo, kPlaneHi);
        p.values[kKl] = gridKlDivergence(m_realShares, generated);
        p.values[kJs] = gridJsDivergence(m_realShares, generated);
        m_coverage = measureModeCoverage(m_settings.distribution, m_pool, evaluated);
        m_collapsedEpochs = isPartialCoverage(m_coverage) ? m_collapsedEpochs + 1 : 0;
    }
    m_log.add(p);
    m_verdicts = diagnoseGan(m_settings, m_log.history(), m_coverage, m_collapsedEpochs);
    m_dLossSum = m_dRealSum = m_dFakeSum = m_gLossSum = 0.0;
    m_dUpdates = m_gUpdates = 0;
    finishIfDone();
    if (m_finished) m_log.note({"finished", "", "trained " + std::to_string(m_epoch) + " epochs"});
}

void GanTask::finishIfDone() {
    m_finished = m_experiment.epochs > 0 && m_epoch >= std::uint64_t(m_experiment.epochs);
}

// Live where GAN Lab's are live (loss, optimizers, learning rates, k steps,
// batch size, epochs); data, noise and architecture start the game again.
void GanTask::changeTo(const Experiment& next) {
    const GanSettings settings = readGanSettings(next);  // throws: nothing changes
    const bool rebuild = needsRebuild(m_settings, settings);
    const bool newBatch = settings.batchSize != m_settings.batchSize;
    m_experiment = next;
    m_experiment.kindSection = ganSectionJson(settings);
    m_experiment.weights.reset();
    m_experiment.run.reset();
    m_settings = settings;
    if (rebuild) {
        build();
        m_log.note({"reinitialised", "", "new data, noise or networks: both networks start again"});
    } else {
        if (m_generator.setOptimizer(settings.generatorOptimizer))
            m_log.note({"reinitialised", "generator", "a new optimizer for the generator: its state starts again"});
        if (m_discriminator.setOptimizer(settings.discriminatorOptimizer))
            m_log.note(
                {"reinitialised", "discriminator", "a new optimizer for the discriminator: its state starts again"});
        if (newBatch) {
            sizeBuffers();
            m_phase = m_phaseRepeat = 0;  // a walked iteration's batch is gone: the next phase starts one
        }
    }
    finishIfDone();
}

void GanTask::apply(const CommandBody& command) {
    if (auto* h = std::get_if<SetHyper>(&command)) {
        Experiment next = m_experiment;
        setByPath(next, settingPath(h->key), h->value);
        changeTo(next);
    } else if (auto* e = std::get_if<SetExperiment>(&command)) {
        changeTo(e->experiment);
    } else if (auto* r = std::get_if<Reset>(&command)) {
        if (r->seed != 0) m_experiment.seed = r->seed;
        m_rng.seed(m_experiment.seed);
        m_step = m_epoch = 0;
        m_log.clearHistory();
        m_finished = false;
        build();
        m_clock.reset();
    } else if (auto* p = std::get_if<StepPart>(&command)) {
        if (p->part == "phase") {
            for (std::uint64_t i = 0; i < p->count && !m_finished; ++i) stepPhase();
            return;
        }
        if (p->part != "discriminator" && p->part != "generator")
            throw SpecError("gan: no part \"" + p->part + "\" to step (known: discriminator, generator, phase)");
        for (std::uint64_t i = 0; i < p->count; ++i) p->part == "discriminator" ? stepDiscriminator() : stepGenerator();
    } else if (runStepCommand(*this, command)) {
        return;
    } else if (std::holds_alternative<SetWeight>(command)) {
        throw SpecError("gan: a weight of the generator or the discriminator is not edited by hand");
    }
}

WeightSet GanTask::weights() {
    WeightSet set;
    m_generator.save(set);
    m_discriminator.save(set);
    return set;
}

Matrix GanTask::generate(const Matrix& noise) { return m_generator.evaluate(noise, m_rng); }

Matrix GanTask::discriminate(const Matrix& points) {
    return logistic(m_discriminator.evaluate(points, m_rng)).matrix();
}

}  // namespace nnlab
