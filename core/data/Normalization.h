#pragma once
// Per-channel normalisation (data.normalize "per_channel"): each input
// channel is shifted and scaled to mean 0 and standard deviation 1 on the
// training set,  x' = (x - mean_c) / std_c,  and the test set and later
// predictions get the same mean and std. A channel is an image's colour
// channel ({C, H, W}: H*W columns each), a table's column or a coordinate of
// the plane ({d}), a sequence's feature ({T, F}: every F-th column).
#include "Types.h"

#include <vector>

namespace nnlab {

struct ChannelNormalization {
    std::vector<Index> channelOf;  // per column; empty = no normalisation
    std::vector<double> mean, scale;  // per channel; scale = 1 / std (1 for a constant channel)
    bool active() const { return !channelOf.empty(); }
};

// Fitted on the training inputs; a shape that does not match x's columns
// counts every column as its own channel.
ChannelNormalization fitChannelNormalization(const Matrix& x, const Shape& sampleShape);
void applyNormalization(const ChannelNormalization& n, Matrix& x);

}  // namespace nnlab
