// Augmentation of one training image (rules in Augmentation.h).
#include "data/Augmentation.h"

namespace nnlab {

void augmentImage(Eigen::Ref<RowVector> row, const Shape& shape, const AugmentSpec& spec, Rng& rng,
                  Eigen::Ref<RowVector> scratch) {
    if (!spec.active() || shape.dims.size() != 3 || shape.size() != row.size()) return;
    const Index channels = shape.dims[0], height = shape.dims[1], width = shape.dims[2];
    const Index dx = spec.shift > 0 ? Index(uniformIndex(rng, std::uint64_t(2 * spec.shift + 1))) - spec.shift : 0;
    const Index dy = spec.shift > 0 ? Index(uniformIndex(rng, std::uint64_t(2 * spec.shift + 1))) - spec.shift : 0;
    const bool mirror = spec.flip && uniformIndex(rng, 2) == 1;
    if (dx != 0 || dy != 0 || mirror) {
        const double background = row.minCoeff();
        scratch = row;
        for (Index c = 0; c < channels; ++c)
            for (Index y = 0; y < height; ++y)
                for (Index x = 0; x < width; ++x) {
                    // Output pixel (x, y) shows input pixel (x - dx, y - dy), mirrored first.
                    const Index sy = y - dy;
                    const Index shiftedX = x - dx;
                    const Index sx = mirror ? width - 1 - shiftedX : shiftedX;
                    const bool inside = sy >= 0 && sy < height && sx >= 0 && sx < width && shiftedX >= 0 && shiftedX < width;
                    row((c * height + y) * width + x) = inside ? scratch((c * height + sy) * width + sx) : background;
                }
    }
    if (spec.noise > 0.0)
        for (Index i = 0; i < row.size(); ++i) row(i) += normal(rng, 0.0, spec.noise);
}

}  // namespace nnlab
