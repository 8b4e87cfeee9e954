// The shape rules of global pooling (GlobalPool.h).
#include "layers/GlobalPool.h"

#include "layers/ConvGeometry.h"

namespace nnlab {

Shape GlobalPool::outputShape(const Shape& in) const {
    requireImage(in, "a " + spec().type + " layer");
    return Shape{in.dims[0]};
}

void GlobalPool::reserve(const Shape& in, Index maxBatch) {
    requireImage(in, "a " + spec().type + " layer");
    m_channels = in.dims[0];
    m_plane = in.dims[1] * in.dims[2];
    m_out = Matrix::Zero(maxBatch, m_channels);
    m_dIn = Matrix::Zero(maxBatch, in.size());
}

}  // namespace nnlab
