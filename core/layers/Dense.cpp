#include "layers/Dense.h"

#include "Error.h"
#include "initializers/Initializer.h"

namespace nnlab {

Dense::Dense(LayerSpec spec) : Layer(std::move(spec)), m_activation(m_spec.activation) {
    if (m_spec.units < 1)
        throw ShapeError("a dense layer needs at least one unit (units = " + std::to_string(m_spec.units) + ")");
}

Shape Dense::outputShape(const Shape& in) const {
    if (in.dims.size() != 1)
        throw ShapeError("a dense layer takes a flat vector, got " + in.toString() + " (add a flatten layer)");
    return Shape{m_spec.units};
}

void Dense::reserve(const Shape& in, Index maxBatch) {
    const Index nIn = in.size(), nOut = m_spec.units;
    if (m_W.rows() != nOut || m_W.cols() != nIn) {
        m_W = Matrix::Zero(nOut, nIn);
        m_b = Matrix::Zero(1, nOut);
    }
    m_dW = Matrix::Zero(nOut, nIn);
    m_db = Matrix::Zero(1, nOut);
    m_z = Matrix::Zero(maxBatch, nOut);
    m_dz = Matrix::Zero(maxBatch, nOut);
    m_out = Matrix::Zero(maxBatch, nOut);
    m_dIn = Matrix::Zero(maxBatch, nIn);
}

void Dense::initialize(Rng& rng) {
    nnlab::initialize(m_spec.weightInit, m_W, m_W.cols(), m_W.rows(), rng);
    nnlab::initialize(m_spec.biasInit, m_b, m_W.cols(), m_W.rows(), rng);
}

void Dense::setActivation(const NamedSpec& spec) {
    m_activation = Activation(spec);
    m_spec.activation = spec;
}

void Dense::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    auto z = m_z.topRows(m_rows);
    z.noalias() = x * m_W.transpose();
    z.rowwise() += m_b.row(0);
    m_activation.forward(z.array(), m_out.topRows(m_rows).array());
}

void Dense::backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    if (!m_activation.hasGradient())
        throw NumericError(m_spec.name + ": activation \"" + m_activation.info().name +
                           "\" has no gradient; it cannot be trained by backpropagation");
    auto dz = m_dz.topRows(m_rows);
    m_activation.backward(m_z.topRows(m_rows).array(), m_out.topRows(m_rows).array(), dOut.array(), dz.array());
    m_dW.noalias() = dz.transpose() * x;
    m_db.row(0) = dz.colwise().sum();
    if (wantInputGrad) m_dIn.topRows(m_rows).noalias() = dz * m_W;
}

std::vector<Param> Dense::params() {
    return {{"W", &m_W, &m_dW, true}, {"b", &m_b, &m_db, false}};
}

}  // namespace nnlab
