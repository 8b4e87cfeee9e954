// Sums of sines with a trend and noise, for next-value prediction. Each
// sample is its own series: two sines with amplitudes a_k ~ U(0.3, 1),
// periods p_k ~ U(6, 30) steps and phases ~ U(0, 2 pi), plus a linear trend
// of slope ~ U(-0.03, 0.03) per step:
//   s(t) = sum_k a_k sin(2 pi t / p_k + phase_k) + slope t,   y(t) = s(t) + e_t,  e_t ~ N(0, noise)
// The input is the window y(0) .. y(T-1) ({T, 1}, T = data.steps, default kSinesSteps).
//   sines:       the target is the next value y(T), noise included, as the next measurement would be.
//   sines_steps: the targets are the next value at every step, y(1) .. y(T) ({T, 1}, many-to-many).
// Both draw the same numbers in the same order, so a seed gives the same series.
#include "data/Functions.h"

#include <cmath>

namespace nnlab {

namespace {

// Fills series[0 .. steps] with one drawn series, noise included.
void drawSeries(Index steps, double noise, Rng& rng, double* series) {
    constexpr double kTwoPi = 6.283185307179586;
    double amplitude[2], period[2], phase[2];
    for (int k = 0; k < 2; ++k) {
        amplitude[k] = uniform(rng, 0.3, 1.0);
        period[k] = uniform(rng, 6.0, 30.0);
        phase[k] = uniform(rng, 0.0, kTwoPi);
    }
    const double slope = uniform(rng, -0.03, 0.03);
    for (Index t = 0; t <= steps; ++t) {
        double y = slope * double(t);
        for (int k = 0; k < 2; ++k) y += amplitude[k] * std::sin(kTwoPi * double(t) / period[k] + phase[k]);
        if (noise > 0.0) y += normal(rng, 0.0, noise);
        series[t] = y;
    }
}

}  // namespace

void sinesGenerate(Dataset& d, double noise, Rng& rng) {
    const Index steps = d.sampleShape.dims[0];
    RowVector series(steps + 1);
    for (Index i = 0; i < d.size(); ++i) {
        drawSeries(steps, noise, rng, series.data());
        d.points.row(i) = series.head(steps);
        d.targets(i, 0) = series(steps);
    }
}

void sinesStepsGenerate(Dataset& d, double noise, Rng& rng) {
    const Index steps = d.sampleShape.dims[0];
    d.targets.resize(d.size(), steps);
    RowVector series(steps + 1);
    for (Index i = 0; i < d.size(); ++i) {
        drawSeries(steps, noise, rng, series.data());
        d.points.row(i) = series.head(steps);
        d.targets.row(i) = series.tail(steps);
    }
}

}  // namespace nnlab
