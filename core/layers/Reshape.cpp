// Reshape: y = x, dx = dy (Flatten's copies); the shape becomes {C, H, W} (Reshape.h).
#include "layers/Reshape.h"

#include "Error.h"
#include "layers/ConvGeometry.h"

namespace nnlab {

Reshape::Reshape(LayerSpec spec)
    : Flatten(std::move(spec)),
      m_channels(wholeOption(m_spec, "channels", kDefaultChannels, 0)),
      m_height(wholeOption(m_spec, "height", kDefaultHeight, 1)),
      m_width(wholeOption(m_spec, "width", kDefaultWidth, 1)) {}

Shape Reshape::outputShape(const Shape& in) const {
    if (in.dims.empty() || in.size() < 1) throw ShapeError("a reshape layer got an empty input");
    const Index values = in.size(), plane = m_height * m_width;
    const std::string input = "the input " + in.toString() + " has " + std::to_string(values);
    if (m_channels == 0) {
        if (values % plane != 0)
            throw ShapeError("reshape to channels of " + std::to_string(m_height) + "x" + std::to_string(m_width) +
                             " needs a multiple of " + std::to_string(plane) + " values, " + input);
        return Shape{values / plane, m_height, m_width};
    }
    const Shape out{m_channels, m_height, m_width};
    if (out.size() != values)
        throw ShapeError("reshape to " + out.toString() + " needs " + std::to_string(out.size()) + " values, " + input);
    return out;
}

}  // namespace nnlab
