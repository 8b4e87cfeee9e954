// Fixed-bin histogram: bins are set once, add() only counts, so recording a
// step allocates nothing. Out-of-range values land in the end bins (and are
// counted in `outside`), so an exploding weight shows as a spike at the edge.
#include "health/LayerHealth.h"

#include <algorithm>
#include <cmath>

namespace nnlab {

void Histogram::setRange(Scale s, double low, double high, int bins) {
    scale = s;
    lo = low;
    hi = high > low ? high : low + 1.0;
    counts.assign(std::size_t(std::max(1, bins)), 0.0);
    zeros = outside = total = 0.0;
}

void Histogram::clear() {
    std::fill(counts.begin(), counts.end(), 0.0);
    zeros = outside = total = 0.0;
}

void Histogram::add(const double* values, Index n) {
    if (counts.empty()) return;
    const int bins = int(counts.size());
    const double scaleToBin = double(bins) / (hi - lo);
    for (Index i = 0; i < n; ++i) {
        double v = values[i];
        total += 1.0;
        if (scale == Scale::Log10Magnitude) {
            if (v == 0.0) {
                zeros += 1.0;
                continue;
            }
            v = std::log10(std::abs(v));
        }
        if (std::isnan(v)) {
            outside += 1.0;  // counted, never binned
            continue;
        }
        double k = std::floor((v - lo) * scaleToBin);
        if (k < 0.0 || k >= double(bins)) {
            outside += 1.0;
            k = k < 0.0 ? 0.0 : double(bins - 1);
        }
        counts[std::size_t(k)] += 1.0;
    }
}

}  // namespace nnlab
