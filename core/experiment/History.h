#pragma once
// A run's history: one point per epoch, each holding the values of the named
// series its task reports (a supervised net: losses, accuracy or RMSE and the
// learning rate; a GAN: D and G losses, D(real), D(fake); an RBM:
// reconstruction error and free energy). Which series exist, what they are
// called and how they are drawn is the task's SeriesInfo list; a point keeps
// its values in that order, inline, so recording one allocates nothing.
#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace nnlab {

// More than any model of the roadmap reports (a GAN's six is the most).
constexpr std::size_t kMaxSeries = 12;

enum class SeriesRole {
    Loss,    // drawn on the plot's left axis; a log scale makes sense
    Metric,  // drawn on the right axis (accuracy, RMSE, error shares)
    Rate,    // a setting that moves (learning rate, radius): in the CSV and the readout, not drawn
};

struct SeriesInfo {
    std::string key;     // "train_loss": the name in the run file and the CLI
    std::string label;   // "training loss": English; the window translates it (context "Series")
    SeriesRole role = SeriesRole::Loss;
    std::string column;  // CSV header ("train_accuracy"); empty: the key
    const std::string& csvColumn() const { return column.empty() ? key : column; }
};

struct HistoryPoint {
    std::uint64_t epoch = 0, step = 0;
    // In the order of the task's series; NaN where a series has no value
    // (a test loss without a test set). A diverged loss is NaN as well.
    std::array<double, kMaxSeries> values;
    HistoryPoint() { values.fill(std::numeric_limits<double>::quiet_NaN()); }
};

// The index of a series by key, or -1.
inline int seriesIndex(const std::vector<SeriesInfo>& series, const std::string& key) {
    for (std::size_t i = 0; i < series.size(); ++i)
        if (series[i].key == key) return int(i);
    return -1;
}

// A point's value of a series by key; NaN when the task has no such series.
inline double seriesValue(const std::vector<SeriesInfo>& series, const HistoryPoint& p, const std::string& key) {
    const int i = seriesIndex(series, key);
    return i < 0 ? std::numeric_limits<double>::quiet_NaN() : p.values[std::size_t(i)];
}

}  // namespace nnlab
