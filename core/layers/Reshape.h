#pragma once
// Reshape: any per-sample shape -> {C, H, W} with C H W = the input's size.
// A row already holds the sample in NCHW order, so y = x and dx = dy, as for
// Flatten; only the shape changes (PyTorch nn.Unflatten(1, (C, H, W)), Keras
// Reshape). It turns a dense layer's vector into an image for the
// convolutions after it (a DCGAN generator: dense -> 64x7x7 -> conv_transpose2d).
// channels 0 takes as many channels as the input fills (PyTorch's -1), so
// the editor can change height and width one at a time.
#include "layers/Flatten.h"

namespace nnlab {

class Reshape : public Flatten {
public:
    static constexpr double kDefaultChannels = 0.0;  // as many as the input fills
    static constexpr double kDefaultHeight = 1.0;
    static constexpr double kDefaultWidth = 1.0;

    explicit Reshape(LayerSpec spec);
    // Throws ShapeError naming both sizes: "reshape to 64x7x7 needs 3136 values, the input 100 has 100".
    Shape outputShape(const Shape& in) const override;

private:
    Index m_channels, m_height, m_width;
};

}  // namespace nnlab
