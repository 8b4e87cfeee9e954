#pragma once
// What the plane and the overview graph both draw from a game's snapshot
// payload (layout in the kind's task header): the payload by name, GAN Lab's
// colours, and the discriminator's heat map as an image.
#include "training/Snapshot.h"

#include <QColor>
#include <QImage>

#include <vector>

namespace nnlab::adversarial {

// Real samples green, generated ones purple (GAN Lab's colours).
inline const QColor kRealColour(27, 158, 119);
inline const QColor kFakeColour(117, 112, 179);

const Payload* findPayload(const Snapshot& s, const char* name);

// D(x) from purple (0: "generated") through white to green (1: "real").
QRgb heatColour(double p);

// The "d_grid" payload as a g x g image, y up; lo and hi get the grid's
// square. A null image if the snapshot has no grid.
QImage heatImage(const Snapshot& s, double* lo = nullptr, double* hi = nullptr);

// The generated density of each cell of the warped noise grid (GAN Lab's
// manifold shading): an n x n grid of points `manifold` (row-major), the
// noise density `weight` at each point; a cell carries the noise mass of its
// corners' mean weight, spread over the area G stretched it to. Row-major
// (n-1) x (n-1) values in [0, 1], 1 for the densest cells (the 95th
// percentile, so one collapsed cell does not wash out the rest).
std::vector<double> manifoldCellDensity(const Matrix& manifold, const Matrix& weight, int n);

}  // namespace nnlab::adversarial
