// Decoded pixels to a sample (the steps are in ImageConversion.h). The
// resizing keeps one row of the input at a time as numbers: a large photo
// needs its source rows (h x W x C doubles) and not h x w x C.
#include "data/ImageConversion.h"

#include "Error.h"

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

struct Tap {
    Index source;
    double weight;
};
using AxisWeights = std::vector<std::vector<Tap>>;  // per output pixel: the input pixels it reads

// How `out` pixels along an axis read `in` pixels (the rules in the header).
AxisWeights axisWeights(Index in, Index out) {
    AxisWeights w(static_cast<std::size_t>(out));
    const double ratio = double(in) / double(out);  // input pixels per output pixel
    for (Index i = 0; i < out; ++i) {
        std::vector<Tap>& taps = w[std::size_t(i)];
        if (out <= in) {
            const double from = double(i) * ratio, to = double(i + 1) * ratio;
            for (Index j = Index(std::floor(from)); j < in && double(j) < to; ++j) {
                const double covered = std::min(to, double(j + 1)) - std::max(from, double(j));
                if (covered > 0.0) taps.push_back({j, covered / ratio});
            }
        } else {
            const double s = std::clamp((double(i) + 0.5) * ratio - 0.5, 0.0, double(in - 1));
            const Index j = std::min(Index(std::floor(s)), in - 1);
            const double t = s - double(j);
            taps.push_back({j, 1.0 - t});
            if (t > 0.0) taps.push_back({j + 1, t});
        }
    }
    return w;
}

constexpr double kLuma[3] = {0.299, 0.587, 0.114};

}  // namespace

RowVector imageSample(const DecodedImage& image, const Shape& shape) {
    if (shape.dims.size() != 3 || (shape.dims[0] != 1 && shape.dims[0] != 3) || shape.dims[1] < 1 || shape.dims[2] < 1)
        throw ShapeError("an image sample is 1 (grey) or 3 (RGB) channels x height x width, got " + shape.toString());
    const Index channels = shape.dims[0], height = shape.dims[1], width = shape.dims[2];
    const Index inW = image.width, inH = image.height;
    const AxisWeights across = axisWeights(inW, width), down = axisWeights(inH, height);
    // Every input row, resized across: rows(c, y, x) for the output's x.
    Matrix rows = Matrix::Zero(channels * inH, width);
    std::vector<double> pixel(std::size_t(inW * channels));
    for (Index y = 0; y < inH; ++y) {
        const std::uint8_t* p = image.rgba.data() + std::size_t(y * inW * 4);
        for (Index x = 0; x < inW; ++x, p += 4) {
            const double alpha = p[3];
            double rgb[3];
            for (int k = 0; k < 3; ++k) rgb[k] = (alpha * p[k] + (255.0 - alpha) * 255.0) / 255.0;
            if (channels == 1) pixel[std::size_t(x)] = kLuma[0] * rgb[0] + kLuma[1] * rgb[1] + kLuma[2] * rgb[2];
            else
                for (Index c = 0; c < 3; ++c) pixel[std::size_t(c * inW + x)] = rgb[c];
        }
        for (Index c = 0; c < channels; ++c)
            for (Index x = 0; x < width; ++x) {
                double v = 0.0;
                for (const Tap& t : across[std::size_t(x)]) v += t.weight * pixel[std::size_t(c * inW + t.source)];
                rows(c * inH + y, x) = v;
            }
    }
    RowVector sample(channels * height * width);
    for (Index c = 0; c < channels; ++c)
        for (Index y = 0; y < height; ++y)
            for (Index x = 0; x < width; ++x) {
                double v = 0.0;
                for (const Tap& t : down[std::size_t(y)]) v += t.weight * rows(c * inH + t.source, x);
                sample((c * height + y) * width + x) = std::clamp(v / 255.0, 0.0, 1.0);
            }
    return sample;
}

RowVector readImageSample(const std::string& path, const Shape& shape) { return imageSample(decodeImage(path), shape); }

}  // namespace nnlab
