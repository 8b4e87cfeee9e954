// PReLU (He et al. 2015, "Delving deep into rectifiers", eq. 1 and 4),
// one slope per feature as torch.nn.PReLU(num_parameters=F):
//   y = max(0, x) + a min(0, x);   dy/dx = 1 (x > 0) else a;   dy/da = min(0, x)
#include "layers/PRelu.h"

#include "Error.h"

#include <cmath>

namespace nnlab {

PRelu::PRelu(LayerSpec spec) : Layer(std::move(spec)), m_init(m_spec.option("init", kDefaultInit)) {
    if (!std::isfinite(m_init)) throw SpecError("prelu init (initial slope) must be a finite number");
}

Shape PRelu::outputShape(const Shape& in) const {
    if (in.dims.size() != 1)
        throw ShapeError("a prelu layer takes a flat vector, got " + in.toString() + " (add a flatten layer)");
    return in;
}

void PRelu::reserve(const Shape& in, Index maxBatch) {
    const Index f = in.size();
    if (m_a.cols() != f) m_a = Matrix::Constant(1, f, m_init);
    m_da = Matrix::Zero(1, f);
    m_out = Matrix::Zero(maxBatch, f);
    m_dIn = Matrix::Zero(maxBatch, f);
}

void PRelu::initialize(Rng&) { m_a.setConstant(m_init); }

void PRelu::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    const auto xa = x.array();
    m_out.topRows(m_rows).array() = (xa > 0.0).select(xa, xa.rowwise() * m_a.row(0).array());
}

void PRelu::backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    const auto xa = x.array();
    const auto dy = dOut.array();
    m_da.row(0) = (dy * xa.min(0.0)).colwise().sum();
    if (wantInputGrad) m_dIn.topRows(m_rows).array() = (xa > 0.0).select(dy, dy.rowwise() * m_a.row(0).array());
}

std::vector<Param> PRelu::params() {
    return {{"a", &m_a, &m_da, false}};
}

}  // namespace nnlab
