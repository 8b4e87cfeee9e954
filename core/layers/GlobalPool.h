#pragma once
// What global average and global max pooling share: {C, H, W} -> {C}, one
// value per channel from its H W pixels, flat and ready for a dense layer.
#include "layers/Layer.h"

#include <string>

namespace nnlab {

class GlobalPool : public Layer {
public:
    Shape outputShape(const Shape& in) const override;
    void reserve(const Shape& in, Index maxBatch) override;

protected:
    explicit GlobalPool(LayerSpec spec) : Layer(std::move(spec)) {}
    Index m_channels = 0, m_plane = 0;
};

}  // namespace nnlab
