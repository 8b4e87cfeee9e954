// Pooling window geometry, shared by max and average pooling (Pool2d.h):
//   Ho = floor((H + 2p - k) / s) + 1, padding at most k / 2.
#include "layers/Pool2d.h"

#include "Error.h"

namespace nnlab {

Pool2d::Pool2d(LayerSpec spec)
    : BandwiseLayer(std::move(spec)),
      m_kernel(wholeOption(m_spec, "kernel", kDefaultKernel, 1)),
      m_stride(wholeOption(m_spec, "stride", kDefaultStride, 1)),
      m_padding(wholeOption(m_spec, "padding", kDefaultPadding, 0)) {
    if (2 * m_padding > m_kernel)
        throw SpecError(m_spec.type + " padding " + std::to_string(m_padding) + " is more than half the " +
                        std::to_string(m_kernel) + "x" + std::to_string(m_kernel) +
                        " window: some windows would hold only padding");
}

ConvGeometry Pool2d::geometry(const Shape& in) const {
    requireImage(in, "a " + m_spec.type + " layer");
    ConvGeometry g;
    g.channels = in.dims[0];
    g.height = in.dims[1];
    g.width = in.dims[2];
    g.kernel = m_kernel;
    g.stride = m_stride;
    g.padding = m_padding;
    g.outHeight = convOutputSize(g.height, m_kernel, m_stride, m_padding);
    g.outWidth = convOutputSize(g.width, m_kernel, m_stride, m_padding);
    if (g.outHeight < 1 || g.outWidth < 1)
        throw ShapeError("pooling " + std::to_string(m_kernel) + "x" + std::to_string(m_kernel) + " on a " +
                         std::to_string(g.height) + "x" + std::to_string(g.width) + " map" +
                         (m_padding ? " (padding " + std::to_string(m_padding) + ")" : std::string()) +
                         ": the window does not fit");
    return g;
}

Shape Pool2d::outputShape(const Shape& in) const {
    const ConvGeometry g = geometry(in);
    return Shape{g.channels, g.outHeight, g.outWidth};
}

void Pool2d::reserve(const Shape& in, Index maxBatch) {
    m_g = geometry(in);
    m_out = Matrix::Zero(maxBatch, m_g.channels * m_g.cols());
    m_dIn = Matrix::Zero(maxBatch, in.size());
}

}  // namespace nnlab
