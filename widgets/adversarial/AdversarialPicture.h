#pragma once
// What the plane and the overview graph both draw from a game's snapshot
// payload (layout in the kind's task header): the payload by name, GAN Lab's
// colours, and the discriminator's heat map as an image.
#include "training/Snapshot.h"

#include <QColor>
#include <QImage>

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

}  // namespace nnlab::adversarial
