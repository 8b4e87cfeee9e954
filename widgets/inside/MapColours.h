#pragma once
// Colours of the look-inside views, as CNN Explainer's: greys for the input,
// a diverging blue-white-red for feature maps (negative blue, zero white,
// positive red), and the colour-scale range chosen per unit, per layer or for
// the whole network.
#include "inside/InsideFrame.h"

#include <QColor>
#include <QImage>

#include <vector>

namespace nnlab {

enum class ColourScale { Unit, Layer, Global };

struct ValueRange {
    double low = 0.0, high = 1.0;
};

// Blue (-limit) to white (0) to red (+limit).
QColor divergingColour(double value, double limit);
// Black (low) to white (high).
QColor greyColour(double value, double low, double high);

// The range a tile of `stage`, channel `channel` is coloured with.
ValueRange tileRange(const InsideFrame& frame, int stage, int channel, ColourScale scale);

// One channel of a stage as an image, one pixel per value.
QImage tileImage(const InsideStage& stage, int channel, const ValueRange& range);
// Every tile picture of a frame, as the overview draws them, per stage: a
// map stage's channels (tileImage on `scale`), or for a strip (flatten,
// logits) one image of 1 x channels, diverging on the stage's range.
// Plain QImages: made on a helper thread.
std::vector<std::vector<QImage>> framePictures(const InsideFrame& frame, ColourScale scale);
// A row-major h x w block of values (a kernel, a part map) as an image, diverging around 0.
QImage valuesImage(const double* values, int height, int width, double limit);

}  // namespace nnlab
