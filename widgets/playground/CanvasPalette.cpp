#include "playground/CanvasPalette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nnlab::CanvasPalette {
namespace {

constexpr int kSteps = 512;

QRgb mix(const QColor& a, const QColor& b, double t) {
    return qRgb(int(std::lround(a.red() + (b.red() - a.red()) * t)),
                int(std::lround(a.green() + (b.green() - a.green()) * t)),
                int(std::lround(a.blue() + (b.blue() - a.blue()) * t)));
}

// A lookup table: thumbnails colour up to 64 x 400 cells per frame.
const std::array<QRgb, kSteps + 1>& table() {
    static const std::array<QRgb, kSteps + 1> lut = [] {
        std::array<QRgb, kSteps + 1> t{};
        for (int i = 0; i <= kSteps; ++i) {
            const double v = 2.0 * i / kSteps - 1.0;
            t[std::size_t(i)] = v < 0 ? mix(kZero, kNegative, -v) : mix(kZero, kPositive, v);
        }
        return t;
    }();
    return lut;
}

}  // namespace

QRgb diverging(double t) {
    if (!(t == t)) return qRgb(0x80, 0x80, 0x80);  // NaN: neutral grey, never an index
    t = std::clamp(t, -1.0, 1.0);
    return table()[std::size_t(std::lround((t + 1.0) * 0.5 * kSteps))];
}

QColor weightColor(double w) {
    // Edges start a little darker than the thumbnails' zero so that a small
    // weight still shows against the white canvas.
    if (!std::isfinite(w)) return QColor(0x80, 0x80, 0x80);
    const double t = std::min(1.0, 0.25 + 0.75 * std::fabs(w));
    return QColor(mix(QColor(0xc8, 0xcc, 0xce), w < 0 ? kNegative : kPositive, t));
}

double weightWidth(double w, double scale) {
    // Playground: 1 px at 0 up to 10 px at |w| = 5; here from 0.6 px, capped
    // at a quarter of the neuron so a big weight never hides its neighbours.
    const double a = std::isfinite(w) ? std::fabs(w) : 0.0;
    return scale * std::min(9.0, 0.6 + 1.8 * a);
}

void fillThumbnail(QImage& img, const double* values, int grid, double scale, long stride) {
    if (img.width() != grid || img.height() != grid || img.format() != QImage::Format_RGB32)
        img = QImage(grid, grid, QImage::Format_RGB32);
    const double inv = scale > 0 ? 1.0 / scale : 1.0;
    const auto& lut = table();
    for (int iy = 0; iy < grid; ++iy) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(grid - 1 - iy));  // image rows run top-down
        const double* row = values + long(iy) * grid * stride;
        for (int ix = 0; ix < grid; ++ix) {
            const double v = row[long(ix) * stride] * inv;
            if (!(v == v)) {
                line[ix] = qRgb(0x80, 0x80, 0x80);
                continue;
            }
            const double t = std::clamp(v, -1.0, 1.0);
            line[ix] = lut[std::size_t((t + 1.0) * (0.5 * kSteps) + 0.5)];  // non-negative: truncation rounds
        }
    }
}

void fillThumbnailDiscrete(QImage& img, const double* values, int grid, double threshold) {
    if (img.width() != grid || img.height() != grid || img.format() != QImage::Format_RGB32)
        img = QImage(grid, grid, QImage::Format_RGB32);
    const QRgb above = kPositive.rgb(), below = kNegative.rgb(), on = kZero.rgb();
    for (int iy = 0; iy < grid; ++iy) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(grid - 1 - iy));
        const double* row = values + long(iy) * grid;
        for (int ix = 0; ix < grid; ++ix) {
            const double v = row[ix];
            line[ix] = v > threshold ? above : v < threshold ? below : v == threshold ? on : qRgb(0x80, 0x80, 0x80);
        }
    }
}

QImage neuronThumbnail(const double* values, int grid, bool discretize, double threshold) {
    QImage image;
    if (discretize) {
        fillThumbnailDiscrete(image, values, grid, threshold);
        return image;
    }
    const long cells = long(grid) * grid;
    double peak = 1.0;
    for (long i = 0; i < cells; ++i) peak = std::max(peak, std::fabs(values[i]));
    fillThumbnail(image, values, grid, peak);
    return image;
}

}  // namespace nnlab::CanvasPalette
