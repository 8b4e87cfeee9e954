#include "tasks/supervised/SupervisedTask.h"

#include "Error.h"
#include "experiment/ExperimentPath.h"
#include "health/Diagnosis.h"
#include "health/FiniteCheck.h"
#include "model/MemoryEstimate.h"
#include "spec/NameLookup.h"
#include "tasks/supervised/LearningRateSchedule.h"
#include "tasks/supervised/SettingWarnings.h"
#include "tasks/supervised/StepTargets.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "training/Regularizer.h"
#include "training/TrainStep.h"
#include "data/Augmentation.h"

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr Index kEvalChunk = 256;

// Weights saved in an experiment file must fit the network: a layer or
// parameter name it does not have, or another shape, is an error naming
// weights.<layer>.<param>, never a silent fresh initialisation. Layers or
// parameters left out keep their initializer.
void checkSavedWeights(Network& net, const WeightSet& saved) {
    std::vector<std::string> layerNames;
    for (std::size_t i = 0; i < net.size(); ++i) layerNames.push_back(net.layer(i).name());
    for (const auto& [layerName, params] : saved) {
        const auto at = std::find(layerNames.begin(), layerNames.end(), layerName);
        if (at == layerNames.end())
            throw SpecError("weights." + layerName + ": " + unknownNameMessage("layer", layerName, layerNames));
        Layer& layer = net.layer(std::size_t(at - layerNames.begin()));
        std::vector<Param> all = layer.params();
        for (const Param& b : layer.buffers()) all.push_back(b);
        std::vector<std::string> known;
        for (const Param& p : all) known.push_back(p.name);
        for (const auto& [paramName, m] : params) {
            const std::string place = "weights." + layerName + "." + paramName + ": ";
            const auto p = std::find_if(all.begin(), all.end(), [&](const Param& q) { return q.name == paramName; });
            if (p == all.end()) throw SpecError(place + unknownNameMessage("parameter", paramName, known));
            if (m.rows() != p->value->rows() || m.cols() != p->value->cols())
                throw ShapeError(place + "expected " + std::to_string(p->value->rows()) + " x " +
                                 std::to_string(p->value->cols()) + " for this network, got " +
                                 std::to_string(m.rows()) + " x " + std::to_string(m.cols()));
        }
    }
}

}  // namespace

SupervisedTask::SupervisedTask(const Experiment& experiment)
    : m_experiment(experiment), m_rng(experiment.seed), m_earlyStopping(experiment.earlyStopping) {
    m_data.load(m_experiment);
    buildModel(false);
    if (m_experiment.run) restoreProgress(*m_experiment.run);
    // Used once, like saved weights: a Reset starts from zero.
    m_experiment.run.reset();
}

std::vector<SeriesInfo> SupervisedTask::series() const {
    return supervisedSeries(m_data.classification(), m_data.prepared().validationX.rows() > 0);
}

// Early stopping watches the validation loss, else the test loss, else the training loss.
std::size_t SupervisedTask::monitoredSeries() const {
    const PreparedData& data = m_data.prepared();
    if (data.validationX.rows() > 0) return kValidationLoss;
    return data.testX.rows() > 0 ? kTestLoss : kTrainLoss;
}

std::string SupervisedTask::describe() const {
    const PreparedData& data = m_data.prepared();
    const std::string validation =
        data.validationX.rows() > 0 ? ", " + std::to_string(data.validationX.rows()) + " validation" : std::string();
    return std::to_string(m_network->parameterCount()) + " parameters, " + std::to_string(data.trainX.rows()) +
           " training" + validation + " and " + std::to_string(data.testX.rows()) + " test samples";
}

