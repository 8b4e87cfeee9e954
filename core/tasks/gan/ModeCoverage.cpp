#include "tasks/gan/ModeCoverage.h"

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kReachQuantile = 0.95;
constexpr int kRingArcs = 8;

// Centres in GAN Lab's unit square, as RealDistributions.cpp samples them.
std::vector<std::pair<double, double>> unitCentres(const std::string& name) {
    if (name == "gaussian") return {{0.5, 0.5}};
    if (name == "gaussians") return {{0.3, 0.7}, {0.7, 0.4}};
    if (name == "disjoint") return {{0.35, 0.75}, {0.75, 0.6}, {0.45, 0.35}};
    if (name == "grid") {
        std::vector<std::pair<double, double>> c;
        for (double y : {0.2, 0.5, 0.8})
            for (double x : {0.2, 0.5, 0.8}) c.emplace_back(x, y);
        return c;
    }
    if (name == "ring") {
        std::vector<std::pair<double, double>> c;
        for (int k = 0; k < kRingArcs; ++k) {
            const double a = 2.0 * kPi * k / kRingArcs;
            c.emplace_back(0.5 + 0.3 * std::cos(a), 0.45 + 0.25 * std::sin(a));
        }
        return c;
    }
    return {};
}

struct Nearest {
    Index mode;
    double distance;
};

Nearest nearest(const Matrix& centres, double x, double y) {
    Nearest best{0, 1e300};
    for (Index k = 0; k < centres.rows(); ++k) {
        const double d = std::hypot(x - centres(k, 0), y - centres(k, 1));
        if (d < best.distance) best = {k, d};
    }
    return best;
}

}  // namespace

Matrix realModeCentres(const std::string& distribution) {
    const auto unit = unitCentres(distribution);
    Matrix centres(Index(unit.size()), 2);
    for (std::size_t k = 0; k < unit.size(); ++k) {
        centres(Index(k), 0) = 2.0 * unit[k].first - 1.0;  // the plane is the unit square under x -> 2x - 1
        centres(Index(k), 1) = 2.0 * unit[k].second - 1.0;
    }
    return centres;
}

ModeCoverage measureModeCoverage(const std::string& distribution, MatrixIn real, MatrixIn fake) {
    ModeCoverage c;
    const Matrix centres = realModeCentres(distribution);
    const Index k = centres.rows();
    if (k == 0 || real.rows() == 0) return c;
    c.modes = int(k);
    c.realShare.assign(std::size_t(k), 0.0);
    c.fakeShare.assign(std::size_t(k), 0.0);
    std::vector<std::vector<double>> distances(static_cast<std::size_t>(k));
    for (Index i = 0; i < real.rows(); ++i) {
        const Nearest n = nearest(centres, real(i, 0), real(i, 1));
        distances[std::size_t(n.mode)].push_back(n.distance);
    }
    std::vector<double> reach(static_cast<std::size_t>(k), 0.0);
    for (std::size_t m = 0; m < std::size_t(k); ++m) {
        std::vector<double>& d = distances[m];
        c.realShare[m] = double(d.size()) / double(real.rows());
        if (d.empty()) continue;
        const std::size_t at = std::min(d.size() - 1, std::size_t(kReachQuantile * double(d.size())));
        std::nth_element(d.begin(), d.begin() + std::ptrdiff_t(at), d.end());
        reach[m] = d[at];
    }
    Index outside = 0;
    for (Index i = 0; i < fake.rows(); ++i) {
        const Nearest n = nearest(centres, fake(i, 0), fake(i, 1));
        if (n.distance <= reach[std::size_t(n.mode)]) c.fakeShare[std::size_t(n.mode)] += 1.0;
        else ++outside;
    }
    if (fake.rows() > 0) {
        for (double& s : c.fakeShare) s /= double(fake.rows());
        c.fakeOutside = double(outside) / double(fake.rows());
    }
    for (std::size_t m = 0; m < std::size_t(k); ++m)
        if (c.realShare[m] > 0.0 && c.fakeShare[m] >= kCoveredShareRatio * c.realShare[m]) ++c.covered;
    return c;
}

}  // namespace nnlab
