// The optimizer race over a Surface; see Race.h.
#include "explorers/Race.h"

#include <cmath>

namespace nnlab {

Racer::Racer(const NamedSpec& optimizer, Point2 start) : m_optimizer(makeOptimizer(optimizer)) {
    m_optimizer->bind({Param{"w", &m_w, &m_g, true}});
    reset(start);
}

void Racer::reset(Point2 start) {
    m_w << start.x, start.y;
    m_g.setZero();
    m_optimizer->bind({Param{"w", &m_w, &m_g, true}});  // zeroes the state and t
    m_trail.assign(1, start);
    m_values.clear();
    m_diverged = false;
}

bool Racer::stepWith(Point2 g) {
    if (m_diverged) return false;
    if (!std::isfinite(g.x) || !std::isfinite(g.y)) {
        m_diverged = true;
        return false;
    }
    m_g << g.x, g.y;
    m_optimizer->step();
    const Point2 p{m_w(0, 0), m_w(0, 1)};
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || std::abs(p.x) > kEscape || std::abs(p.y) > kEscape) {
        m_diverged = true;
        return false;
    }
    m_trail.push_back(p);
    return true;
}

bool Racer::step(Surface& s) {
    if (m_values.empty()) m_values.push_back(s.value(position().x, position().y));
    const Point2 here = position();
    if (!stepWith(s.gradient(here.x, here.y))) return false;
    const double v = s.value(position().x, position().y);
    if (!std::isfinite(v)) {
        m_trail.pop_back();
        m_diverged = true;
        return false;
    }
    m_values.push_back(v);
    return true;
}

NamedSpec Racer::spec() const {
    NamedSpec s(m_optimizer->name());
    for (const auto& [key, value] : m_optimizer->hyperparameters()) s.params[key] = value;
    return s;
}

Race::Race(std::unique_ptr<Surface> surface) : m_surface(std::move(surface)), m_start(m_surface->info().start) {}

void Race::setSurface(std::unique_ptr<Surface> surface) {
    m_surface = std::move(surface);
    m_start = m_surface->info().start;
    reset();
}

void Race::setStart(Point2 start) {
    m_start = start;
    reset();
}

Racer& Race::add(const NamedSpec& optimizer) {
    m_racers.push_back(std::make_unique<Racer>(optimizer, m_start));
    Racer& r = *m_racers.back();
    r.recordValue(m_surface->value(m_start.x, m_start.y));
    // A newcomer runs the steps the others already made, so the field stays level.
    for (int i = 0; i < m_steps && r.step(*m_surface); ++i) {
    }
    return r;
}

void Race::replace(std::size_t i, const NamedSpec& optimizer) {
    auto next = std::make_unique<Racer>(optimizer, m_start);  // may throw: the old one stays
    next->recordValue(m_surface->value(m_start.x, m_start.y));
    for (int k = 0; k < m_steps && next->step(*m_surface); ++k) {
    }
    m_racers[i] = std::move(next);
}

void Race::remove(std::size_t i) { m_racers.erase(m_racers.begin() + std::ptrdiff_t(i)); }

void Race::reset() {
    m_steps = 0;
    for (auto& r : m_racers) {
        r->reset(m_start);
        r->recordValue(m_surface->value(m_start.x, m_start.y));
    }
}

void Race::step(int n) {
    for (int k = 0; k < n; ++k) {
        for (auto& r : m_racers) r->step(*m_surface);
        ++m_steps;
    }
}

}  // namespace nnlab
