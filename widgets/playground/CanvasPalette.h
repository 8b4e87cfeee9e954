#pragma once
// Colours of the network canvas, as TensorFlow Playground draws them
// (src/playground.ts colorScale): orange for negative, light grey for zero,
// blue for positive, on neuron thumbnails and on edges alike.
#include <QColor>
#include <QImage>

namespace nnlab {

namespace CanvasPalette {

inline const QColor kNegative{0xf5, 0x93, 0x22};
inline const QColor kZero{0xe8, 0xea, 0xeb};
inline const QColor kPositive{0x08, 0x77, 0xbd};

// t in [-1, 1] (clamped): orange - grey - blue.
QRgb diverging(double t);
// The edge colour of weight w: faint near 0, full at |w| >= 1.
QColor weightColor(double w);
// A weight of exactly 0 (L1 pruned it, or a zero initialisation): a dashed
// grey edge that passes nothing, as Playground draws its dead links.
inline const QColor kDeadEdge{0xa8, 0xac, 0xb0};
// Edge width in pixels for |w|, scaled with the neuron size (1 = 36 px nodes).
double weightWidth(double w, double scale);
// Fills img (grid x grid, Format_RGB32) from values[iy * grid + ix], iy = 0
// at the bottom of the plane, divided by `scale` before colouring.
void fillThumbnail(QImage& img, const double* values, int grid, double scale, long stride = 1);
// Discretized (Playground's "Discretize output"): blue above threshold,
// orange below, the zero grey on it.
void fillThumbnailDiscrete(QImage& img, const double* values, int grid, double threshold);

// A neuron's thumbnail from its map (grid x grid values, as fillThumbnail
// reads them): values within [-1, 1] keep Playground's fixed scale, larger
// ones are divided by their peak. Pure QImage work: any thread may call it.
QImage neuronThumbnail(const double* values, int grid, bool discretize, double threshold);

}  // namespace CanvasPalette

}  // namespace nnlab