void SupervisedTask::restoreProgress(const RunRecord& run) {
    m_step = run.step;
    m_epoch = run.epoch;
    std::vector<HistoryPoint> saved = run.history;
    adoptSavedSeries(run.series, saved, series());
    m_history.clear();
    for (const HistoryPoint& p : saved) m_history.push(p);
    m_historyTaken = 0;  // the next snapshot carries all of it, so the plot shows the old run
    m_cursor = 0;        // a run saved within an epoch goes on with a fresh one
    m_finished = m_experiment.epochs > 0 && m_epoch >= std::uint64_t(m_experiment.epochs);
    // Early stopping counts on from the saved losses, by the rule endEpoch() uses.
    m_bestWeights.reset();
    m_earlyStopping.setSpec(m_experiment.earlyStopping);
    m_earlyStopping.reset();
    if (m_experiment.earlyStopping.enabled && !m_history.empty()) {
        const std::size_t monitored = monitoredSeries();
        for (const HistoryPoint& p : m_history.points()) m_earlyStopping.observe(p.values[monitored]);
        // The file holds the last weights, not the best ones: they stand in.
        if (m_experiment.earlyStopping.restoreBest) m_bestWeights = weights();
    }
    m_optimizer->setLearningRate(scheduledRate(double(m_epoch)));
}

void SupervisedTask::restoreWeights(const WeightSet& saved) {
    for (std::size_t i = 0; i < m_network->size(); ++i) {
        Layer& layer = m_network->layer(i);
        auto entry = saved.find(layer.name());
        if (entry == saved.end()) continue;
        auto restore = [&](std::vector<Param> list) {
            for (Param& p : list) {
                auto it = entry->second.find(p.name);
                if (it != entry->second.end() && it->second.rows() == p.value->rows() &&
                    it->second.cols() == p.value->cols())
                    *p.value = it->second;
            }
        };
        restore(layer.params());
        restore(layer.buffers());
    }
}

void SupervisedTask::buildModel(bool keepWeights) {
    std::optional<WeightSet> previous;
    if (keepWeights && m_network) previous = weights();

    const PreparedData& data = m_data.prepared();
    m_loss = std::make_unique<Loss>(m_experiment.loss);
    m_batchSize = m_experiment.batchSize <= 0 ? data.trainX.rows() : std::min<Index>(m_experiment.batchSize, data.trainX.rows());
    if (m_batchSize < 1) throw DataError("data: the training set is empty");
    const Index maxBatch = std::max(m_batchSize, kEvalChunk);
    // With the optimizer's state counted, before anything of the network's size is allocated.
    const int optimizerSlots = int(makeOptimizer(m_experiment.optimizer)->stateNames().size());
    requireMemoryFits(estimateNetworkMemory(m_experiment.network, m_data.inputShape(), maxBatch, optimizerSlots),
                      m_experiment.network, maxBatch);
    m_network = std::make_unique<Network>(m_experiment.network, m_data.inputShape(), maxBatch,
                                          m_experiment.training.precision);
    m_network->setProductThreads(m_experiment.training.threads);
    const Index outputs = m_network->outputShape().size();
    checkStepTargets(m_experiment, m_network->outputShape(), data.trainLabels.cols());
    m_data.encodeTargets(m_experiment, *m_loss, outputs);

    m_network->initialize(m_rng);
    if (m_experiment.weights) {
        // Saved weights from the experiment file take precedence on first build.
        checkSavedWeights(*m_network, *m_experiment.weights);
        previous = m_experiment.weights;
    }
    m_params = m_network->params();
    m_hasBatchNorm = false;
    for (std::size_t i = 0; i < m_network->size(); ++i)
        m_hasBatchNorm = m_hasBatchNorm || m_network->layer(i).spec().type == "batchnorm";
    if (previous) restoreWeights(*previous);
    // Saved weights are used once: later rebuilds (batch size, edits) keep the trained ones.
    m_experiment.weights.reset();
    m_optimizer = makeOptimizer(m_experiment.optimizer);
    m_optimizer->bind(m_params);
    m_baseLearningRate = m_optimizer->learningRate();
    m_optimizer->setLearningRate(scheduledRate(double(m_epoch)));

    m_order.resize(std::size_t(data.trainX.rows()));
    for (std::size_t i = 0; i < m_order.size(); ++i) m_order[i] = Index(i);
    m_batchX = Matrix::Zero(maxBatch, data.trainX.cols());
    m_batchY = Matrix::Zero(maxBatch, data.trainY.cols());
    m_augmentScratch = RowVector::Zero(data.trainX.cols());
    m_inputShape = m_data.inputShape();
    m_buffers.dPred = Matrix::Zero(maxBatch, outputs);
    m_cursor = 0;
    ++m_revision;
    if (m_health) m_health->bind(*m_network);  // new layers and buffers
    m_failure.reset();
    // Said once, and again only when an edit changes them.
    if (!m_data.decision().empty() && m_data.decision() != m_announcedDecision)
        m_notes.push_back({"targets", "", m_data.decision()});
    m_announcedDecision = m_data.decision();
    std::vector<std::string> warnings = settingWarnings(m_experiment, outputs);
    for (const std::string& w : warnings)
        if (std::find(m_announcedWarnings.begin(), m_announcedWarnings.end(), w) == m_announcedWarnings.end())
            m_notes.push_back({"warning", "", w});
    m_announcedWarnings = std::move(warnings);
}

