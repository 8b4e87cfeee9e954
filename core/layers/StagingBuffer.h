#pragma once
// The float staging buffers of the layers whose products can run in single
// precision (Precision.h: Dense, Conv2d, ConvTranspose2d).
#include "Types.h"

namespace nnlab {

// rows x cols of zeros when the layer computes in single precision, empty
// (no memory) when it does not.
inline MatrixF stagingBuffer(bool single, Index rows, Index cols) {
    return single ? MatrixF::Zero(rows, cols) : MatrixF();
}

}  // namespace nnlab
