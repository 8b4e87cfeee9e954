// Shared part of the recurrent layers: layout, options, the products over all
// time steps; the recurrences are in Rnn.cpp, Lstm.cpp and Gru.cpp. See Recurrent.h.
#include "layers/Recurrent.h"

#include "Error.h"
#include "initializers/Initializer.h"
#include "layers/SequenceView.h"

#include <cmath>

namespace nnlab {

Recurrent::Recurrent(LayerSpec spec, Index gates, const char* kind) : Layer(std::move(spec)), m_gates(gates) {
    const std::string k(kind);
    if (m_spec.units < 1)
        throw ShapeError("a " + k + " layer needs at least one unit (units = " + std::to_string(m_spec.units) + ")");
    m_units = m_spec.units;
    const double rs = m_spec.option("return_sequences", kDefaultReturnSequences);
    if (rs != 0.0 && rs != 1.0)
        throw SpecError(k + " return_sequences must be 0 (the last step) or 1 (every step), got " + std::to_string(rs));
    m_returnSequences = rs == 1.0;
    const double tr = m_spec.option("truncate", kDefaultTruncate);
    if (!(tr >= 0.0) || tr != std::floor(tr) || tr > 1e6)
        throw SpecError(k + " truncate must be a whole number of steps >= 0 (0: the whole sequence), got " + std::to_string(tr));
    m_truncate = Index(tr);
}

Shape Recurrent::outputShape(const Shape& in) const {
    if (in.dims.size() != 2)
        throw ShapeError("a recurrent layer takes a sequence {T, F}, got " + in.toString() +
                         (in.dims.size() == 1 ? " (a vector: use sequence data, or return_sequences = 1 in the layer before)" : ""));
    if (in.dims[0] < 1) throw ShapeError("a recurrent layer needs at least one time step");
    return m_returnSequences ? Shape{in.dims[0], m_units} : Shape{m_units};
}

void Recurrent::reserve(const Shape& in, Index maxBatch) {
    m_steps = in.dims[0];
    m_inputs = in.dims[1];
    const Index g = m_gates * m_units, h = m_units, rows = m_steps * maxBatch;
    if (m_Wih.rows() != g || m_Wih.cols() != m_inputs || m_Whh.cols() != h) {
        m_Wih = Matrix::Zero(g, m_inputs);
        m_Whh = Matrix::Zero(g, h);
        m_bih = Matrix::Zero(1, g);
        m_bhh = Matrix::Zero(1, g);
    }
    m_dWih = Matrix::Zero(g, m_inputs);
    m_dWhh = Matrix::Zero(g, h);
    m_dbih = Matrix::Zero(1, g);
    m_dbhh = Matrix::Zero(1, g);
    m_x = Matrix::Zero(rows, m_inputs);
    m_xw = Matrix::Zero(rows, g);
    m_h = Matrix::Zero(rows + maxBatch, h);
    m_dh = Matrix::Zero(rows, h);
    m_dxw = Matrix::Zero(rows, g);
    m_dhw = sharesPreGrad() ? Matrix() : Matrix::Zero(rows, g);
    m_dx = Matrix::Zero(rows, m_inputs);
    for (Index k = 0; k < 2; ++k) {
        const Index r = k < stateCount() ? maxBatch : 0;
        m_state0[k] = Matrix::Zero(r, h);
        m_dState0[k] = Matrix::Zero(r, h);
        m_dStateFinal[k] = Matrix::Zero(r, h);
    }
    m_out = Matrix::Zero(maxBatch, m_returnSequences ? m_steps * h : h);
    m_dIn = Matrix::Zero(maxBatch, m_steps * m_inputs);
    planProducts(maxBatch);
    reserveCell(maxBatch);
}

void Recurrent::planProducts(Index maxBatch) {
    const Index g = m_gates * m_units, h = m_units, rows = m_steps * maxBatch;
    m_inputPlan.plan(rows, g, m_inputs);
    m_hiddenPlan.plan(maxBatch, g, h);
    m_dWihPlan.plan(g, m_inputs, rows);
    m_dWhhPlan.plan(g, h, rows);
    m_dxPlan.plan(rows, m_inputs, g);
    m_hiddenGradPlan.plan(maxBatch, h, g);
}

void Recurrent::addRecurrentProduct(MatrixOut a, MatrixIn h) const {
    m_hiddenPlan.run(h.rows(), m_Whh.rows(), m_units, a.data(), a.outerStride(), h.data(), h.outerStride(), m_Whh.data(),
                     m_Whh.cols());
}

void Recurrent::recurrentGrad(MatrixOut g, MatrixIn da) const {
    g.setZero();
    m_hiddenGradPlan.run(da.rows(), m_units, m_Whh.rows(), g.data(), g.outerStride(), da.data(), da.outerStride(),
                         m_Whh.data(), m_Whh.cols());
}

void Recurrent::initialize(Rng& rng) {
    const Index h = m_units;
    nnlab::initialize(m_spec.weightInit, m_Wih, m_inputs, m_gates * h, rng);
    for (Index gate = 0; gate < m_gates; ++gate)
        nnlab::initialize(NamedSpec("orthogonal"), m_Whh.middleRows(gate * h, h), h, h, rng);
    nnlab::initialize(m_spec.biasInit, m_bih, m_inputs, m_gates * h, rng);
    nnlab::initialize(m_spec.biasInit, m_bhh, m_inputs, m_gates * h, rng);
    initializeCell();
}

MatrixIn Recurrent::finalState(Index k) const {
    (void)k;
    return m_h.middleRows(m_steps * m_rows, m_rows);
}

void Recurrent::forward(MatrixIn x, Pass&) {
    const Index n = x.rows();
    m_rows = n;
    auto xs = m_x.topRows(m_steps * n);
    rowsToSteps(x, m_steps, xs);
    auto xw = m_xw.topRows(m_steps * n);
    // Row by row: the same through replicate() is a scalar loop, 13 % of an
    // LSTM step at 64 units; a row is contiguous and copies vectorised.
    for (Index r = 0; r < xw.rows(); ++r) xw.row(r) = m_bih.row(0);
    m_inputPlan.run(xw.rows(), xw.cols(), m_inputs, xw.data(), xw.outerStride(), xs.data(), xs.outerStride(), m_Wih.data(),
                    m_Wih.cols());
    m_h.topRows(n) = m_state0[0].topRows(n);
    forwardSteps(n);
    if (m_returnSequences)
        stepsToRows(m_h.middleRows(n, m_steps * n), n, m_out.topRows(n));
    else
        m_out.topRows(n) = m_h.middleRows(m_steps * n, n);
}

void Recurrent::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    const Index n = m_rows, rows = m_steps * n;
    auto dh = m_dh.topRows(rows);
    if (m_returnSequences) {
        rowsToSteps(dOut, m_steps, dh);
    } else {
        dh.topRows(rows - n).setZero();
        dh.bottomRows(n) = dOut;
    }
    dh.bottomRows(n) += m_dStateFinal[0].topRows(n);
    backwardSteps(n);
    const auto xs = m_x.topRows(rows);
    const auto dxw = m_dxw.topRows(rows);
    const auto dhw = sharesPreGrad() ? m_dxw.topRows(rows) : m_dhw.topRows(rows);
    const Index g = dxw.cols();
    m_dWih.setZero();
    m_dWihPlan.run(g, m_inputs, rows, m_dWih.data(), m_dWih.cols(), dxw.data(), dxw.outerStride(), xs.data(), xs.outerStride());
    m_dbih.row(0) = dxw.colwise().sum();
    m_dWhh.setZero();  // h_{t-1} for every t: the first T*n rows of m_h
    m_dWhhPlan.run(g, m_units, rows, m_dWhh.data(), m_dWhh.cols(), dhw.data(), dhw.outerStride(), m_h.data(), m_h.cols());
    // One buffer (RNN, LSTM): the same sum, read once (a pass over T*n x G*H).
    if (sharesPreGrad())
        m_dbhh = m_dbih;
    else
        m_dbhh.row(0) = dhw.colwise().sum();
    if (!wantInputGrad) return;
    auto dx = m_dx.topRows(rows);
    dx.setZero();
    m_dxPlan.run(rows, m_inputs, g, dx.data(), dx.outerStride(), dxw.data(), dxw.outerStride(), m_Wih.data(), m_Wih.cols());
    stepsToRows(dx, n, m_dIn.topRows(n));
}

std::vector<Param> Recurrent::params() {
    return {{"W_ih", &m_Wih, &m_dWih, true},
            {"W_hh", &m_Whh, &m_dWhh, true},
            {"b_ih", &m_bih, &m_dbih, false},
            {"b_hh", &m_bhh, &m_dbhh, false}};
}

}  // namespace nnlab
