#include "tasks/gan/GridDivergence.h"

#include <algorithm>
#include <cmath>

namespace nnlab {

Vector gridHistogram(MatrixIn points, int g, double lo, double hi) {
    Vector shares = Vector::Zero(Index(g) * g);
    const auto cell = [&](double v) { return std::clamp(int(std::floor((v - lo) / (hi - lo) * g)), 0, g - 1); };
    for (Index i = 0; i < points.rows(); ++i) shares(Index(cell(points(i, 1))) * g + cell(points(i, 0))) += 1.0;
    if (points.rows() > 0) shares /= double(points.rows());
    return shares;
}

double gridKlDivergence(const Vector& p, const Vector& q) {
    const Eigen::ArrayXd a = p.array() + kDivergenceEps, b = q.array() + kDivergenceEps;
    return (a * (a / b).log()).sum() / std::log(2.0);
}

double gridJsDivergence(const Vector& p, const Vector& q) {
    const Eigen::ArrayXd a = p.array() + kDivergenceEps, b = q.array() + kDivergenceEps;
    const Eigen::ArrayXd m = 0.5 * (p.array() + q.array()) + kDivergenceEps;
    return 0.5 * ((a * (a / m).log()).sum() + (b * (b / m).log()).sum()) / std::log(2.0);
}

}  // namespace nnlab