double SupervisedTask::scheduledRate(double epoch) const {
    return scheduledLearningRate(m_experiment.schedule, m_baseLearningRate, m_experiment.epochs, epoch);
}

void SupervisedTask::startEpoch() {
    // Fisher-Yates with the experiment's generator: reproducible.
    for (std::size_t i = m_order.size(); i > 1; --i) std::swap(m_order[i - 1], m_order[uniformIndex(m_rng, i)]);
    m_cursor = 0;
}

void SupervisedTask::gatherBatch(Index begin, Index count) {
    const PreparedData& data = m_data.prepared();
    for (Index r = 0; r < count; ++r) {
        const Index src = m_order[std::size_t(begin + r)];
        m_batchX.row(r) = data.trainX.row(src);
        m_batchY.row(r) = data.trainY.row(src);
    }
    const AugmentSpec& augment = m_experiment.data.augment;
    if (augment.active())
        for (Index r = 0; r < count; ++r)
            augmentImage(m_batchX.row(r), m_inputShape, augment, m_rng, m_augmentScratch);
}

void SupervisedTask::step() {
    if (m_finished) return;
    const Index rows = m_data.prepared().trainX.rows();
    if (m_cursor == 0) startEpoch();
    const Index n = std::min(m_batchSize, rows - m_cursor);
    if (n == 1 && m_batchSize > 1 && m_hasBatchNorm) {
        // Batch statistics of one sample are undefined: leave the last sample out of this epoch.
        endEpoch();
        return;
    }
    gatherBatch(m_cursor, n);
    Pass pass{true, &m_rng};
    const StepResult r = computeGradients(*m_network, *m_loss, m_params, m_experiment.regularization,
                                          m_batchX.topRows(n), m_batchY.topRows(n), m_buffers, pass);
    checkFinite(r.loss);  // throws before the update: the last good weights are kept
    const bool recordHealth = m_health && m_health->due(m_step);
    if (recordHealth) m_health->beforeUpdate();
    applyUpdate(*m_optimizer, m_params, m_experiment.regularization);
    if (recordHealth) m_health->afterUpdate(m_step + 1, r.loss);
    ++m_step;
    m_clock.addSamples(std::uint64_t(n));
    m_cursor += n;
    if (m_cursor >= rows) endEpoch();
}

