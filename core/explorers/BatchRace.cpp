// Batch vs mini-batch vs stochastic GD on the MSE of a line; see BatchRace.h.
#include "explorers/BatchRace.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace nnlab {

LineData makeLineData(int n, double w, double b, double noise, std::uint64_t seed, double xLow, double xHigh) {
    Rng rng(seed);
    LineData d;
    d.trueW = w;
    d.trueB = b;
    d.noise = noise;
    d.x.resize(n);
    d.y.resize(n);
    for (int i = 0; i < n; ++i) {
        d.x(i) = uniform(rng, xLow, xHigh);
        d.y(i) = w * d.x(i) + b + normal(rng, 0.0, noise);
    }
    return d;
}

LineMseSurface::LineMseSurface(LineData data) : m_data(std::move(data)) {
    // Least squares through the normal equations of [x 1] (two unknowns: well conditioned enough).
    const Index n = m_data.x.size();
    Eigen::Matrix2d a;
    a << m_data.x.squaredNorm(), m_data.x.sum(), m_data.x.sum(), double(n);
    const Eigen::Vector2d rhs(m_data.x.dot(m_data.y), m_data.y.sum());
    const Eigen::Vector2d best = a.ldlt().solve(rhs);
    m_best = {best(0), best(1)};

    m_info.name = "line_mse";
    m_info.label = "MSE of a line";
    m_info.formula = "E(w, b) = <sup>1</sup>&frasl;<sub>N</sub> &sum;<sub>i</sub> (w&thinsp;x<sub>i</sub> + b "
                     "&minus; y<sub>i</sub>)<sup>2</sup>";
    m_info.xName = "w";
    m_info.yName = "b";
    m_info.xMin = -2.0;
    m_info.xMax = 5.0;
    m_info.yMin = -4.0;
    m_info.yMax = 4.0;
    m_info.start = {-1.5, 3.0};
    m_info.minima = {m_best};
    m_info.minValue = value(m_best.x, m_best.y);
    m_info.sgdLr = 0.05;
    m_info.adaptiveLr = 0.05;
    m_info.logColour = true;
}

double LineMseSurface::value(double w, double b) {
    return ((w * m_data.x.array() + b) - m_data.y.array()).square().mean();
}

Point2 LineMseSurface::gradient(double w, double b) {
    const Eigen::ArrayXd r = (w * m_data.x.array() + b) - m_data.y.array();
    const double n = double(m_data.x.size());
    return {2.0 * (r * m_data.x.array()).sum() / n, 2.0 * r.sum() / n};
}

Point2 LineMseSurface::batchGradient(double w, double b, const Index* rows, Index count) const {
    Point2 g;
    for (Index k = 0; k < count; ++k) {
        const Index i = rows[k];
        const double r = w * m_data.x(i) + b - m_data.y(i);
        g.x += r * m_data.x(i);
        g.y += r;
    }
    g.x *= 2.0 / double(count);
    g.y *= 2.0 / double(count);
    return g;
}

BatchRace::BatchRace(LineData data, std::uint64_t seed)
    : m_surface(std::move(data)), m_seed(seed), m_start(m_surface.info().start) {}

BatchRunner& BatchRace::add(int batchSize) {
    auto r = std::make_unique<BatchRunner>();
    r->batchSize = std::clamp<int>(batchSize, 1, int(m_surface.data().x.size()));
    r->racer = std::make_unique<Racer>(NamedSpec("sgd", {{"lr", m_lr}}), m_start);
    m_runners.push_back(std::move(r));
    restart(*m_runners.back());
    for (int i = 0; i < m_steps; ++i) stepRunner(*m_runners.back());
    return *m_runners.back();
}

void BatchRace::setBatchSize(std::size_t i, int batchSize) {
    BatchRunner& r = *m_runners[i];
    r.batchSize = std::clamp<int>(batchSize, 1, int(m_surface.data().x.size()));
    restart(r);
    for (int k = 0; k < m_steps; ++k) stepRunner(r);
}

void BatchRace::setLearningRate(double lr) {
    m_lr = lr;
    reset();
}

void BatchRace::setDecay(bool on) {
    m_decay = on;
    reset();
}

void BatchRace::setStart(Point2 start) {
    m_start = start;
    reset();
}

void BatchRace::restart(BatchRunner& r) {
    std::size_t slot = 0;
    for (std::size_t k = 0; k < m_runners.size(); ++k)
        if (m_runners[k].get() == &r) slot = k;
    r.rng.seed(m_seed + 101 * slot);  // each runner its own stream, fixed by the race's seed and its slot
    r.order.resize(std::size_t(m_surface.data().x.size()));
    for (std::size_t k = 0; k < r.order.size(); ++k) r.order[k] = Index(k);
    r.cursor = 0;
    r.samplesSeen = 0;
    r.racer->optimizer().setLearningRate(m_lr);
    r.racer->reset(m_start);
    r.racer->recordValue(m_surface.value(m_start.x, m_start.y));
    r.epochs.assign(1, 0.0);
    r.angles.clear();
}

void BatchRace::reset() {
    m_steps = 0;
    for (auto& r : m_runners) restart(*r);
}

void BatchRace::stepRunner(BatchRunner& r) {
    if (r.racer->diverged()) return;
    const Index n = Index(r.order.size());
    if (r.cursor == 0) {
        // A new epoch: Fisher-Yates with the runner's own generator.
        for (std::size_t i = r.order.size(); i > 1; --i) std::swap(r.order[i - 1], r.order[uniformIndex(r.rng, i)]);
    }
    const Index count = std::min<Index>(r.batchSize, n - r.cursor);
    const Point2 here = r.racer->position();
    const Point2 g = m_surface.batchGradient(here.x, here.y, r.order.data() + r.cursor, count);
    const Point2 full = m_surface.gradient(here.x, here.y);
    // atan2(|cross|, dot) keeps small angles exact, where acos of a cosine near 1 would not.
    const double angle = std::atan2(std::abs(g.x * full.y - g.y * full.x), g.x * full.x + g.y * full.y);
    if (m_decay && r.batchSize < n) {
        const double epoch = std::floor(double(r.samplesSeen) / double(n));
        r.racer->optimizer().setLearningRate(m_lr / (1.0 + epoch));
    }
    if (!r.racer->stepWith(g)) return;
    r.cursor += count;
    if (r.cursor >= n) r.cursor = 0;
    r.samplesSeen += std::uint64_t(count);
    r.angles.push_back(angle * 180.0 / M_PI);
    r.epochs.push_back(double(r.samplesSeen) / double(n));
    r.racer->recordValue(m_surface.value(r.racer->position().x, r.racer->position().y));
}

void BatchRace::step(int n) {
    for (int k = 0; k < n; ++k) {
        for (auto& r : m_runners) stepRunner(*r);
        ++m_steps;
    }
}

}  // namespace nnlab
