#pragma once
// Small previews of every data source for the generator picker: 200
// noise-free points of each formula generator (as Playground's 100 px
// thumbnails), a table sketch for CSV and a pencil-and-dots sketch for
// drawn points.
#include "data/Dataset.h"

#include <QPixmap>

namespace nnlab {

QPixmap dataThumbnail(const GeneratorInfo& generator, int classes, int size);
// Points (n, 2) over [-6, 6]^2 coloured by label (class index, or value when numClasses == 0).
void paintPoints(QPainter& painter, const QRectF& area, const Matrix& points, const Matrix& labels, int numClasses,
                 double radius);

}  // namespace nnlab
