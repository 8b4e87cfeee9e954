#include "health/InitProfile.h"

#include "Error.h"
#include "health/HealthRecorder.h"
#include "model/Network.h"
#include "random/Rng.h"

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

double stddev(MatrixIn m) {
    const double n = double(m.size());
    if (n == 0.0) return 0.0;
    const double mean = m.sum() / n;
    return std::sqrt(std::max(0.0, m.squaredNorm() / n - mean * mean));
}

void addAll(Histogram& h, MatrixIn m) {
    for (Index r = 0; r < m.rows(); ++r) h.add(m.row(r).data(), m.cols());
}

}  // namespace

std::vector<InitLayerProfile> initializationProfile(const InitProfileSpec& spec) {
    if (spec.depth < 1 || spec.width < 1 || spec.samples < 1)
        throw ShapeError("initialisation profile: depth, width and samples must be at least 1");
    NetworkSpec net;
    for (int i = 0; i < spec.depth; ++i) {
        LayerSpec l;
        l.type = "dense";
        l.name = "layer_" + std::to_string(i + 1);
        l.units = spec.width;
        l.activation = spec.activation;
        l.weightInit = spec.weightInit;
        l.biasInit = NamedSpec("zeros");
        net.layers.push_back(l);
    }
    Network network(net, Shape{spec.width}, spec.samples);
    Rng rng(spec.seed);
    network.initialize(rng);
    Matrix x(spec.samples, spec.width), dOut(spec.samples, spec.width);
    for (Index i = 0; i < x.size(); ++i) x.data()[i] = standardNormal(rng);
    for (Index i = 0; i < dOut.size(); ++i) dOut.data()[i] = standardNormal(rng);
    Pass pass{true, &rng};
    network.forward(x, pass);
    network.backward(x, dOut, true);

    // Dead and saturated shares from the recorder's own definitions.
    HealthRecorder recorder(1, 1);
    recorder.bind(network);
    recorder.beforeUpdate();
    recorder.afterUpdate(0, 0.0);
    const HealthPoint& point = recorder.current();

    double range = 0.0;
    bool nonNegative = true;  // ReLU, sigmoid: bins from 0
    for (std::size_t i = 0; i < network.size(); ++i) {
        range = std::max(range, network.layer(i).output().cwiseAbs().maxCoeff());
        nonNegative = nonNegative && network.layer(i).output().minCoeff() >= 0.0;
    }
    range = std::isfinite(range) && range > 0.0 ? range : 1.0;
    std::vector<InitLayerProfile> out(network.size());
    for (std::size_t i = 0; i < network.size(); ++i) {
        const Layer& layer = network.layer(i);
        InitLayerProfile& p = out[i];
        MatrixIn a = layer.output();
        p.activationMean = a.mean();
        p.activationStd = stddev(a);
        MatrixIn g = layer.inputGrad();
        p.gradientStd = stddev(g);
        p.weightGradNorm = point.layers[i].weightGradNorm;
        p.saturatedFraction = point.layers[i].saturatedFraction;
        p.deadFraction = point.layers[i].deadFraction;
        p.activations.setRange(Histogram::Scale::Linear, nonNegative ? 0.0 : -range, range);
        addAll(p.activations, a);
        p.gradients.setRange(Histogram::Scale::Log10Magnitude, -12.0, 4.0);
        addAll(p.gradients, g);
    }
    return out;
}

}  // namespace nnlab
