#pragma once
// A decoded image file as one sample of an image set: C*H*W values in 0..1,
// NCHW order (docs/data-layout.md), for any file size and colour type.
//   1. A transparent pixel is put on white, as an image viewer shows it:
//        v = (a * v + (255 - a) * 255) / 255  per colour channel.
//   2. Stretched to height x width (the aspect ratio is not kept, as
//      torchvision's Resize((h, w))), each axis on its own:
//        shrinking: an output pixel is the mean of the input pixels it
//          covers, each weighted by the share it covers (area averaging;
//          no aliasing when a photo becomes 28 x 28);
//        enlarging: bilinear between the two nearest input pixel centres,
//          with half-pixel centres (PyTorch's align_corners=False).
//      The same size keeps every value as it is.
//   3. One channel: the luma Y = 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601);
//      three channels: R, G, B.
//   4. Divided by 255, as the IDX sets' bytes.
#include "Types.h"
#include "data/ImageDecoder.h"

namespace nnlab {

// shape {C, H, W} with C 1 or 3; other shapes throw ShapeError.
RowVector imageSample(const DecodedImage& image, const Shape& shape);

// decodeImage + imageSample: one file as the network's raw input.
RowVector readImageSample(const std::string& path, const Shape& shape);

}  // namespace nnlab