SupervisedTask::Evaluation SupervisedTask::evaluate(const Matrix& x, const Matrix& y, const Matrix& labels) {
    Evaluation ev;
    if (x.rows() == 0) return ev;
    Pass pass{false, &m_rng};
    double lossSum = 0.0, metricSum = 0.0;
    const bool classification = m_data.classification();
    const double threshold = m_loss->info().target == TargetKind::PlusMinusOne ? 0.0 : 0.5;
    for (Index begin = 0; begin < x.rows(); begin += kEvalChunk) {
        const Index n = std::min(kEvalChunk, x.rows() - begin);
        MatrixIn pred = m_network->forward(x.middleRows(begin, n), pass);
        auto target = y.middleRows(begin, n);
        lossSum += m_loss->value(pred, target) * double(n);
        if (classification) {
            for (Index i = 0; i < n; ++i) {
                int predicted, actual;
                if (pred.cols() == 1) {
                    predicted = pred(i, 0) > threshold ? 1 : 0;
                } else {
                    Index arg;
                    pred.row(i).maxCoeff(&arg);
                    predicted = int(arg);
                }
                actual = int(std::lround(labels(begin + i, 0)));
                metricSum += predicted == actual ? 1.0 : 0.0;
            }
        } else {
            metricSum += (pred - target).squaredNorm();
        }
    }
    ev.dataLoss = lossSum / double(x.rows());
    ev.loss = ev.dataLoss + penalty(m_params, m_experiment.regularization);
    ev.metric = classification ? metricSum / double(x.rows())
                               : std::sqrt(metricSum / double(x.rows() * std::max<Index>(1, y.cols())));
    return ev;
}

void SupervisedTask::endEpoch() {
    ++m_epoch;
    m_cursor = 0;
    const PreparedData& data = m_data.prepared();
    const Evaluation train = evaluate(data.trainX, data.trainY, data.trainLabels);
    HistoryPoint point;
    point.epoch = m_epoch;
    point.step = m_step;
    point.values[kTrainLoss] = train.loss;
    point.values[kTrainMetric] = train.metric;
    const bool hasTest = data.testX.rows() > 0;
    if (hasTest) {  // without a test set there is no test loss: NaN, shown as nothing
        const Evaluation test = evaluate(data.testX, data.testY, data.testLabels);
        point.values[kTestLoss] = test.loss;
        point.values[kTestMetric] = test.metric;
    }
    if (data.validationX.rows() > 0) {
        const Evaluation validation = evaluate(data.validationX, data.validationY, data.validationLabels);
        point.values[kValidationLoss] = validation.loss;
        point.values[kValidationMetric] = validation.metric;
    }
    point.values[kLearningRate] = m_optimizer->learningRate();
    m_history.push(point);
    if (!std::isfinite(train.loss)) checkFiniteEvaluation(*m_network, train.loss, m_step);

    const EarlyStoppingSpec& es = m_experiment.earlyStopping;
    if (es.enabled) {
        m_earlyStopping.setSpec(es);
        switch (m_earlyStopping.observe(point.values[monitoredSeries()])) {
            case EarlyStopping::Verdict::Improved:
                if (es.restoreBest) m_bestWeights = weights();
                break;
            case EarlyStopping::Verdict::NoImprovement: break;
            case EarlyStopping::Verdict::Stop: {
                m_finished = true;
                std::string detail = "no improvement of the monitored loss for " + std::to_string(es.patience) + " epochs";
                if (es.restoreBest && m_bestWeights) {
                    m_experiment.weights = m_bestWeights;
                    buildModel(true);  // restores the best weights by name
                    m_experiment.weights.reset();
                    detail += "; the best weights were restored";
                }
                m_notes.push_back({"early_stopped", "", detail});
                break;
            }
        }
    }
    if (!m_finished && m_experiment.epochs > 0 && m_epoch >= std::uint64_t(m_experiment.epochs)) {
        m_finished = true;
        m_notes.push_back({"finished", "", "trained " + std::to_string(m_epoch) + " epochs"});
    }
    m_optimizer->setLearningRate(scheduledRate(double(m_epoch)));
}

void SupervisedTask::setHyper(const std::string& key, double value) {
    // Checked as the experiment file is (setByPath); the engine is touched only after.
    const std::string path = settingPath(key);
    Experiment next = m_experiment;
    setByPath(next, path, value);
    const SettingEffect effect = settingEffect(path);
    if (effect == SettingEffect::Rebuild) {
        setExperiment(next);
        return;
    }
    const bool batchChanged = next.batchSize != m_experiment.batchSize;
    m_experiment = std::move(next);
    if (effect == SettingEffect::None) return;
    if (path == "epochs") {
        m_finished = m_experiment.epochs > 0 && m_epoch >= std::uint64_t(m_experiment.epochs);
    } else if (path == "batch_size") {
        if (batchChanged) buildModel(true);
    } else if (path == "optimizer.lr") {
        m_baseLearningRate = value;
        m_optimizer->setLearningRate(scheduledRate(double(m_epoch)));
    } else if (path.rfind("optimizer.", 0) == 0) {
        m_optimizer->set(path.substr(std::string("optimizer.").size()), value);  // state kept
    }
    // regularization.*: read from m_experiment at every step.
}

