#pragma once
// Per-sample augmentation of training images (data.augment): each time a
// training image goes into a batch it is moved by up to `shift` pixels in x
// and y (uniform whole pixels; the uncovered border takes the image's
// smallest value, its background), mirrored left-right with probability 1/2
// if `flip`, turned about its centre by an angle drawn uniformly from
// [-rotation, +rotation] degrees (bilinear between the four nearest pixels;
// corners that come from outside take the background), and gets Gaussian
// noise of standard deviation `noise` (in the network's input units). Test
// images and predictions are never changed.
// The image is mirrored first, then turned, then moved:
//   out(p) = in(mirror(R(-angle) (p - shift - c) + c)),  c = the image centre.
// Draws from the task's generator (shift x, shift y, flip, angle, noise, each
// only when its setting is on), so a seed still fixes the run; without
// augmentation nothing is drawn and runs are as before.
#include "Types.h"
#include "random/Rng.h"

namespace nnlab {

constexpr double kMaxAugmentRotation = 180.0;

struct AugmentSpec {
    int shift = 0;          // pixels, 0 .. 8
    bool flip = false;
    double noise = 0.0;     // 0 .. 1
    double rotation = 0.0;  // degrees, 0 .. kMaxAugmentRotation
    bool active() const { return shift > 0 || flip || noise > 0.0 || rotation > 0.0; }
    bool operator==(const AugmentSpec& o) const {
        return shift == o.shift && flip == o.flip && noise == o.noise && rotation == o.rotation;
    }
};

// row: one image, C*H*W values in NCHW order (shape {C, H, W}); scratch: a
// buffer of the row's size, so nothing is allocated in the training step.
void augmentImage(Eigen::Ref<RowVector> row, const Shape& shape, const AugmentSpec& spec, Rng& rng,
                  Eigen::Ref<RowVector> scratch);

}  // namespace nnlab
