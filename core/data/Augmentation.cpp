// Augmentation of one training image (rules in Augmentation.h).
#include "data/Augmentation.h"

#include <cmath>

namespace nnlab {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Geometry {
    Index channels, height, width;
    Index dx, dy;
    bool mirror;
    double angle;  // radians; 0: whole-pixel moves only
};

// Whole-pixel moves and the mirror: every output pixel is one input pixel.
void moveAndMirror(Eigen::Ref<RowVector> row, const Geometry& g, double background, Eigen::Ref<const RowVector> in) {
    for (Index c = 0; c < g.channels; ++c)
        for (Index y = 0; y < g.height; ++y)
            for (Index x = 0; x < g.width; ++x) {
                // Output pixel (x, y) shows input pixel (x - dx, y - dy), mirrored first.
                const Index sy = y - g.dy;
                const Index shiftedX = x - g.dx;
                const Index sx = g.mirror ? g.width - 1 - shiftedX : shiftedX;
                const bool inside = sy >= 0 && sy < g.height && sx >= 0 && sx < g.width && shiftedX >= 0 && shiftedX < g.width;
                row((c * g.height + y) * g.width + x) = inside ? in((c * g.height + sy) * g.width + sx) : background;
            }
}

// With a turn: each output pixel is read between four input pixels.
void turnMoveAndMirror(Eigen::Ref<RowVector> row, const Geometry& g, double background, Eigen::Ref<const RowVector> in) {
    const double cx = 0.5 * double(g.width - 1), cy = 0.5 * double(g.height - 1);
    const double cosA = std::cos(g.angle), sinA = std::sin(g.angle);
    for (Index y = 0; y < g.height; ++y)
        for (Index x = 0; x < g.width; ++x) {
            // Undo the move, then the turn (by -angle about the centre), then the mirror.
            const double mx = double(x - g.dx) - cx, my = double(y - g.dy) - cy;
            double sx = cosA * mx + sinA * my + cx;
            const double sy = -sinA * mx + cosA * my + cy;
            if (g.mirror) sx = double(g.width - 1) - sx;
            const double fx = std::floor(sx), fy = std::floor(sy);
            const double tx = sx - fx, ty = sy - fy;
            const Index x0 = Index(fx), y0 = Index(fy);
            for (Index c = 0; c < g.channels; ++c) {
                const auto at = [&](Index px, Index py) {
                    return px >= 0 && px < g.width && py >= 0 && py < g.height ? in((c * g.height + py) * g.width + px)
                                                                               : background;
                };
                const double top = (1.0 - tx) * at(x0, y0) + tx * at(x0 + 1, y0);
                const double bottom = (1.0 - tx) * at(x0, y0 + 1) + tx * at(x0 + 1, y0 + 1);
                row((c * g.height + y) * g.width + x) = (1.0 - ty) * top + ty * bottom;
            }
        }
}

}  // namespace

void augmentImage(Eigen::Ref<RowVector> row, const Shape& shape, const AugmentSpec& spec, Rng& rng,
                  Eigen::Ref<RowVector> scratch) {
    if (!spec.active() || shape.dims.size() != 3 || shape.size() != row.size()) return;
    Geometry g{shape.dims[0], shape.dims[1], shape.dims[2], 0, 0, false, 0.0};
    g.dx = spec.shift > 0 ? Index(uniformIndex(rng, std::uint64_t(2 * spec.shift + 1))) - spec.shift : 0;
    g.dy = spec.shift > 0 ? Index(uniformIndex(rng, std::uint64_t(2 * spec.shift + 1))) - spec.shift : 0;
    g.mirror = spec.flip && uniformIndex(rng, 2) == 1;
    if (spec.rotation > 0.0) g.angle = uniform(rng, -spec.rotation, spec.rotation) * kPi / 180.0;
    if (g.dx != 0 || g.dy != 0 || g.mirror || g.angle != 0.0) {
        const double background = row.minCoeff();
        scratch = row;
        if (g.angle != 0.0) turnMoveAndMirror(row, g, background, scratch);
        else moveAndMirror(row, g, background, scratch);
    }
    if (spec.noise > 0.0)
        for (Index i = 0; i < row.size(); ++i) row(i) += normal(rng, 0.0, spec.noise);
}

}  // namespace nnlab
