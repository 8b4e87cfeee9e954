#include "tasks/supervised/SupervisedSeries.h"

#include "Error.h"
#include "spec/NameLookup.h"

namespace nnlab {

std::vector<SeriesInfo> supervisedSeries(bool classification, bool validation) {
    const std::string metric = classification ? "accuracy" : "rmse";
    std::vector<SeriesInfo> series = {
        {"train_loss", "training loss", SeriesRole::Loss, ""},
        {"test_loss", "test loss", SeriesRole::Loss, ""},
        {"train_metric", classification ? "training accuracy" : "training RMSE", SeriesRole::Metric, "train_" + metric},
        {"test_metric", classification ? "test accuracy" : "test RMSE", SeriesRole::Metric, "test_" + metric},
        {"lr", "learning rate", SeriesRole::Rate, "learning_rate"},
    };
    if (validation) {
        series.push_back({"validation_loss", "validation loss", SeriesRole::Loss, ""});
        series.push_back({"validation_metric", classification ? "validation accuracy" : "validation RMSE",
                          SeriesRole::Metric, "validation_" + metric});
    }
    return series;
}

void adoptSavedSeries(const std::vector<std::string>& saved, std::vector<HistoryPoint>& history,
                      const std::vector<SeriesInfo>& series) {
    std::vector<std::string> known;
    for (const SeriesInfo& s : series) known.push_back(s.key);
    std::vector<int> target;
    for (const std::string& key : saved) {
        const int at = seriesIndex(series, key);
        if (at < 0) throw SpecError("run.history: " + unknownNameMessage("series", key, known));
        target.push_back(at);
    }
    for (HistoryPoint& p : history) {
        HistoryPoint moved;
        moved.epoch = p.epoch;
        moved.step = p.step;
        for (std::size_t k = 0; k < target.size(); ++k) moved.values[std::size_t(target[k])] = p.values[k];
        p = moved;
    }
}

}  // namespace nnlab
