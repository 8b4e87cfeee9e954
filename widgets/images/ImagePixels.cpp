#include "images/ImagePixels.h"

#include <algorithm>
#include <cmath>

namespace nnlab {

QImage imageFromRow(const Matrix& images, Index row, int channels, int height, int width) {
    const Index plane = Index(height) * width;
    if (row < 0 || row >= images.rows() || images.cols() < plane * channels || plane == 0) return {};
    const auto values = images.row(row).head(plane * channels);
    const double low = values.minCoeff(), high = values.maxCoeff();
    const double span = high > low ? high - low : 1.0;
    auto level = [&](Index i) { return int(std::lround(255.0 * std::clamp((values(i) - low) / span, 0.0, 1.0))); };
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const Index at = Index(y) * width + x;
            if (channels >= 3)
                image.setPixel(x, y, qRgb(level(at), level(plane + at), level(2 * plane + at)));
            else
                image.setPixel(x, y, qRgb(level(at), level(at), level(at)));
        }
    return image;
}

}  // namespace nnlab
