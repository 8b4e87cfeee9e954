// One small sampler per distribution; each row draws its randomness in one
// order (choice, position, then x and y jitter, each in its own statement:
// the order of a call's arguments is unspecified), so a seed fixes the points.
//   line       (0.8, 0.6) to (0.05, 0.9), uniform along it, N(0, 0.01) across
//   gaussians  1/2 N((0.3, 0.7), 0.1^2) + 1/2 N((0.7, 0.4), diag(0.05^2, 0.2^2))
//   ring       centre (0.5, 0.45), radii 0.3 x 0.25, N(0, 0.025) jitter
//   disjoint   three N(c, 0.025^2) at (0.35, 0.75), (0.75, 0.6), (0.45, 0.35)
//   two_moons  upper half circle at (0.4, 0.55) and lower at (0.6, 0.45), r 0.25, N(0, 0.025)
//   spiral     r = 0.05 + 0.35 t, angle 3 pi t, t ~ U(0, 1), about (0.5, 0.5), N(0, 0.015)
//   grid       3 x 3 Gaussians at 0.2, 0.5, 0.8 on each axis, sd 0.03
//   gaussian   N((0.5, 0.5), 0.1^2): one mode, the convergence check
//   drawn      a random drawn point + N(0, 0.02), as GAN Lab's "draw your own"
// (all in GAN Lab's unit square; sampleRealDistribution maps them to the plane)
#include "tasks/gan/RealDistributions.h"

#include "Error.h"
#include "spec/NameLookup.h"

#include <cmath>

namespace nnlab {
namespace {

constexpr double kPi = 3.14159265358979323846;

void put(MatrixOut out, Index i, double x, double y) {
    out(i, 0) = x;
    out(i, 1) = y;
}

void line(Rng& rng, MatrixOut out, const Matrix&) {
    for (Index i = 0; i < out.rows(); ++i) {
        const double t = uniform01(rng);
        const double x = 0.8 + t * (0.05 - 0.8), y = 0.6 + t * (0.9 - 0.6);
        const double dx = normal(rng, 0.0, 0.01), dy = normal(rng, 0.0, 0.01);
        put(out, i, x + dx, y + dy);
    }
}

void gaussians(Rng& rng, MatrixOut out, const Matrix&) {
    for (Index i = 0; i < out.rows(); ++i) {
        const bool first = uniform01(rng) < 0.5;
        const double x = first ? normal(rng, 0.3, 0.1) : normal(rng, 0.7, 0.05);
        const double y = first ? normal(rng, 0.7, 0.1) : normal(rng, 0.4, 0.2);
        put(out, i, x, y);
    }
}

void ring(Rng& rng, MatrixOut out, const Matrix&) {
    for (Index i = 0; i < out.rows(); ++i) {
        const double a = uniform(rng, 0.0, 2.0 * kPi);
        const double dx = normal(rng, 0.0, 0.025), dy = normal(rng, 0.0, 0.025);
        put(out, i, 0.5 + 0.3 * std::cos(a) + dx, 0.45 + 0.25 * std::sin(a) + dy);
    }
}

void clusters(Rng& rng, MatrixOut out, const double (*centres)[2], std::uint64_t count, double sd) {
    for (Index i = 0; i < out.rows(); ++i) {
        const double* c = centres[uniformIndex(rng, count)];
        const double x = normal(rng, c[0], sd), y = normal(rng, c[1], sd);
        put(out, i, x, y);
    }
}

void disjoint(Rng& rng, MatrixOut out, const Matrix&) {
    static const double centres[3][2] = {{0.35, 0.75}, {0.75, 0.6}, {0.45, 0.35}};
    clusters(rng, out, centres, 3, 0.025);
}

void twoMoons(Rng& rng, MatrixOut out, const Matrix&) {
    for (Index i = 0; i < out.rows(); ++i) {
        const bool upper = uniform01(rng) < 0.5;
        const double a = uniform(rng, 0.0, kPi);
        const double x = upper ? 0.4 + 0.25 * std::cos(a) : 0.6 - 0.25 * std::cos(a);
        const double y = upper ? 0.55 + 0.25 * std::sin(a) : 0.45 - 0.25 * std::sin(a);
        const double dx = normal(rng, 0.0, 0.025), dy = normal(rng, 0.0, 0.025);
        put(out, i, x + dx, y + dy);
    }
}

void spiral(Rng& rng, MatrixOut out, const Matrix&) {
    for (Index i = 0; i < out.rows(); ++i) {
        const double t = uniform01(rng);
        const double r = 0.05 + 0.35 * t, a = 3.0 * kPi * t;
        const double dx = normal(rng, 0.0, 0.015), dy = normal(rng, 0.0, 0.015);
        put(out, i, 0.5 + r * std::cos(a) + dx, 0.5 + r * std::sin(a) + dy);
    }
}

void grid(Rng& rng, MatrixOut out, const Matrix&) {
    static const double centres[9][2] = {{0.2, 0.2}, {0.5, 0.2}, {0.8, 0.2}, {0.2, 0.5}, {0.5, 0.5},
                                         {0.8, 0.5}, {0.2, 0.8}, {0.5, 0.8}, {0.8, 0.8}};
    clusters(rng, out, centres, 9, 0.03);
}

void gaussian(Rng& rng, MatrixOut out, const Matrix&) {
    for (Index i = 0; i < out.rows(); ++i) {
        const double x = normal(rng, 0.5, 0.1), y = normal(rng, 0.5, 0.1);
        put(out, i, x, y);
    }
}

void drawn(Rng& rng, MatrixOut out, const Matrix& points) {
    if (points.rows() == 0) throw SpecError("gan.points: the drawn distribution has no points yet");
    for (Index i = 0; i < out.rows(); ++i) {
        const Index k = Index(uniformIndex(rng, std::uint64_t(points.rows())));
        const double dx = normal(rng, 0.0, 0.02), dy = normal(rng, 0.0, 0.02);
        put(out, i, points(k, 0) + dx, points(k, 1) + dy);
    }
}

}  // namespace

const std::vector<RealDistributionInfo>& realDistributionTable() {
    static const std::vector<RealDistributionInfo> table = {
        {"line", "Simple line", &line},
        {"gaussians", "Mixture of Gaussians", &gaussians},
        {"ring", "Ring", &ring},
        {"disjoint", "Three disjoint regions", &disjoint},
        {"two_moons", "Two moons", &twoMoons},
        {"spiral", "Spiral", &spiral},
        {"grid", "Grid of Gaussians", &grid},
        {"gaussian", "Single Gaussian", &gaussian},
        {kDrawnDistribution, "Drawn by hand", &drawn},
    };
    return table;
}

const RealDistributionInfo& findRealDistribution(const std::string& name) {
    std::vector<std::string> known;
    for (const RealDistributionInfo& info : realDistributionTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("distribution", name, known));
}

Matrix sampleRealDistribution(const std::string& name, Index n, Rng& rng, const Matrix& drawnPoints) {
    Matrix out(n, 2);
    // The samplers work in GAN Lab's unit square; the plane is its image under x -> 2x - 1.
    const Matrix drawnInSquare = (drawnPoints.array() + 1.0) / 2.0;
    findRealDistribution(name).sample(rng, out, drawnInSquare);
    out.array() = 2.0 * out.array() - 1.0;
    return out;
}

}  // namespace nnlab
