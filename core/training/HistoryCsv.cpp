#include "training/HistoryCsv.h"

#include <cmath>
#include <iomanip>

namespace nnlab {

void writeHistoryCsv(std::ostream& out, const std::vector<SeriesInfo>& series, const std::vector<HistoryPoint>& history) {
    out << "epoch,step";
    for (const SeriesInfo& s : series) out << ',' << s.csvColumn();
    out << '\n' << std::setprecision(17);
    for (const HistoryPoint& p : history) {
        out << p.epoch << ',' << p.step;
        for (std::size_t k = 0; k < series.size() && k < kMaxSeries; ++k) {
            out << ',';
            if (!std::isnan(p.values[k])) out << p.values[k];
        }
        out << '\n';
    }
}

}  // namespace nnlab
