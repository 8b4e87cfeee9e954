#pragma once
// Generated (or real) images side by side in a grid, as one picture: for the
// sample grid PNG of the CLI and File > Export, and the window's grid.
#include "Types.h"
#include "io/PngWriter.h"

namespace nnlab {

struct SampleGridLayout {
    int columns = 8;
    int gap = 2;    // pixels between images and around them (grey paper)
    int scale = 1;  // each pixel drawn as scale x scale
};

// One image per row of samples, C*H*W values each (NCHW) in [lo, hi]: lo
// black, hi white, clamped. C = 1 gives a grey picture, C = 3 an RGB one.
// Throws ShapeError if shape is not {C, H, W} with C 1 or 3, or the rows are
// not C*H*W long.
RasterImage sampleGrid(const Matrix& samples, const Shape& shape, double lo, double hi, const SampleGridLayout& layout);

// The picture's size for n samples: width and height in pixels.
int sampleGridWidth(Index n, const Shape& shape, const SampleGridLayout& layout);
int sampleGridHeight(Index n, const Shape& shape, const SampleGridLayout& layout);

}  // namespace nnlab
