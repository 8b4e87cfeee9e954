// Flatten: y = x, dx = dy; the shape {C, H, W} becomes {C H W} (Flatten.h).
#include "layers/Flatten.h"

#include "Error.h"

namespace nnlab {

Shape Flatten::outputShape(const Shape& in) const {
    if (in.dims.empty() || in.size() < 1) throw ShapeError("a flatten layer got an empty input");
    return Shape{in.size()};
}

void Flatten::reserve(const Shape& in, Index maxBatch) {
    m_out = Matrix::Zero(maxBatch, outputShape(in).size());
    m_dIn = Matrix::Zero(maxBatch, in.size());
}

void Flatten::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    m_out.topRows(m_rows) = x;
}

void Flatten::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    if (wantInputGrad) m_dIn.topRows(m_rows) = dOut;
}

}  // namespace nnlab