void SupervisedTask::setExperiment(const Experiment& next) {
    const Experiment before = m_experiment;
    m_experiment = next;
    m_experiment.weights.reset();
    m_experiment.run.reset();
    const bool dataChanged = before.data != next.data || before.features != next.features;
    const bool netChanged = before.network.layers != next.network.layers;
    const bool modelChanged = netChanged || dataChanged || before.loss != next.loss ||
                              before.optimizer.name != next.optimizer.name || before.batchSize != next.batchSize ||
                              before.training.precision != next.training.precision;
    if (dataChanged) m_data.load(m_experiment);
    if (modelChanged) {
        // Keep a layer's parameters when nothing that shapes or draws them changed.
        std::vector<Shape> oldInputs;
        for (std::size_t i = 0; i < m_network->size(); ++i)
            oldInputs.push_back(i == 0 ? m_network->inputShape() : m_network->shapeAfter(i - 1));
        const WeightSet old = weights();
        m_experiment.weights.reset();
        buildModel(false);
        WeightSet kept;
        for (std::size_t i = 0; i < m_network->size(); ++i) {
            Layer& layer = m_network->layer(i);
            const Shape in = i == 0 ? m_network->inputShape() : m_network->shapeAfter(i - 1);
            bool keep = false;
            for (std::size_t j = 0; j < before.network.layers.size() && j < oldInputs.size(); ++j) {
                const LayerSpec& was = before.network.layers[j];
                const LayerSpec& now = layer.spec();
                if (was.name == now.name && was.type == now.type && was.units == now.units &&
                    was.weightInit == now.weightInit && was.biasInit == now.biasInit && was.options == now.options && was.choices == now.choices &&
                    oldInputs[j] == in)
                    keep = true;
            }
            if (keep && old.count(layer.name())) kept[layer.name()] = old.at(layer.name());
            else if (!layer.params().empty())
                m_notes.push_back({"reinitialised", layer.name(),
                                   "new shape or initializer: its parameters were initialised again"});
        }
        restoreWeights(kept);
        if (before.optimizer.name != next.optimizer.name)
            m_notes.push_back({"optimizer_reset", "", "new optimizer: its state starts from zero"});
    } else {
        for (const auto& [key, value] : next.optimizer.params) setHyper("optimizer." + key, value);
    }
    if (!(before.schedule.kind == next.schedule.kind)) m_optimizer->setLearningRate(scheduledRate(double(m_epoch)));
    m_network->setProductThreads(m_experiment.training.threads);
    m_finished = m_experiment.epochs > 0 && m_epoch >= std::uint64_t(m_experiment.epochs);
}

void SupervisedTask::reset(std::uint64_t seed) {
    if (seed != 0) m_experiment.seed = seed;
    m_rng.seed(m_experiment.seed);
    m_network.reset();
    m_experiment.weights.reset();
    m_step = m_epoch = 0;
    m_history.clear();
    m_historyTaken = 0;
    m_finished = false;
    m_bestWeights.reset();
    m_earlyStopping.reset();
    m_data.load(m_experiment);
    buildModel(false);
    m_clock.reset();
}

void SupervisedTask::setWeight(const SetWeight& w) {
    if (w.layer >= m_network->size()) throw SpecError("no layer " + std::to_string(w.layer));
    for (Param& p : m_network->layer(w.layer).params()) {
        if (p.name != w.param) continue;
        if (w.row < 0 || w.row >= p.value->rows() || w.col < 0 || w.col >= p.value->cols())
            throw SpecError(m_network->layer(w.layer).name() + "." + w.param + ": no entry (" +
                            std::to_string(w.row) + ", " + std::to_string(w.col) + ")");
        (*p.value)(w.row, w.col) = w.value;
        return;
    }
    throw SpecError(m_network->layer(w.layer).name() + ": no parameter \"" + w.param + "\"");
}

