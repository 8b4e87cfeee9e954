#include "health/HealthRecorder.h"

#include "activations/Activation.h"
#include "layers/Bidirectional.h"
#include "layers/Dense.h"
#include "layers/Maxout.h"
#include "layers/Recurrent.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace nnlab {
namespace {

constexpr double kGradLog10Lo = -12.0, kGradLog10Hi = 4.0;  // 0.5 decade per bin

// Peak of f' for the squashing activations, 0 for the others.
double squashingPeak(const std::string& name) {
    if (name == "sigmoid") return 0.25;
    if (name == "tanh" || name == "softsign") return 1.0;
    if (name == "hard_sigmoid") return 1.0 / 6.0;
    return 0.0;
}

// The bounded range of an activation's output, if it has one.
bool boundedRange(const std::string& name, double& lo, double& hi) {
    if (name == "sigmoid" || name == "hard_sigmoid" || name == "binary_step" || name == "softmax") {
        lo = 0.0, hi = 1.0;
        return true;
    }
    if (name == "tanh" || name == "softsign") {
        lo = -1.0, hi = 1.0;
        return true;
    }
    return false;
}

// Smallest of 1, 2, 5 x 10^k that is >= x (x > 0).
double niceCeil(double x) {
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= x * (1.0 - 1e-12)) return m * p;
    return 10.0 * p;
}

double symmetricRange(double maxAbs) { return maxAbs > 0.0 && std::isfinite(maxAbs) ? niceCeil(2.0 * maxAbs) : 1.0; }

void addMatrix(Histogram& h, MatrixIn m) {
    for (Index r = 0; r < m.rows(); ++r) h.add(m.row(r).data(), m.cols());
}

}  // namespace

HealthRecorder::HealthRecorder(int everyKSteps, std::size_t capacity) : m_history(capacity) { setInterval(everyKSteps); }

void HealthRecorder::bind(Network& net) {
    m_net = &net;
    ++m_generation;
    m_bound.assign(net.size(), Bound{});
    std::vector<LayerHealthInfo> infos(net.size());
    m_point.step = 0;
    m_point.loss = 0.0;
    m_denseUntil = kDenseSteps;
    m_peakGradNorm = 0.0;
    m_point.layers.assign(net.size(), LayerHealth{});
    for (std::size_t i = 0; i < net.size(); ++i) {
        Layer& layer = net.layer(i);
        Bound& b = m_bound[i];
        LayerHealthInfo& info = infos[i];
        LayerHealth& h = m_point.layers[i];
        b.layer = &layer;
        info.name = layer.name();
        info.type = layer.spec().type;
        info.units = net.shapeAfter(i).size();
        for (const Param& p : layer.params()) {
            // A recurrent layer's input weights stand for its W: the gradient
            // that reaches the layer from the loss (W_hh's is through time).
            if (p.name == "W" || (p.name == "W_ih" && !b.W)) b.W = p.value, b.dW = p.grad;
            if (p.name == "b") b.b = p.value, b.db = p.grad;
        }
        if (auto* d = dynamic_cast<Dense*>(&layer)) b.activation = &d->activation();
        if (auto* m = dynamic_cast<Maxout*>(&layer)) b.activation = &m->activation();
        b.recurrent = dynamic_cast<const Recurrent*>(&layer);
        if (auto* bi = dynamic_cast<Bidirectional*>(&layer)) b.recurrent = dynamic_cast<const Recurrent*>(&bi->forwardCell());
        if (b.recurrent) {
            info.recurrent = true;
            info.truncated = b.recurrent->truncation() > 0 && b.recurrent->truncation() < b.recurrent->steps();
            info.steps = b.recurrent->steps();
        }
        if (b.activation) {
            info.activation = b.activation->info().name;
            b.preActivation = layer.preActivation();
            const double peak = squashingPeak(info.activation);
            info.squashing = peak > 0.0;
            b.slopePeak = peak > 0.0 ? peak : 1.0;
            info.canDie = info.activation == "relu";
            if (b.activation->hasGradient() && !b.activation->info().rowWise && b.preActivation) {
                b.ones = Array::Ones(net.maxBatch(), b.preActivation->cols());
                b.slope = Array::Zero(net.maxBatch(), b.preActivation->cols());
                h.unitQuiet.assign(std::size_t(b.preActivation->cols()), 0.0);
                if (info.squashing) h.unitSaturated.assign(std::size_t(b.preActivation->cols()), 0.0);
            }
        }
        info.hasWeights = b.W != nullptr;
        info.weightCount = b.W ? b.W->size() : 0;
        if (b.W) {
            b.weightsBefore = *b.W;
            h.weightHistogram.setRange(Histogram::Scale::Linear, -symmetricRange(b.W->cwiseAbs().maxCoeff()),
                                       symmetricRange(b.W->cwiseAbs().maxCoeff()));
            h.gradientHistogram.setRange(Histogram::Scale::Log10Magnitude, kGradLog10Lo, kGradLog10Hi);
        }
        double lo = -1.0, hi = 1.0;
        b.activationRangeSet = boundedRange(info.activation, lo, hi);
        h.activationHistogram.setRange(Histogram::Scale::Linear, lo, hi);
    }
    m_history.reset(std::move(infos), m_point);
}

