#pragma once
// A run's history as CSV: epoch, step, then one column per named series in
// the task's order (a supervised run: train/test loss, accuracy or RMSE,
// learning rate). Written by the CLI and the window's export. A value a
// series does not have (a test loss without a test set) is an empty field.
#include "experiment/History.h"

#include <ostream>
#include <vector>

namespace nnlab {

void writeHistoryCsv(std::ostream& out, const std::vector<SeriesInfo>& series, const std::vector<HistoryPoint>& history);

}  // namespace nnlab
