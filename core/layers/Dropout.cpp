// Inverted dropout, rate = drop probability p (see Dropout.h):
//   training:  m_i ~ Bernoulli(1 - p), y = x * m / (1 - p);   inference: y = x
// Source: Srivastava et al. 2014, JMLR 15, eq. 2-3; inverted scaling as in
// torch.nn.Dropout / keras.layers.Dropout (curriculum 000-41).
#include "layers/Dropout.h"

#include "Error.h"

#include <sstream>

namespace nnlab {
namespace {

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

}  // namespace

Dropout::Dropout(LayerSpec spec) : Layer(std::move(spec)), m_rate(m_spec.option("rate", kDefaultRate)) {
    // !(a <= b) also rejects NaN.
    if (!(m_rate >= 0.0) || !(m_rate < 1.0))
        throw SpecError("dropout rate (drop probability) must be in [0, 1), got " + number(m_rate) +
                        (m_rate == 1.0 ? " (a rate of 1 drops every unit, so nothing reaches the next layer)" : ""));
}

Shape Dropout::outputShape(const Shape& in) const {
    if (in.dims.size() != 1)
        throw ShapeError("a dropout layer takes a flat vector, got " + in.toString() + " (add a flatten layer)");
    return in;
}

void Dropout::reserve(const Shape& in, Index maxBatch) {
    const Index f = in.size();
    m_mask = Matrix::Ones(maxBatch, f);
    m_out = Matrix::Zero(maxBatch, f);
    m_dIn = Matrix::Zero(maxBatch, f);
}

void Dropout::forward(MatrixIn x, Pass& pass) {
    m_rows = x.rows();
    auto out = m_out.topRows(m_rows);
    m_dropped = pass.training && m_rate > 0.0;
    if (!m_dropped) {
        out = x;
        return;
    }
    const double keep = 1.0 - m_rate;
    const double scale = 1.0 / keep;
    if (m_fixedKeep.size() > 0) {
        if (m_fixedKeep.rows() < m_rows || m_fixedKeep.cols() != x.cols())
            throw ShapeError(m_spec.name + ": the given dropout mask is " + std::to_string(m_fixedKeep.rows()) + "x" +
                             std::to_string(m_fixedKeep.cols()) + ", the batch " + std::to_string(m_rows) + "x" +
                             std::to_string(x.cols()));
        m_mask.topRows(m_rows) = (m_fixedKeep.topRows(m_rows).array() != 0.0).cast<double>() * scale;
        out.array() = x.array() * m_mask.topRows(m_rows).array();
        return;
    }
    if (!pass.rng) throw SpecError(m_spec.name + ": a training pass through dropout needs a random generator");
    // topRows of a row-major buffer is one contiguous block: draw in memory order,
    // so a seed gives the same mask whatever the Eigen version.
    double* m = m_mask.data();
    const Index count = m_rows * m_mask.cols();
    for (Index i = 0; i < count; ++i) m[i] = uniform01(*pass.rng) < keep ? scale : 0.0;
    out.array() = x.array() * m_mask.topRows(m_rows).array();
}

void Dropout::keepFixedMask(MatrixIn keep) { m_fixedKeep = keep; }

void Dropout::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    if (!wantInputGrad) return;
    if (m_dropped)
        m_dIn.topRows(m_rows).array() = dOut.array() * m_mask.topRows(m_rows).array();
    else
        m_dIn.topRows(m_rows) = dOut;
}

}  // namespace nnlab
