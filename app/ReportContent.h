#pragma once
// What the report says about a run, worded for a reader who did not see the
// window: the experiment's settings, section by section, and the final
// metrics from the last history point.
#include "ReportWriter.h"
#include "experiment/Experiment.h"

#include <vector>

namespace nnlab {

class ReportContent {
    Q_DECLARE_TR_FUNCTIONS(nnlab::ReportContent)
public:
    // Data, Network (one row per layer), Training.
    static QList<ReportSection> settings(const Experiment& experiment);
    // Epoch and step, then the losses and accuracy (classification) or RMSE
    // (regression) of the last history point; just the counters without history.
    static QList<ReportRow> metrics(const std::vector<SeriesInfo>& series, const std::vector<HistoryPoint>& history, std::uint64_t step,
                                    std::uint64_t epoch);
};

}  // namespace nnlab
