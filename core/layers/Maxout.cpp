// Maxout (Goodfellow et al. 2013, "Maxout Networks", eq. 1):
//   h_j = max_{p<k} (x W^T + b)_{j*k+p};  y = f(h), f linear by default
//   the gradient flows only to the winning piece (first max on ties)
// Pieces are consecutive, matching the oracle's z.view(n, units, k).
#include "layers/Maxout.h"

#include "Error.h"
#include "initializers/Initializer.h"

#include <cmath>
#include <sstream>

namespace nnlab {
namespace {

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

Index piecesOption(const LayerSpec& spec) {
    const double k = spec.option("pieces", Maxout::kDefaultPieces);
    if (!(k >= 1.0) || k != std::floor(k) || k > 1e6)
        throw SpecError("maxout pieces (linear pieces per unit, k) must be a whole number of at least 1, got " + number(k));
    return Index(k);
}

}  // namespace

Maxout::Maxout(LayerSpec spec) : Layer(std::move(spec)), m_pieces(piecesOption(m_spec)), m_activation(m_spec.activation) {
    if (m_spec.units < 1)
        throw ShapeError("a maxout layer needs at least one unit (units = " + std::to_string(m_spec.units) + ")");
}

Shape Maxout::outputShape(const Shape& in) const {
    if (in.dims.size() != 1)
        throw ShapeError("a maxout layer takes a flat vector, got " + in.toString() + " (add a flatten layer)");
    return Shape{m_spec.units};
}

void Maxout::reserve(const Shape& in, Index maxBatch) {
    const Index nIn = in.size(), units = m_spec.units, nz = units * m_pieces;
    if (m_W.rows() != nz || m_W.cols() != nIn) {
        m_W = Matrix::Zero(nz, nIn);
        m_b = Matrix::Zero(1, nz);
    }
    m_dW = Matrix::Zero(nz, nIn);
    m_db = Matrix::Zero(1, nz);
    m_z = Matrix::Zero(maxBatch, nz);
    m_dz = Matrix::Zero(maxBatch, nz);
    m_h = Matrix::Zero(maxBatch, units);
    m_dh = Matrix::Zero(maxBatch, units);
    m_argmax = IndexMatrix::Zero(maxBatch, units);
    m_out = Matrix::Zero(maxBatch, units);
    m_dIn = Matrix::Zero(maxBatch, nIn);
}

void Maxout::initialize(Rng& rng) {
    // fan_out counts every piece: each one is a linear unit of its own.
    nnlab::initialize(m_spec.weightInit, m_W, m_W.cols(), m_W.rows(), rng);
    nnlab::initialize(m_spec.biasInit, m_b, m_W.cols(), m_W.rows(), rng);
}

void Maxout::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    auto z = m_z.topRows(m_rows);
    z.noalias() = x * m_W.transpose();
    z.rowwise() += m_b.row(0);
    const Index units = m_spec.units;
    for (Index r = 0; r < m_rows; ++r) {
        const double* zr = &m_z(r, 0);
        for (Index j = 0; j < units; ++j) {
            const double* g = zr + j * m_pieces;
            int best = 0;
            for (Index p = 1; p < m_pieces; ++p)
                if (g[p] > g[best]) best = int(p);  // strict: the first max wins ties
            m_argmax(r, j) = best;
            m_h(r, j) = g[best];
        }
    }
    m_activation.forward(m_h.topRows(m_rows).array(), m_out.topRows(m_rows).array());
}

void Maxout::backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    if (!m_activation.hasGradient())
        throw NumericError(m_spec.name + ": activation \"" + m_activation.info().name +
                           "\" has no gradient; it cannot be trained by backpropagation");
    auto dh = m_dh.topRows(m_rows);
    m_activation.backward(m_h.topRows(m_rows).array(), m_out.topRows(m_rows).array(), dOut.array(), dh.array());
    auto dz = m_dz.topRows(m_rows);
    dz.setZero();
    const Index units = m_spec.units;
    for (Index r = 0; r < m_rows; ++r)
        for (Index j = 0; j < units; ++j) dz(r, j * m_pieces + m_argmax(r, j)) = dh(r, j);
    m_dW.noalias() = dz.transpose() * x;
    m_db.row(0) = dz.colwise().sum();
    if (wantInputGrad) m_dIn.topRows(m_rows).noalias() = dz * m_W;
}

std::vector<Param> Maxout::params() {
    return {{"W", &m_W, &m_dW, true}, {"b", &m_b, &m_db, false}};
}

}  // namespace nnlab
