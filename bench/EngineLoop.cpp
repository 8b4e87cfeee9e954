#include "EngineLoop.h"

#include "health/FiniteCheck.h"

#include <algorithm>

namespace nnlab::bench {

EngineLoop::EngineLoop(const NetworkSpec& spec, const Shape& input, Index batch, const Matrix& x, const Matrix& y,
                       double lr, std::uint64_t seed, const std::string& loss, Precision precision)
    : m_x(x), m_y(y), m_batch(batch), m_rng(seed), m_net(spec, input, batch, precision), m_loss(NamedSpec(loss)),
      m_optimizer(makeOptimizer(NamedSpec("adam", {{"lr", lr}}))) {
    m_net.initialize(m_rng);
    m_params = m_net.params();
    m_optimizer->bind(m_params);
    m_batchX = Matrix::Zero(batch, x.cols());
    m_batchY = Matrix::Zero(batch, y.cols());
    m_buffers.dPred = Matrix::Zero(batch, y.cols());
    for (Index i = 0; i < x.rows(); ++i) m_order.push_back(i);
}

Index EngineLoop::step() {
    if (m_cursor == 0)
        for (std::size_t i = m_order.size(); i > 1; --i) std::swap(m_order[i - 1], m_order[uniformIndex(m_rng, i)]);
    const Index n = std::min(m_batch, m_x.rows() - m_cursor);
    for (Index r = 0; r < n; ++r) {
        m_batchX.row(r) = m_x.row(m_order[std::size_t(m_cursor + r)]);
        m_batchY.row(r) = m_y.row(m_order[std::size_t(m_cursor + r)]);
    }
    Pass pass{true, &m_rng};
    const StepResult r =
        computeGradients(m_net, m_loss, m_params, m_reg, m_batchX.topRows(n), m_batchY.topRows(n), m_buffers, pass);
    checkFiniteStep(m_net, m_params, r.loss, ++m_step);
    applyUpdate(*m_optimizer, m_params, m_reg);
    m_lastLoss = r.loss;
    m_cursor += n;
    if (m_cursor >= m_x.rows()) m_cursor = 0;
    return n;
}

Index EngineLoop::infer() {
    Pass pass{false, &m_rng};
    m_net.forward(m_x.topRows(m_batch), pass);
    return m_batch;
}

void randomTable(Index rows, Index inputs, int classes, std::uint64_t seed, Matrix& x, Matrix& y) {
    Rng rng(seed);
    x.resize(rows, inputs);
    y = Matrix::Zero(rows, classes);
    for (Index i = 0; i < x.size(); ++i) x.data()[i] = uniform01(rng);
    for (Index i = 0; i < rows; ++i) y(i, Index(uniformIndex(rng, std::uint64_t(classes)))) = 1.0;
}

}  // namespace nnlab::bench
