// Digits: 28x28 one-channel images of the digits 0-9 drawn as pen strokes,
// so image lessons and tests work without any package. Each digit is a few
// lines and elliptic arcs in a unit box (x right, y down); every image draws
// it with its own pen thickness (1 to 2.4 pixels), slant, rotation, size,
// aspect, bend and shift (up to 2.5 pixels), then adds Gaussian pixel noise of
// standard deviation `noise`; pixels stay in 0..1 (ink 1, paper 0, as MNIST
// scaled). A pixel's ink falls off linearly over one pixel at the stroke's
// edge, which smooths the lines as a scanned pen line is.
#include "data/Functions.h"
#include "random/Rng.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace nnlab {
namespace {

constexpr Index kSide = 28;
constexpr double kPi = 3.14159265358979323846;

struct Point {
    double x, y;
};
using Stroke = std::vector<Point>;

Stroke line(Point a, Point b) { return {a, b}; }

// An elliptic arc from angle `from` to `to` in degrees (0 = right, 90 = down).
Stroke arc(Point centre, double rx, double ry, double from, double to) {
    Stroke s;
    const int pieces = std::max(4, int(std::abs(to - from) / 15.0));
    for (int i = 0; i <= pieces; ++i) {
        const double t = (from + (to - from) * i / pieces) * kPi / 180.0;
        s.push_back({centre.x + rx * std::cos(t), centre.y + ry * std::sin(t)});
    }
    return s;
}

std::vector<Stroke> digitStrokes(int digit) {
    switch (digit) {
        case 0: return {arc({0.5, 0.5}, 0.34, 0.47, 0, 360)};
        case 1: return {line({0.55, 0.03}, {0.55, 0.97}), line({0.33, 0.22}, {0.55, 0.03})};
        case 2: return {arc({0.5, 0.3}, 0.33, 0.26, -165, 30), line({0.79, 0.43}, {0.13, 0.97}),
                        line({0.13, 0.97}, {0.88, 0.97})};
        case 3: return {arc({0.5, 0.27}, 0.3, 0.24, -150, 90), arc({0.5, 0.74}, 0.35, 0.25, -90, 150)};
        case 4: return {line({0.66, 0.97}, {0.66, 0.03}), line({0.66, 0.03}, {0.12, 0.68}),
                        line({0.12, 0.68}, {0.9, 0.68})};
        case 5: return {line({0.84, 0.03}, {0.26, 0.03}), line({0.26, 0.03}, {0.21, 0.44}),
                        arc({0.5, 0.68}, 0.35, 0.3, -145, 150)};
        case 6: return {arc({0.58, 0.58}, 0.42, 0.55, -70, -180), line({0.16, 0.58}, {0.18, 0.72}),
                        arc({0.5, 0.72}, 0.32, 0.25, 0, 360)};
        case 7: return {line({0.1, 0.03}, {0.9, 0.03}), line({0.9, 0.03}, {0.42, 0.97})};
        case 8: return {arc({0.5, 0.26}, 0.27, 0.23, 0, 360), arc({0.5, 0.73}, 0.34, 0.25, 0, 360)};
        default: return {arc({0.5, 0.3}, 0.32, 0.27, 0, 360), line({0.82, 0.3}, {0.7, 0.97})};
    }
}

double segmentDistance(Point p, Point a, Point b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return std::sqrt(ex * ex + ey * ey);
}

// The random hand of one image: where the unit box lands in pixels.
struct Hand {
    double thickness, slant, rotation, width, height, bend, shiftX, shiftY;
    Point place(Point u) const {
        // Centred, bent (a bow along the height), sheared by the slant, scaled, rotated, moved.
        const double y = u.y - 0.5;
        const double x = u.x - 0.5 + bend * std::sin(kPi * u.y) - slant * y;
        const double px = x * width, py = y * height;
        const double c = std::cos(rotation), s = std::sin(rotation);
        return {kSide / 2.0 + shiftX + c * px - s * py, kSide / 2.0 + shiftY + s * px + c * py};
    }
};

Hand randomHand(Rng& rng) {
    Hand h;
    h.thickness = uniform(rng, 1.0, 2.4);
    h.slant = uniform(rng, -0.15, 0.35);
    h.rotation = uniform(rng, -0.15, 0.15);
    h.height = uniform(rng, 16.0, 21.0);
    h.width = h.height * uniform(rng, 0.55, 0.8);
    h.bend = uniform(rng, -0.06, 0.06);
    h.shiftX = uniform(rng, -2.5, 2.5);
    h.shiftY = uniform(rng, -2.0, 2.0);
    return h;
}

}  // namespace

void digitsGenerate(Dataset& d, double noise, Rng& rng) {
    std::array<std::vector<Stroke>, 10> shapes;
    for (int k = 0; k < 10; ++k) shapes[std::size_t(k)] = digitStrokes(k);
    std::vector<std::pair<Point, Point>> segments;
    for (Index i = 0; i < d.size(); ++i) {
        const int digit = int(i % 10);
        const Hand hand = randomHand(rng);
        segments.clear();
        for (const Stroke& stroke : shapes[std::size_t(digit)])
            for (std::size_t k = 1; k < stroke.size(); ++k)
                segments.push_back({hand.place(stroke[k - 1]), hand.place(stroke[k])});
        for (Index y = 0; y < kSide; ++y)
            for (Index x = 0; x < kSide; ++x) {
                const Point centre{double(x) + 0.5, double(y) + 0.5};
                double nearest = 1e9;
                for (const auto& [a, b] : segments) nearest = std::min(nearest, segmentDistance(centre, a, b));
                double ink = std::clamp(hand.thickness / 2.0 + 0.5 - nearest, 0.0, 1.0);
                if (noise > 0.0) ink = std::clamp(ink + normal(rng, 0.0, noise), 0.0, 1.0);
                d.points(i, y * kSide + x) = ink;
            }
        d.targets(i, 0) = digit;
    }
}

}  // namespace nnlab
