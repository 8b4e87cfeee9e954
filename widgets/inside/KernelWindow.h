#pragma once
// The numbers of CNN Explainer's kernel math panel for one position of the
// sweep: the input values a conv (or pooling) window covers at one output
// cell of one input channel, the kernel's weights there, their element-wise
// products and the products' sum. For a conv unit the sums over the input
// channels, plus the bias, are the engine's value at that cell.
#include "inside/InsideFrame.h"

#include <vector>

namespace nnlab {

struct KernelWindow {
    int size = 0;                 // k: the window is k x k, row-major below
    std::vector<double> inputs;   // 0 where the window lies in the padding
    std::vector<bool> inside;     // false: a padded cell
    std::vector<double> weights;  // conv only (empty for pooling)
    std::vector<double> products; // inputs x weights (conv only)
    double sum = 0.0;             // of the products
};

// `stage` a conv or pooling stage of the frame, `unit` its output channel,
// `channel` the input channel (pooling: the unit's own), (row, column) the output cell.
KernelWindow kernelWindow(const InsideFrame& frame, int stage, int unit, int channel, int row, int column);

}  // namespace nnlab
