#pragma once
// The colours of data and network values, in one place so that every view
// (decision map, thumbnails, drawing pad, plots) agrees. Class 0 and class 1
// are TensorFlow Playground's orange and blue; values run orange (negative)
// through white to blue (positive).
#include <QColor>

class QCPColorGradient;

namespace nnlab {

namespace MapColors {

constexpr int kMaxClassColors = 6;
QColor classColor(int k);            // class k's full colour
QColor valueColor(double v);         // v in [-1, 1]: orange .. white .. blue
// class colour blended towards white: confidence 0 = white, 1 = full colour
QColor classShade(int k, double confidence);
QColor trainOutline();
QColor testOutline();

// Orange - white - blue over the gradient's range (regression, neuron maps, binary p).
QCPColorGradient divergingGradient(bool discrete);
// K bands, band k from near white (low confidence) to class k's colour.
// A value (k + c) / K, c in [0, 1), is class k with confidence c.
QCPColorGradient classGradient(int numClasses, bool discrete);

}  // namespace MapColors

}  // namespace nnlab