void SupervisedTask::apply(const CommandBody& command) {
    // Anything but a new inspection may change the weights or the data it shows.
    if (!std::holds_alternative<SetInspection>(command)) m_insideStale = true;
    if (auto* h = std::get_if<SetHyper>(&command)) {
        setHyper(h->key, h->value);
    } else if (auto* e = std::get_if<SetExperiment>(&command)) {
        setExperiment(e->experiment);
    } else if (auto* r = std::get_if<Reset>(&command)) {
        reset(r->seed);
    } else if (auto* w = std::get_if<SetWeight>(&command)) {
        setWeight(*w);
    } else if (auto* s = std::get_if<StepEpochs>(&command)) {
        for (std::uint64_t i = 0; i < s->count && !m_finished; ++i) runEpoch();
    } else if (auto* b = std::get_if<StepBatches>(&command)) {
        for (std::uint64_t i = 0; i < b->count && !m_finished; ++i) step();
    } else if (auto* t = std::get_if<SetTextSampling>(&command)) {
        m_textPreview.setSampling(*t);
    } else if (auto* inspection = std::get_if<SetInspection>(&command)) {
        setInspection(*inspection);
    }
}

std::vector<HistoryPoint> SupervisedTask::takeHistory() {
    std::vector<HistoryPoint> out = m_history.since(m_historyTaken);
    m_historyTaken = m_history.pushed();
    return out;
}

std::vector<Note> SupervisedTask::takeNotes() {
    std::vector<Note> out;
    out.swap(m_notes);
    return out;
}

WeightSet SupervisedTask::weights() {
    WeightSet set;
    for (std::size_t i = 0; i < m_network->size(); ++i) {
        Layer& layer = m_network->layer(i);
        for (const Param& p : layer.params()) set[layer.name()][p.name] = *p.value;
        for (const Param& p : layer.buffers()) set[layer.name()][p.name] = *p.value;
    }
    return set;
}

Matrix SupervisedTask::predictPoints(const Matrix& points) {
    const Matrix x = m_data.inputsFor(points);
    Matrix out(x.rows(), m_network->outputShape().size());
    Pass pass{false, &m_rng};
    for (Index begin = 0; begin < x.rows(); begin += kEvalChunk) {
        const Index n = std::min(kEvalChunk, x.rows() - begin);
        out.middleRows(begin, n) = m_network->forward(x.middleRows(begin, n), pass);
    }
    return out;
}

void SupervisedTask::addTrainingTime(double seconds) {
    m_clock.addTime(seconds);
}

void SupervisedTask::setRecordHealth(int everyKSteps) {
    if (everyKSteps <= 0) {
        m_health.reset();
        return;
    }
    if (m_health) {
        m_health->setInterval(everyKSteps);
        return;
    }
    m_health = std::make_unique<HealthRecorder>(everyKSteps);
    m_health->bind(*m_network);
    m_healthTaken = 0;
}

std::vector<double> SupervisedTask::trainLosses() const {
    std::vector<double> losses;
    losses.reserve(m_history.size());
    for (const HistoryPoint& p : m_history.points()) losses.push_back(p.values[kTrainLoss]);
    return losses;
}

std::vector<Verdict> SupervisedTask::diagnose(const NumericFailure* failure) const {
    if (!m_health) return {};
    if (!failure && m_failure) failure = &*m_failure;
    return nnlab::diagnose(m_health->history(), trainLosses(), m_experiment, failure);
}

void SupervisedTask::checkFinite(double loss) {
    try {
        checkFiniteStep(*m_network, m_params, loss, m_step + 1);
    } catch (const StepNumericError& e) {
        m_failure = e.failure;  // the live diagnosis shows it as evidence
        throw;
    }
}

}  // namespace nnlab
