#pragma once
// An image GAN's real samples: the images of gan.images, loaded as the data
// panel's sets are (core/data, their own seed), pixels 0..1 mapped linearly to
// [lo, hi], the range G's last activation reaches.
#include "Types.h"
#include "tasks/gan/GanSettings.h"

namespace nnlab {

// (samples, C*H*W), shuffled; throws SpecError/DataError naming "gan.images".
Matrix loadGanImages(const GanImages& images, double lo, double hi);

}  // namespace nnlab
