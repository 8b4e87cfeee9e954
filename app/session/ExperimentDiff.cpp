#include "ExperimentDiff.h"

#include "optimizers/Optimizer.h"

#include <set>

namespace nnlab {
namespace {

bool sameSchedule(const ScheduleSpec& a, const ScheduleSpec& b) {
    return a.kind == b.kind && a.stepEpochs == b.stepEpochs && a.gamma == b.gamma && a.minLr == b.minLr &&
           a.periodEpochs == b.periodEpochs && a.warmupEpochs == b.warmupEpochs;
}

bool sameEarlyStopping(const EarlyStoppingSpec& a, const EarlyStoppingSpec& b) {
    return a.enabled == b.enabled && a.patience == b.patience && a.minDelta == b.minDelta &&
           a.restoreBest == b.restoreBest;
}

double optimizerValue(const NamedSpec& spec, const std::string& key) {
    double fallback = 0.0;
    try {
        for (const ParamDef& p : findOptimizer(spec.name).params)
            if (key == p.key) fallback = p.defaultValue;
    } catch (const std::exception&) {
        // Unknown optimizer: the worker reports it when the spec is applied.
    }
    return spec.get(key, fallback);
}

}  // namespace

ExperimentDiff diffExperiments(const Experiment& from, const Experiment& to) {
    ExperimentDiff diff;
    diff.structural = from.data != to.data || from.features != to.features ||
                      from.network.layers != to.network.layers || from.loss != to.loss ||
                      from.optimizer.name != to.optimizer.name || !sameSchedule(from.schedule, to.schedule) ||
                      !sameEarlyStopping(from.earlyStopping, to.earlyStopping) ||
                      from.seed != to.seed || from.weights.has_value() != to.weights.has_value() ||
                      from.run.has_value() != to.run.has_value();
    if (diff.structural) return diff;

    std::set<std::string> keys;
    for (const auto& [key, value] : from.optimizer.params) keys.insert(key);
    for (const auto& [key, value] : to.optimizer.params) keys.insert(key);
    for (const std::string& key : keys) {
        const double value = optimizerValue(to.optimizer, key);
        if (optimizerValue(from.optimizer, key) != value) diff.hyper.emplace_back(key, value);
    }
    const RegularizationSpec& a = from.regularization;
    const RegularizationSpec& b = to.regularization;
    if (a.l1 != b.l1) diff.hyper.emplace_back("l1", b.l1);
    if (a.l2 != b.l2) diff.hyper.emplace_back("l2", b.l2);
    if (a.maxNorm != b.maxNorm) diff.hyper.emplace_back("max_norm", b.maxNorm);
    if (a.clipValue != b.clipValue) diff.hyper.emplace_back("clip_value", b.clipValue);
    if (a.clipNorm != b.clipNorm) diff.hyper.emplace_back("clip_norm", b.clipNorm);
    if (from.batchSize != to.batchSize) diff.hyper.emplace_back("batch_size", double(to.batchSize));
    if (from.epochs != to.epochs) diff.hyper.emplace_back("epochs", double(to.epochs));
    return diff;
}

}  // namespace nnlab
