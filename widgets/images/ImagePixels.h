#pragma once
// One sample of an image data set (a row of C*H*W values, NCHW) as a QImage:
// grey for one channel, colour for three, each image scaled to its own range
// so a normalised set is as visible as a raw one.
#include "Types.h"

#include <QImage>

namespace nnlab {

QImage imageFromRow(const Matrix& images, Index row, int channels, int height, int width);

}  // namespace nnlab
