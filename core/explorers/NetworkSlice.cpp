// Loss slice of a trained network along two random directions; see NetworkSlice.h.
#include "explorers/NetworkSlice.h"

#include "explorers/Race.h"
#include "random/Rng.h"
#include "training/TrainStep.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nnlab {
namespace {

Experiment sliceExperiment(std::uint64_t seed) {
    Experiment e;
    e.title = "Loss slice";
    e.data.generator = "circle";
    e.data.points = 200;
    e.data.noise = 0.1;
    e.data.trainRatio = 0.5;
    e.data.seed = seed;
    e.features = {"x1", "x2"};
    LayerSpec hidden;
    hidden.type = "dense";
    hidden.name = "dense_1";
    hidden.units = 6;
    hidden.activation = NamedSpec("tanh");
    LayerSpec output = hidden;
    output.name = "output";
    output.units = 1;
    output.activation = NamedSpec("sigmoid");
    e.network.layers = {hidden, output};
    e.loss = NamedSpec("bce");
    e.optimizer = NamedSpec("adam", {{"lr", 0.03}});
    e.batchSize = 0;  // full batch: w0 does not depend on shuffling
    e.epochs = 0;     // no limit; the constructor counts
    e.seed = seed;
    return e;
}

}  // namespace

NetworkSliceSurface::NetworkSliceSurface(std::uint64_t seed, int trainEpochs)
    : m_task(makeTask(sliceExperiment(seed))), m_model(m_task->networkModel()), m_rng(seed) {
    for (int i = 0; i < trainEpochs; ++i) m_task->runEpoch();
    m_loss = std::make_unique<Loss>(m_task->experiment().loss);
    m_params = m_model->network().params();
    Rng directions(seed * 7919 + 17);
    for (const Param& p : m_params) {
        m_w0.push_back(*p.value);
        for (std::vector<Matrix>* d : {&m_d1, &m_d2}) {
            Matrix m(p.value->rows(), p.value->cols());
            for (Index r = 0; r < m.rows(); ++r) {
                for (Index c = 0; c < m.cols(); ++c) m(r, c) = standardNormal(directions);
                const double target = p.value->row(r).norm(), have = m.row(r).norm();
                if (have > 0.0) m.row(r) *= target / have;
            }
            d->push_back(std::move(m));
        }
    }
    m_buffers.dPred = Matrix::Zero(m_model->data().trainX.rows(), m_model->data().trainY.cols());

    m_info.name = kNetworkSliceName;
    m_info.label = "Network loss slice";
    m_info.formula = "f(a, b) = L(w<sub>0</sub> + a&thinsp;d<sub>1</sub> + b&thinsp;d<sub>2</sub>)";
    m_info.xName = "a";
    m_info.yName = "b";
    m_info.xMin = -1.0;
    m_info.xMax = 1.0;
    m_info.yMin = -1.0;
    m_info.yMax = 1.0;
    m_info.start = {0.8, -0.8};
    m_info.sgdLr = 0.03;
    m_info.adaptiveLr = 0.02;
    m_info.logColour = true;
    // The plane's lowest point (near, not at, w0) is the loss plot's floor and the
    // map's star: the best point of a coarse grid, polished by the engine's Adam.
    Point2 best{0.0, 0.0};
    double lowest = value(0.0, 0.0);
    for (int i = 0; i <= 40; ++i)
        for (int j = 0; j <= 40; ++j) {
            const Point2 p{-1.0 + i / 20.0, -1.0 + j / 20.0};
            const double v = value(p.x, p.y);
            if (v < lowest) {
                lowest = v;
                best = p;
            }
        }
    Racer polish(NamedSpec("adam", {{"lr", 0.002}}), best);
    for (int k = 0; k < 3000 && polish.step(*this); ++k) {
        if (polish.values().back() < lowest) {
            lowest = polish.values().back();
            best = polish.position();
        }
    }
    m_info.minima = {best};
    m_info.minValue = lowest;
}

NetworkSliceSurface::~NetworkSliceSurface() = default;

std::size_t NetworkSliceSurface::parameterCount() const {
    std::size_t n = 0;
    for (const Matrix& w : m_w0) n += std::size_t(w.size());
    return n;
}

void NetworkSliceSurface::setWeights(double a, double b) {
    for (std::size_t i = 0; i < m_params.size(); ++i) *m_params[i].value = m_w0[i] + a * m_d1[i] + b * m_d2[i];
}

double NetworkSliceSurface::value(double a, double b) {
    setWeights(a, b);
    Pass pass{false, &m_rng};
    MatrixIn pred = m_model->network().forward(m_model->data().trainX, pass);
    return m_loss->value(pred, m_model->data().trainY);
}

Point2 NetworkSliceSurface::gradient(double a, double b) {
    setWeights(a, b);
    Pass pass{true, &m_rng};
    computeGradients(m_model->network(), *m_loss, m_params, RegularizationSpec{}, m_model->data().trainX, m_model->data().trainY,
                     m_buffers, pass);
    Point2 g;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        g.x += m_params[i].grad->cwiseProduct(m_d1[i]).sum();
        g.y += m_params[i].grad->cwiseProduct(m_d2[i]).sum();
    }
    return g;
}

}  // namespace nnlab
