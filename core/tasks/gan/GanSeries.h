#pragma once
// The named series a GAN run reports after every epoch (a block of
// iterations): means over the epoch's updates, and the divergences measured
// at its end (GridDivergence.h).
#include "experiment/History.h"

#include <vector>

namespace nnlab {

enum GanSeries : std::size_t { kDLoss, kGLoss, kDReal, kDFake, kKl, kJs };

std::vector<SeriesInfo> ganSeries();

}  // namespace nnlab
