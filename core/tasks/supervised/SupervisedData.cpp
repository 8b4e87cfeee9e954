#include "tasks/supervised/SupervisedData.h"

#include "Error.h"
#include "data/Csv.h"
#include "data/Features.h"
#include "data/Functions.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace nnlab {
namespace {

TargetEncoding encodingFor(const Loss& loss, const Dataset& data, Index outputs) {
    if (data.kind == ProblemKind::Regression) return TargetEncoding::Value;
    switch (loss.info().target) {
        case TargetKind::ClassIndex: return TargetEncoding::ClassIndex;
        case TargetKind::PlusMinusOne: return TargetEncoding::PlusMinusOne;
        case TargetKind::Values: break;
    }
    if (outputs == 1) return TargetEncoding::Binary01;
    return TargetEncoding::OneHot;
}

// Losses that compare the output with classes, not with numbers.
bool lossIsForClasses(const Loss& loss) {
    return loss.info().target != TargetKind::Values || std::string(loss.info().name) == "cce";
}

std::string shortNumber(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Distinct target values if every one is a whole number, else empty.
std::set<double> wholeNumberValues(const Matrix& targets) {
    std::set<double> values;
    for (Index i = 0; i < targets.rows(); ++i) {
        const double v = targets(i, 0);
        if (v != std::floor(v)) return {};
        values.insert(v);
    }
    return values;
}

}  // namespace

// Auto-detection reads up to kMaxAutoClasses whole-number targets as classes;
// with a loss for classes, 11 to kMaxClasses of them are classes too, rather
// than silently a regression the loss cannot score.
void SupervisedData::adoptClassesForTheLoss(const Experiment& experiment) {
    if (experiment.data.problem != "auto" || m_dataset.kind != ProblemKind::Regression) return;
    if (!lossIsForClasses(Loss(experiment.loss))) return;
    const std::set<double> values = wholeNumberValues(m_dataset.targets);
    if (values.size() < 2 || values.size() > std::size_t(kMaxClasses)) return;
    std::map<double, int> classOf;
    m_dataset.classNames.clear();
    for (double v : values) {
        classOf.emplace(v, int(m_dataset.classNames.size()));
        m_dataset.classNames.push_back(formatNumber(v));
    }
    for (Matrix* t : {&m_dataset.targets, &m_prepared.trainLabels, &m_prepared.testLabels, &m_prepared.validationLabels})
        for (Index i = 0; i < t->rows(); ++i) (*t)(i, 0) = classOf.at((*t)(i, 0));
    m_dataset.kind = ProblemKind::Classification;
    m_dataset.numClasses = int(values.size());
}

void SupervisedData::load(const Experiment& experiment) {
    LoadedData loaded = loadData(experiment.data);
    m_dataset = std::move(loaded.data);
    // The feature map is for points of the plane; tables and images pass through.
    m_features = m_dataset.points.cols() == 2 && m_dataset.sampleShape.dims.size() <= 1 ? experiment.features
                                                                                           : std::vector<std::string>{};
    PreparedData& p = m_prepared;
    p.trainPoints = std::move(loaded.split.trainX);
    p.testPoints = std::move(loaded.split.testX);
    p.trainLabels = std::move(loaded.split.trainY);
    p.testLabels = std::move(loaded.split.testY);
    holdOutValidation(experiment.data.validationRatio);
    adoptClassesForTheLoss(experiment);
    m_normalization = experiment.data.normalize == "per_channel"
                          ? fitChannelNormalization(p.trainPoints, m_dataset.sampleShape)
                          : ChannelNormalization{};
    p.trainX = inputsFor(p.trainPoints);
    p.testX = inputsFor(p.testPoints);
    p.validationX = inputsFor(p.validationPoints);
}

// The last share of the (shuffled) training part becomes the validation set,
// as Keras' validation_split takes the last samples: the same rows for a data
// seed whatever the network. At least one sample each way once the ratio is
// above 0; the normalisation is then fitted on what trains.
void SupervisedData::holdOutValidation(double ratio) {
    PreparedData& p = m_prepared;
    const Index n = p.trainPoints.rows();
    Index held = Index(std::floor(double(n) * ratio + 1e-9));
    if (ratio > 0.0 && n >= 2) held = std::clamp<Index>(held, 1, n - 1);
    else held = 0;
    p.validationPoints = p.trainPoints.bottomRows(held);
    p.validationLabels = p.trainLabels.bottomRows(held);
    const Matrix keptPoints = p.trainPoints.topRows(n - held), keptLabels = p.trainLabels.topRows(n - held);
    p.trainPoints = keptPoints;
    p.trainLabels = keptLabels;
}

Matrix SupervisedData::inputsFor(const Matrix& points) const {
    if (!m_normalization.active()) return applyFeatures(points, m_features);
    Matrix normalized = points;
    applyNormalization(m_normalization, normalized);
    return applyFeatures(normalized, m_features);
}

Shape SupervisedData::inputShape() const {
    if (!m_features.empty()) return Shape{Index(m_features.size())};
    if (m_dataset.sampleShape.size() == m_dataset.points.cols()) return m_dataset.sampleShape;
    return Shape{m_dataset.points.cols()};
}

void SupervisedData::encodeTargets(const Experiment& experiment, const Loss& loss, Index outputs) {
    const std::string lossName = loss.info().name;
    if (classification()) {
        // One class in the training set: every answer is right or all are wrong; nothing to learn.
        const std::set<double> present = wholeNumberValues(m_prepared.trainLabels);
        if (present.size() == 1) {
            const int k = int(*present.begin());
            const std::string name = k < int(m_dataset.classNames.size()) ? m_dataset.classNames[std::size_t(k)]
                                                                          : std::to_string(k);
            throw DataError("data: every training point is of class \"" + name +
                            "\"; a classification needs at least 2 classes to tell apart");
        }
    } else if (lossIsForClasses(loss)) {
        throw SpecError("loss: \"" + lossName + "\" compares the output with classes, but the data is a regression " +
                        "(its targets are numbers, such as " + shortNumber(m_prepared.trainLabels(0, 0)) +
                        "); use mse, mae, huber or log_cosh, or set data.problem to \"classification\"");
    }
    if (classification() && m_dataset.numClasses > 2 && outputs != m_dataset.numClasses)
        throw ShapeError("network.layers[" + std::to_string(experiment.network.layers.size() - 1) +
                         "].units: the data has " + std::to_string(m_dataset.numClasses) +
                         " classes, so the output layer needs " + std::to_string(m_dataset.numClasses) + " units");
    const TargetEncoding enc = encodingFor(loss, m_dataset, outputs);
    const int classes = classification() ? m_dataset.numClasses : 0;
    m_prepared.trainY = nnlab::encodeTargets(m_prepared.trainLabels, classes, enc);
    m_prepared.testY = nnlab::encodeTargets(m_prepared.testLabels, classes, enc);
    m_prepared.validationY = nnlab::encodeTargets(m_prepared.validationLabels, classes, enc);
    if (m_prepared.trainY.cols() != outputs && enc != TargetEncoding::ClassIndex)
        throw ShapeError("loss: the targets have " + std::to_string(m_prepared.trainY.cols()) +
                         " columns but the network gives " + std::to_string(outputs) + " outputs");
    // Every value the loss will see, once, before training (bce on -1 trained to a loss of -4).
    for (const Matrix* y : {&m_prepared.trainY, &m_prepared.testY, &m_prepared.validationY}) {
        if (y->rows() == 0) continue;
        try {
            loss.checkTarget(*y, outputs);
        } catch (const DataError& e) {
            throw DataError(std::string("loss: ") + e.what() +
                            (classification() ? "" : " (the data is a regression: its targets are numbers, not classes)"));
        } catch (const ShapeError& e) {
            throw ShapeError(std::string("loss: ") + e.what());
        }
    }
    m_decision = describeDecision(experiment, lossName, outputs);
}

// What was decided about the targets, when the data did not say it itself
// (a CSV file or drawn points with data.problem "auto").
std::string SupervisedData::describeDecision(const Experiment& experiment, const std::string& lossName,
                                             Index outputs) const {
    const DataSource source = findGenerator(experiment.data.generator).source;
    if (source == DataSource::Formula || source == DataSource::Idx || source == DataSource::Text ||
        experiment.data.problem != "auto")
        return {};
    const std::string activation =
        experiment.network.layers.empty() ? std::string("linear") : experiment.network.layers.back().activation.name;
    const std::string output = plural(std::size_t(outputs), "output", "outputs") + " with " + activation;
    if (classification())
        return plural(std::size_t(m_dataset.numClasses), "class", "classes") + " found: classification, " + output +
               " and the loss " + lossName;
    const std::set<double> values = wholeNumberValues(m_dataset.targets);
    if (values.size() > std::size_t(kMaxAutoClasses) && values.size() <= std::size_t(kMaxClasses))
        return std::to_string(values.size()) + " different whole numbers in the target: regression, " + output +
               " and the loss " + lossName + " (set data.problem to \"classification\" for " +
               std::to_string(values.size()) + " classes)";
    return "the targets are numbers: regression, " + output + " and the loss " + lossName;
}

}  // namespace nnlab
