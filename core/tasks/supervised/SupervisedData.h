#pragma once
// The supervised task's data: generated or read, split, mapped through the
// feature map (2-D points only) and encoded for the loss. The network's input
// shape comes from here: the number of features for points of the plane, the
// data set's per-sample shape (an image C x H x W) otherwise.
#include "data/Normalization.h"
#include "experiment/Experiment.h"
#include "losses/Loss.h"
#include "training/Capabilities.h"

namespace nnlab {

class SupervisedData {
public:
    // Generates or reads the data and splits it (data seed only); throws DataError/SpecError.
    void load(const Experiment& experiment);
    // Encodes the targets for this loss and number of network outputs; throws
    // ShapeError naming the output layer when they do not fit.
    void encodeTargets(const Experiment& experiment, const Loss& loss, Index outputs);

    const Dataset& dataset() const { return m_dataset; }
    const PreparedData& prepared() const { return m_prepared; }
    const std::vector<std::string>& activeFeatures() const { return m_features; }
    Shape inputShape() const;
    bool classification() const { return m_dataset.kind == ProblemKind::Classification; }
    // Raw inputs through the normalisation (data.normalize) and the feature
    // map (a copy for tables and images).
    Matrix inputsFor(const Matrix& points) const;
    // What encodeTargets decided when the data did not say it (a CSV file or
    // drawn points, problem "auto"): "11 classes found: classification, 11
    // outputs with softmax and the loss cce"; empty for generated data.
    const std::string& decision() const { return m_decision; }

private:
    void holdOutValidation(double ratio);
    void adoptClassesForTheLoss(const Experiment& experiment);
    std::string describeDecision(const Experiment& experiment, const std::string& lossName, Index outputs) const;

    Dataset m_dataset;
    PreparedData m_prepared;
    std::vector<std::string> m_features;
    ChannelNormalization m_normalization;  // fitted on the training inputs
    std::string m_decision;
};

}  // namespace nnlab
