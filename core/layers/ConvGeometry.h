#pragma once
// Sizes of a 2-D convolution or pooling window sweep, and the im2col / col2im
// copies that turn a convolution into one matrix product per sample
// (Chellapilla et al. 2006; BVLC/caffe src/caffe/util/im2col.cpp):
//   output size  O = floor((I + 2p - d (k - 1) - 1) / s) + 1
//   (with d = 1: floor((I + 2p - k) / s) + 1, the notes' (W - F + 2P)/S + 1)
//   cols[(c k + ki) k + kj][oh Wo + ow] = x[c][oh s - p + ki d][ow s - p + kj d],
//   0 where that falls in the padding.
// Options are whole numbers stored as doubles in LayerSpec::options; the
// readers here throw SpecError naming the layer and the option.
#include "Types.h"
#include "spec/LayerSpec.h"

#include <string>

namespace nnlab {

struct ConvGeometry {
    Index channels = 1, height = 1, width = 1;  // the image the window slides over
    Index kernel = 1, stride = 1, padding = 0, dilation = 1;
    Index outHeight = 1, outWidth = 1;          // positions of the window
    Index span() const { return dilation * (kernel - 1) + 1; }  // effective kernel size
    Index rows() const { return channels * kernel * kernel; }   // im2col rows
    Index cols() const { return outHeight * outWidth; }         // im2col columns
};

// floor((in + 2p - d (k - 1) - 1) / s) + 1; 0 or less when the window does not fit.
Index convOutputSize(Index in, Index kernel, Index stride, Index padding, Index dilation = 1);

// A whole-number option of at least `minimum`: "conv2d kernel must be a whole number of at least 1, got 2.5".
Index wholeOption(const LayerSpec& spec, const char* key, double fallback, Index minimum);

// Checks an image input shape {C, H, W}; `what` names the layer in the message.
void requireImage(const Shape& in, const std::string& what);

// image: C*H*W (one NCHW sample); cols: rows() x cols() row-major. Overwrites cols.
// In -> T: double -> double, or -> float for the single-precision products
// (Precision.h); float -> float from an image converted once (each image
// entry lands in up to k^2 columns, so converting first saves conversions).
template <typename In, typename T>
void im2col(const In* image, const ConvGeometry& g, T* cols);
// Adds every column entry back to its image position (the adjoint of im2col);
// image must be zeroed by the caller if it should hold only this sum.
template <typename T>
void col2im(const T* cols, const ConvGeometry& g, double* image);

}  // namespace nnlab
