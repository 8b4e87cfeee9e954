#pragma once
// Batch, mini-batch and stochastic gradient descent on one surface: the MSE
// of a line y = w x + b over noisy generated data, as a function of (w, b).
//   E(w, b) = (1/N) sum_i (w x_i + b - y_i)^2
//   dE/dw = (2/N) sum_i (w x_i + b - y_i) x_i,   dE/db = (2/N) sum_i (w x_i + b - y_i)
// A runner with batch size B takes that gradient over the next B samples of
// its shuffled order (an epoch is ceil(N/B) updates, intro 000-32), then one
// engine SGD step: B = N is batch GD (exact gradient), B = 1 stochastic GD.
// Each runner has its own Rng, so its noise does not depend on the others.
#include "explorers/Race.h"
#include "random/Rng.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace nnlab {

struct LineData {
    Vector x, y;
    double trueW = 2.0, trueB = -1.0, noise = 0.5;
};
// n points, x uniform in [xLow, xHigh), y = w x + b + N(0, noise^2).
LineData makeLineData(int n, double w, double b, double noise, std::uint64_t seed, double xLow = 0.0,
                      double xHigh = 4.0);

class LineMseSurface : public Surface {
public:
    explicit LineMseSurface(LineData data);
    const SurfaceInfo& info() const override { return m_info; }
    double value(double w, double b) override;
    Point2 gradient(double w, double b) override;
    // The gradient over rows[0..count) only (a mini-batch).
    Point2 batchGradient(double w, double b, const Index* rows, Index count) const;
    const LineData& data() const { return m_data; }
    // The least-squares line (the surface's minimum).
    Point2 leastSquares() const { return m_best; }

private:
    LineData m_data;
    Point2 m_best;
    SurfaceInfo m_info;
};

struct BatchRunner {
    int batchSize = 1;                // 1..N; N = batch GD
    std::unique_ptr<Racer> racer;     // engine SGD on (w, b)
    Rng rng;
    std::vector<Index> order;
    Index cursor = 0;
    std::uint64_t samplesSeen = 0;
    std::vector<double> epochs;       // samples seen / N at each trail point
    std::vector<double> angles;       // degrees between the batch and the full gradient, per update
};

class BatchRace {
public:
    BatchRace(LineData data, std::uint64_t seed);

    LineMseSurface& surface() { return m_surface; }
    // Adds a runner (batch size clamped to 1..N); all runners share lr and the start.
    BatchRunner& add(int batchSize);
    std::size_t size() const { return m_runners.size(); }
    BatchRunner& runner(std::size_t i) { return *m_runners[i]; }
    void setBatchSize(std::size_t i, int batchSize);  // restarts that runner only

    double learningRate() const { return m_lr; }
    void setLearningRate(double lr);  // restarts every runner
    // lr_k = lr / (1 + epoch) for runners with B < N: the decay noisy gradients need
    // to settle (intro 000-31); batch GD's exact gradient keeps its rate. Restarts.
    void setDecay(bool on);
    bool decay() const { return m_decay; }
    void setStart(Point2 start);       // restarts
    Point2 start() const { return m_start; }

    void reset();
    // n updates of every runner (one mini-batch each).
    void step(int n = 1);
    int steps() const { return m_steps; }

private:
    void restart(BatchRunner& r);
    void stepRunner(BatchRunner& r);

    LineMseSurface m_surface;
    std::uint64_t m_seed;
    Point2 m_start{-1.5, 3.0};
    double m_lr = 0.05;
    bool m_decay = false;
    std::vector<std::unique_ptr<BatchRunner>> m_runners;
    int m_steps = 0;
};

}  // namespace nnlab
