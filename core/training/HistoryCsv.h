#pragma once
// The training history as CSV: epoch, step, train/test loss, accuracy or
// RMSE, learning rate. Written by the CLI and the window's export.
#include "training/Snapshot.h"

#include <ostream>
#include <vector>

namespace nnlab {

// metricName: "accuracy" (classification) or "rmse" (regression).
void writeHistoryCsv(std::ostream& out, const std::vector<HistoryPoint>& history, const std::string& metricName);

}  // namespace nnlab
