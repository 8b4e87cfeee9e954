// Train/test split as Playground does it (src/playground.ts generateData):
// shuffle once (Fisher-Yates from the end, as its dataset.ts shuffle), then
// the first floor(n * ratio) points train and the rest test. nnlab keeps at
// least one training point.
#include "data/Dataset.h"

#include "Error.h"
#include "data/Functions.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nnlab {

namespace {

void gather(const Matrix& from, const std::vector<Index>& rows, Matrix& to) {
    to.resize(Index(rows.size()), from.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) to.row(Index(i)) = from.row(rows[i]);
}

}  // namespace

Split splitDataset(const Dataset& data, double trainRatio, Rng& rng) {
    if (!(trainRatio > 0.0 && trainRatio <= 1.0))
        throw SpecError("data.trainRatio: expected more than 0 and at most 1 (0.5 is 50 %), got " +
                        formatNumber(trainRatio));
    const Index n = data.size();
    if (n == 0) throw DataError("data: the data set has no points");
    if (data.targets.rows() != n)
        throw DataError("data: " + std::to_string(n) + " points but " + std::to_string(data.targets.rows()) +
                        " targets");

    std::vector<Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Index(0));
    for (std::size_t remaining = order.size(); remaining > 1; --remaining) {
        const std::size_t j = std::size_t(uniformIndex(rng, remaining));
        std::swap(order[remaining - 1], order[j]);
    }
    // The small epsilon keeps 0.7 * 10 at 7 despite rounding (6.9999...).
    const Index trainCount = std::clamp(Index(std::floor(double(n) * trainRatio + 1e-9)), Index(1), n);

    Split s;
    s.trainIndex.assign(order.begin(), order.begin() + trainCount);
    s.testIndex.assign(order.begin() + trainCount, order.end());
    gather(data.points, s.trainIndex, s.trainX);
    gather(data.targets, s.trainIndex, s.trainY);
    gather(data.points, s.testIndex, s.testX);
    gather(data.targets, s.testIndex, s.testY);
    return s;
}

}  // namespace nnlab