void HealthRecorder::measureActivations(Bound& b, LayerHealth& h) {
    const Layer& layer = *b.layer;
    const Index n = layer.rows();
    MatrixIn out = layer.output();
    const double count = double(out.size());
    if (count == 0.0) return;
    const double mean = out.sum() / count;
    const double meanSq = out.squaredNorm() / count;
    h.activationMean = mean;
    h.activationStd = std::sqrt(std::max(0.0, meanSq - mean * mean));
    if (!b.activationRangeSet) {
        // Unbounded activations: the first recorded batch fixes the range.
        const double r = symmetricRange(out.cwiseAbs().maxCoeff());
        h.activationHistogram.lo = -r;
        h.activationHistogram.hi = r;
        b.activationRangeSet = true;
    }
    h.activationHistogram.clear();
    addMatrix(h.activationHistogram, out);

    h.deadFraction = h.saturatedFraction = 0.0;
    if (b.slope.size() == 0 || n > b.slope.rows()) return;
    // f'(z) for every (sample, unit): the activation's own backward with dy = 1.
    auto slope = b.slope.topRows(n);
    b.activation->backward(b.preActivation->topRows(n).array(), out.array(), b.ones.topRows(n), slope);
    const Index units = slope.cols();
    Index dead = 0, persistent = 0;
    for (Index j = 0; j < units; ++j) {
        // Samples with f' = 0 since the last sample where the unit was active.
        Index lastActive = -1;
        for (Index r = 0; r < n; ++r)
            if (slope(r, j) != 0.0) lastActive = r;
        double& quiet = h.unitQuiet[std::size_t(j)];
        quiet = lastActive < 0 ? quiet + double(n) : double(n - 1 - lastActive);
        dead += lastActive < 0 ? 1 : 0;
        persistent += quiet >= kDeadSamples ? 1 : 0;
    }
    h.deadFraction = units > 0 ? double(dead) / double(units) : 0.0;
    h.persistentDeadFraction = units > 0 ? double(persistent) / double(units) : 0.0;
    if (!h.unitSaturated.empty()) {
        const double limit = kSaturatedSlope * b.slopePeak;
        Index saturated = 0;
        for (Index j = 0; j < units; ++j) {
            Index s = 0;
            for (Index r = 0; r < n; ++r) s += std::abs(slope(r, j)) < limit ? 1 : 0;
            h.unitSaturated[std::size_t(j)] = double(s) / double(n);
            saturated += s;
        }
        h.saturatedFraction = double(saturated) / double(n * units);
    }
}

void HealthRecorder::beforeUpdate() {
    if (!m_net) return;
    for (std::size_t i = 0; i < m_bound.size(); ++i) {
        Bound& b = m_bound[i];
        LayerHealth& h = m_point.layers[i];
        measureActivations(b, h);
        if (b.W) {
            h.weightGradNorm = b.dW->norm();
            h.gradientHistogram.clear();
            addMatrix(h.gradientHistogram, *b.dW);
            b.weightsBefore = *b.W;  // same size: no allocation
        }
        if (b.db) h.biasGradNorm = b.db->norm();
        if (b.recurrent && b.recurrent->rows() > 0) {
            // Time-major (T*n, H): step t is rows t*n .. t*n+n-1.
            const Index n = b.recurrent->rows(), steps = b.recurrent->steps();
            h.timeGradFirst = b.recurrent->hiddenGrads().topRows(n).norm();
            h.timeGradLast = b.recurrent->hiddenGrads().middleRows((steps - 1) * n, n).norm();
        }
    }
}

void HealthRecorder::afterUpdate(std::uint64_t step, double loss) {
    if (!m_net) return;
    m_point.step = step;
    m_point.loss = loss;
    for (std::size_t i = 0; i < m_bound.size(); ++i) {
        Bound& b = m_bound[i];
        LayerHealth& h = m_point.layers[i];
        if (!b.W) continue;
        const Matrix& W = *b.W;
        h.weightNorm = W.norm();
        const double before = b.weightsBefore.norm();
        const double moved = (W - b.weightsBefore).norm();
        h.updateRatio = moved == 0.0 ? 0.0 : moved / std::max(before, 1e-12);
        h.weightHistogram.clear();
        addMatrix(h.weightHistogram, W);
        double spread = 0.0;
        for (Index r = 1; r < W.rows(); ++r) {
            spread = std::max(spread, (W.row(r) - W.row(0)).cwiseAbs().maxCoeff());
            if (b.b) spread = std::max(spread, std::abs((*b.b)(0, r) - (*b.b)(0, 0)));
        }
        h.unitSpread = spread;
    }
    double squares = 0.0;
    for (const LayerHealth& h : m_point.layers) squares += h.weightGradNorm * h.weightGradNorm + h.biasGradNorm * h.biasGradNorm;
    const double total = std::sqrt(squares);
    // Against the largest norm so far, not the last one: mini-batch norms
    // jitter several-fold from step to step, a blow-up leaves every peak behind.
    if (!std::isfinite(total) || (m_peakGradNorm > 0.0 && total >= kFastGrowth * m_peakGradNorm))
        m_denseUntil = std::max(m_denseUntil, step + kDenseSteps);
    m_peakGradNorm = std::max(m_peakGradNorm, std::isfinite(total) ? total : 0.0);
    m_history.push(m_point);
}

}  // namespace nnlab
