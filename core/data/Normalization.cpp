// Per-channel normalisation (formula in Normalization.h).
#include "data/Normalization.h"

#include <cmath>

namespace nnlab {

ChannelNormalization fitChannelNormalization(const Matrix& x, const Shape& sampleShape) {
    ChannelNormalization n;
    const Index columns = x.cols();
    n.channelOf.resize(std::size_t(columns));
    const auto& dims = sampleShape.dims;
    const bool fits = sampleShape.size() == columns;
    Index channels = columns;
    for (Index c = 0; c < columns; ++c) {
        if (fits && dims.size() == 3) n.channelOf[std::size_t(c)] = c / (dims[1] * dims[2]);
        else if (fits && dims.size() == 2) n.channelOf[std::size_t(c)] = c % dims[1];
        else n.channelOf[std::size_t(c)] = c;
    }
    if (fits && dims.size() == 3) channels = dims[0];
    else if (fits && dims.size() == 2) channels = dims[1];
    // Sums per column first, row by row: x is row-major, so each row is one
    // contiguous pass (a column at a time would stride through all of memory).
    Eigen::Array<double, 1, Eigen::Dynamic> columnSum = Eigen::Array<double, 1, Eigen::Dynamic>::Zero(columns);
    for (Index r = 0; r < x.rows(); ++r) columnSum += x.row(r).array();
    std::vector<double> sum(std::size_t(channels), 0.0), squares(std::size_t(channels), 0.0),
        count(std::size_t(channels), 0.0);
    for (Index c = 0; c < columns; ++c) {
        const std::size_t k = std::size_t(n.channelOf[std::size_t(c)]);
        sum[k] += columnSum(c);
        count[k] += double(x.rows());
    }
    n.mean.resize(std::size_t(channels));
    for (std::size_t k = 0; k < n.mean.size(); ++k) n.mean[k] = count[k] > 0 ? sum[k] / count[k] : 0.0;
    // Squares about the mean (two passes): no cancellation for 0..1 pixels.
    Eigen::Array<double, 1, Eigen::Dynamic> meanOfColumn(columns), columnSquares =
        Eigen::Array<double, 1, Eigen::Dynamic>::Zero(columns);
    for (Index c = 0; c < columns; ++c) meanOfColumn(c) = n.mean[std::size_t(n.channelOf[std::size_t(c)])];
    for (Index r = 0; r < x.rows(); ++r) columnSquares += (x.row(r).array() - meanOfColumn).square();
    for (Index c = 0; c < columns; ++c) squares[std::size_t(n.channelOf[std::size_t(c)])] += columnSquares(c);
    n.scale.resize(std::size_t(channels));
    for (std::size_t k = 0; k < n.scale.size(); ++k) {
        const double sd = count[k] > 0 ? std::sqrt(squares[k] / count[k]) : 0.0;
        n.scale[k] = sd > 1e-12 ? 1.0 / sd : 1.0;
    }
    return n;
}

void applyNormalization(const ChannelNormalization& n, Matrix& x) {
    if (!n.active() || Index(n.channelOf.size()) != x.cols()) return;
    // Per-column rows of shift and scale, applied row by row (x is row-major).
    Eigen::Array<double, 1, Eigen::Dynamic> shift(x.cols()), scale(x.cols());
    for (Index c = 0; c < x.cols(); ++c) {
        const std::size_t k = std::size_t(n.channelOf[std::size_t(c)]);
        shift(c) = n.mean[k];
        scale(c) = n.scale[k];
    }
    x.array().rowwise() -= shift;
    x.array().rowwise() *= scale;
}

}  // namespace nnlab
