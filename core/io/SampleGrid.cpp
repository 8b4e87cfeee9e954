#include "io/SampleGrid.h"

#include "Error.h"

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr std::uint8_t kGap = 128;  // mid grey: neither ink nor paper

void checkShape(const Shape& shape, Index columns) {
    if (shape.dims.size() != 3 || (shape.dims[0] != 1 && shape.dims[0] != 3))
        throw ShapeError("sample grid: samples of shape " + shape.toString() +
                         " are not images (1 or 3 channels x height x width)");
    if (columns != shape.size())
        throw ShapeError("sample grid: rows of " + std::to_string(columns) + " values, an image of " +
                         shape.toString() + " has " + std::to_string(shape.size()));
}

int gridColumns(Index n, const SampleGridLayout& layout) {
    return int(std::max<Index>(1, std::min<Index>(n, layout.columns)));
}

int gridRows(Index n, const SampleGridLayout& layout) {
    const int columns = gridColumns(n, layout);
    return int(std::max<Index>(1, (n + columns - 1) / columns));
}

}  // namespace

int sampleGridWidth(Index n, const Shape& shape, const SampleGridLayout& layout) {
    return gridColumns(n, layout) * (int(shape.dims.at(2)) * layout.scale + layout.gap) + layout.gap;
}

int sampleGridHeight(Index n, const Shape& shape, const SampleGridLayout& layout) {
    return gridRows(n, layout) * (int(shape.dims.at(1)) * layout.scale + layout.gap) + layout.gap;
}

RasterImage sampleGrid(const Matrix& samples, const Shape& shape, double lo, double hi, const SampleGridLayout& layout) {
    checkShape(shape, samples.cols());
    if (layout.columns < 1 || layout.gap < 0 || layout.scale < 1)
        throw SpecError("sample grid: columns and scale at least 1, gap at least 0");
    const int c = int(shape.dims[0]), h = int(shape.dims[1]), w = int(shape.dims[2]);
    RasterImage image;
    image.channels = c;
    image.width = sampleGridWidth(samples.rows(), shape, layout);
    image.height = sampleGridHeight(samples.rows(), shape, layout);
    image.pixels.assign(std::size_t(image.width) * std::size_t(image.height) * std::size_t(c), kGap);
    const int columns = gridColumns(samples.rows(), layout);
    const double span = hi > lo ? hi - lo : 1.0;
    for (Index n = 0; n < samples.rows(); ++n) {
        const int left = layout.gap + int(n % columns) * (w * layout.scale + layout.gap);
        const int top = layout.gap + int(n / columns) * (h * layout.scale + layout.gap);
        for (int y = 0; y < h * layout.scale; ++y)
            for (int x = 0; x < w * layout.scale; ++x)
                for (int ch = 0; ch < c; ++ch) {
                    const double v = samples(n, (Index(ch) * h + y / layout.scale) * w + x / layout.scale);
                    const double unit = std::isfinite(v) ? std::clamp((v - lo) / span, 0.0, 1.0) : 0.0;
                    const std::size_t at =
                        (std::size_t(top + y) * std::size_t(image.width) + std::size_t(left + x)) * std::size_t(c) +
                        std::size_t(ch);
                    image.pixels[at] = std::uint8_t(std::lround(255.0 * unit));
                }
    }
    return image;
}

}  // namespace nnlab
