#pragma once
// 2-D pooling over k x k windows with stride s and padding p (no ceil mode),
// per channel, as the oracle README and PyTorch:
//   Ho = floor((H + 2p - k) / s) + 1, likewise Wo; {C, H, W} -> {C, Ho, Wo}
//   max:     y = max over the window, the padding counting as minus infinity;
//            dx gets dy at the first maximum of the window (row-major order)
//   average: y = (sum over the window) / d, d = k^2 with the padded zeros
//            counted (count_include_pad 1, the default), else the window's
//            real pixels; dx gets dy / d at every real pixel
// Padding is at most k/2 (as PyTorch), so every window holds a real pixel.
// Pooling has no parameters.
#include "layers/ConvGeometry.h"
#include "layers/BandwiseLayer.h"

namespace nnlab {

class Pool2d : public BandwiseLayer {
public:
    static constexpr double kDefaultKernel = 2, kDefaultStride = 2, kDefaultPadding = 0;

    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;
    // The window sweep for an input (throws ShapeError: "pooling 3x3 on a 2x2 map").
    ConvGeometry geometry(const Shape& in) const;
    const ConvGeometry& geometry() const { return m_g; }

protected:
    explicit Pool2d(LayerSpec spec);
    Index m_kernel, m_stride, m_padding;
    ConvGeometry m_g;
};

class MaxPool2d : public Pool2d {
public:
    explicit MaxPool2d(LayerSpec spec) : Pool2d(std::move(spec)) {}
    void reserve(const Shape& in, Index maxBatch) override;
    void forwardBand(MatrixIn x, Index first, Index count) override;
    void backwardBand(MatrixIn x, MatrixIn dOut, bool wantInputGrad, Index first, Index count) override;
    // Per output entry, the column of the input row that won (n rows).
    using IndexMatrix = Eigen::Matrix<Index, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const IndexMatrix& argmax() const { return m_argmax; }

private:
    IndexMatrix m_argmax;  // (maxBatch, C Ho Wo)
};

class AvgPool2d : public Pool2d {
public:
    static constexpr double kDefaultCountIncludePad = 1.0;
    explicit AvgPool2d(LayerSpec spec);
    void forwardBand(MatrixIn x, Index first, Index count) override;
    void backwardBand(MatrixIn x, MatrixIn dOut, bool wantInputGrad, Index first, Index count) override;
    bool countsPadding() const { return m_countPad; }

private:
    // The divisor of the window at (oh, ow): k^2, or its pixels inside the image.
    double windowScale(Index oh, Index ow) const;
    bool m_countPad = true;
};

}  // namespace nnlab
