#include "inside/MapColours.h"

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

ValueRange rangeOf(const double* values, Index n) {
    ValueRange r{0.0, 0.0};
    if (n <= 0) return r;
    r.low = r.high = values[0];
    for (Index i = 1; i < n; ++i) {
        r.low = std::min(r.low, values[i]);
        r.high = std::max(r.high, values[i]);
    }
    return r;
}

ValueRange merged(ValueRange a, ValueRange b) { return {std::min(a.low, b.low), std::max(a.high, b.high)}; }

}  // namespace

QColor divergingColour(double value, double limit) {
    if (!std::isfinite(value)) return QColor(255, 0, 255);
    const double t = limit > 0.0 ? std::clamp(value / limit, -1.0, 1.0) : 0.0;
    // White to a deep red (positive) or a deep blue (negative).
    const QColor end = t >= 0.0 ? QColor(178, 24, 43) : QColor(33, 102, 172);
    const double a = std::abs(t);
    return QColor(int(255 + (end.red() - 255) * a), int(255 + (end.green() - 255) * a), int(255 + (end.blue() - 255) * a));
}

QColor greyColour(double value, double low, double high) {
    const double t = high > low ? std::clamp((value - low) / (high - low), 0.0, 1.0) : 0.5;
    const int g = int(std::lround(255.0 * t));
    return QColor(g, g, g);
}

ValueRange tileRange(const InsideFrame& frame, int stage, int channel, ColourScale scale) {
    const InsideStage& st = frame.stages[std::size_t(stage)];
    const Index plane = st.plane();
    if (scale == ColourScale::Unit && st.spatial()) return rangeOf(st.values.data() + channel * plane, plane);
    if (scale != ColourScale::Global || st.kind == inside_view::kInput) return rangeOf(st.values.data(), st.values.size());
    // Global: every feature map of the network (the input keeps its own greys).
    ValueRange r = rangeOf(st.values.data(), st.values.size());
    for (const InsideStage& other : frame.stages)
        if (other.kind != inside_view::kInput && other.spatial())
            r = merged(r, rangeOf(other.values.data(), other.values.size()));
    return r;
}

QImage tileImage(const InsideStage& stage, int channel, const ValueRange& range) {
    QImage img(stage.width, stage.height, QImage::Format_RGB32);
    const double limit = std::max(std::abs(range.low), std::abs(range.high));
    const bool grey = stage.kind == inside_view::kInput;
    for (int y = 0; y < stage.height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < stage.width; ++x) {
            const double v = stage.at(channel, y, x);
            line[x] = (grey ? greyColour(v, range.low, range.high) : divergingColour(v, limit)).rgb();
        }
    }
    return img;
}

std::vector<std::vector<QImage>> framePictures(const InsideFrame& frame, ColourScale scale) {
    std::vector<std::vector<QImage>> out(frame.stages.size());
    for (std::size_t s = 0; s < frame.stages.size(); ++s) {
        const InsideStage& st = frame.stages[s];
        // Only per-unit colouring differs between channels; the other ranges
        // (the whole net's walks every stage) are found once per stage.
        const ValueRange stageRange = tileRange(frame, int(s), 0, scale);
        if (!st.spatial()) {
            const double limit = std::max(std::abs(stageRange.low), std::abs(stageRange.high));
            QImage strip(1, std::max(1, int(st.values.size())), QImage::Format_RGB32);
            for (Index k = 0; k < st.values.size(); ++k)
                reinterpret_cast<QRgb*>(strip.scanLine(int(k)))[0] = divergingColour(st.values(k), limit).rgb();
            out[s].push_back(strip);
            continue;
        }
        for (int c = 0; c < st.channels; ++c)
            out[s].push_back(tileImage(st, c, scale == ColourScale::Unit ? tileRange(frame, int(s), c, scale) : stageRange));
    }
    return out;
}

QImage valuesImage(const double* values, int height, int width, double limit) {
    QImage img(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < width; ++x) line[x] = divergingColour(values[y * width + x], limit).rgb();
    }
    return img;
}

}  // namespace nnlab
