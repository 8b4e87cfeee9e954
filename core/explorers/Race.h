#pragma once
// The optimizer race: several of the engine's optimizers, each on its own
// 1x2 parameter (x, y), start from one point of a Surface and step side by
// side. Nothing is re-implemented: a racer is makeOptimizer() bound to a
// Param whose grad the surface fills, so the race shows exactly the rules
// the lab trains networks with.
#include "explorers/Surfaces.h"
#include "spec/NamedSpec.h"
#include "optimizers/Optimizer.h"

#include <memory>
#include <vector>

namespace nnlab {

class Racer {
public:
    // Throws SpecError for an unknown optimizer or hyperparameter.
    explicit Racer(const NamedSpec& optimizer, Point2 start = {});
    // The optimizer points into m_w and m_g: a racer never moves.
    Racer(const Racer&) = delete;
    Racer& operator=(const Racer&) = delete;

    // Back to start with a fresh optimizer state (t = 0); the trail is {start}.
    void reset(Point2 start);
    // One update from the gradient g at the current position (the caller
    // computes it: whole surface, or a mini-batch). Records the new position.
    // Returns false, and stays put from then on, once the position or g is
    // not finite or leaves |x|, |y| < kEscape (diverged).
    bool stepWith(Point2 g);
    // One update from s's gradient at the current position; records s's value there.
    bool step(Surface& s);

    Point2 position() const { return m_trail.back(); }
    const std::vector<Point2>& trail() const { return m_trail; }  // start, then every position
    // The surface value at each trail point (step(Surface&) only; stepWith leaves it).
    const std::vector<double>& values() const { return m_values; }
    void recordValue(double v) { m_values.push_back(v); }
    bool diverged() const { return m_diverged; }
    Optimizer& optimizer() { return *m_optimizer; }
    const Optimizer& optimizer() const { return *m_optimizer; }
    // The optimizer's spec with its current hyperparameters.
    NamedSpec spec() const;

    static constexpr double kEscape = 1e6;

private:
    std::unique_ptr<Optimizer> m_optimizer;
    Matrix m_w = Matrix::Zero(1, 2), m_g = Matrix::Zero(1, 2);
    std::vector<Point2> m_trail;
    std::vector<double> m_values;
    bool m_diverged = false;
};

class Race {
public:
    explicit Race(std::unique_ptr<Surface> surface);

    Surface& surface() { return *m_surface; }
    // A new surface: its default start; every racer is reset there.
    void setSurface(std::unique_ptr<Surface> surface);
    Point2 start() const { return m_start; }
    void setStart(Point2 start);  // resets every racer

    // A new racer from start(); it runs the steps() the others made, so the field stays level.
    Racer& add(const NamedSpec& optimizer);
    // Replaces racer i's optimizer (a new kind, or new hyperparameters); it restarts.
    void replace(std::size_t i, const NamedSpec& optimizer);
    void remove(std::size_t i);
    std::size_t size() const { return m_racers.size(); }
    Racer& racer(std::size_t i) { return *m_racers[i]; }

    void reset();            // every racer back to start, state cleared, steps() = 0
    void step(int n = 1);    // n steps of every racer still on the surface
    int steps() const { return m_steps; }

private:
    std::unique_ptr<Surface> m_surface;
    Point2 m_start;
    std::vector<std::unique_ptr<Racer>> m_racers;
    int m_steps = 0;
};

}  // namespace nnlab
