#include "tasks/supervised/SupervisedData.h"

#include "Error.h"
#include "data/Features.h"

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

}  // namespace

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
    p.trainX = inputsFor(p.trainPoints);
    p.testX = inputsFor(p.testPoints);
}

Matrix SupervisedData::inputsFor(const Matrix& points) const { return applyFeatures(points, m_features); }

Shape SupervisedData::inputShape() const {
    if (!m_features.empty()) return Shape{Index(m_features.size())};
    if (m_dataset.sampleShape.size() == m_dataset.points.cols()) return m_dataset.sampleShape;
    return Shape{m_dataset.points.cols()};
}

void SupervisedData::encodeTargets(const Experiment& experiment, const Loss& loss, Index outputs) {
    if (classification() && m_dataset.numClasses > 2 && outputs != m_dataset.numClasses)
        throw ShapeError("network.layers[" + std::to_string(experiment.network.layers.size() - 1) +
                         "].units: the data has " + std::to_string(m_dataset.numClasses) +
                         " classes, so the output layer needs " + std::to_string(m_dataset.numClasses) + " units");
    const TargetEncoding enc = encodingFor(loss, m_dataset, outputs);
    const int classes = classification() ? m_dataset.numClasses : 0;
    m_prepared.trainY = nnlab::encodeTargets(m_prepared.trainLabels, classes, enc);
    m_prepared.testY = nnlab::encodeTargets(m_prepared.testLabels, classes, enc);
    if (m_prepared.trainY.cols() != outputs && enc != TargetEncoding::ClassIndex)
        throw ShapeError("loss: the targets have " + std::to_string(m_prepared.trainY.cols()) +
                         " columns but the network gives " + std::to_string(outputs) + " outputs");
}

}  // namespace nnlab
