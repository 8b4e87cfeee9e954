#pragma once
// The named series a supervised run reports after every epoch. Their keys are
// the run file's names since format version 1, so saved runs keep opening.
#include "experiment/History.h"

#include <vector>

namespace nnlab {

// The validation pair comes last, and only with a validation set, so runs
// without one keep the series (and the colours) they always had.
enum SupervisedSeries : std::size_t {
    kTrainLoss, kTestLoss, kTrainMetric, kTestMetric, kLearningRate, kValidationLoss, kValidationMetric
};

// Accuracy for classification, RMSE for regression.
std::vector<SeriesInfo> supervisedSeries(bool classification, bool validation = false);

// Reorders a saved run's values into supervisedSeries' order; throws SpecError
// naming run.history for a series a supervised run does not have.
void adoptSavedSeries(const std::vector<std::string>& saved, std::vector<HistoryPoint>& history,
                      const std::vector<SeriesInfo>& series);

}  // namespace nnlab
