#include "playground/DataThumbnails.h"

#include "common/MapColors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace nnlab {

void paintPoints(QPainter& painter, const QRectF& area, const Matrix& points, const Matrix& labels, int numClasses,
                 double radius) {
    double range = 1.0;
    if (numClasses <= 0)
        for (Index i = 0; i < labels.rows(); ++i) range = std::max(range, std::abs(labels(i, 0)));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    for (Index i = 0; i < points.rows() && i < labels.rows(); ++i) {
        if (points.cols() < 2) break;
        const double x = area.left() + (points(i, 0) + 6.0) / 12.0 * area.width();
        const double y = area.bottom() - (points(i, 1) + 6.0) / 12.0 * area.height();
        if (!area.adjusted(-radius, -radius, radius, radius).contains(x, y)) continue;
        const QColor c = numClasses > 0 ? MapColors::classColor(int(std::lround(labels(i, 0))))
                                        : MapColors::valueColor(labels(i, 0) / range);
        painter.setBrush(c);
        painter.drawEllipse(QPointF(x, y), radius, radius);
    }
    painter.restore();
}

QPixmap dataThumbnail(const GeneratorInfo& generator, int classes, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(QColor(0xf7, 0xf7, 0xf7));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF area(1, 1, size - 2, size - 2);
    if (generator.source == DataSource::Formula) {
        DataSpec spec;
        spec.generator = generator.name;
        spec.points = 200;
        spec.noise = 0.0;
        spec.trainRatio = 1.0;
        spec.classes = generator.supportsClasses ? std::clamp(classes, generator.minClasses, generator.maxClasses) : 2;
        try {
            const LoadedData data = loadData(spec);
            paintPoints(painter, area, data.data.points, data.data.targets, data.data.numClasses, size / 40.0 + 0.6);
        } catch (const std::exception&) {
            painter.drawText(area, Qt::AlignCenter, QStringLiteral("?"));
        }
    } else if (generator.source == DataSource::Csv) {
        // A small table: header row and a few lines.
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
        const double w = area.width() * 0.7, h = area.height() * 0.6;
        const QRectF table(area.center().x() - w / 2, area.center().y() - h / 2, w, h);
        painter.fillRect(QRectF(table.topLeft(), QSizeF(w, h / 5)), QColor(0xd0, 0xd8, 0xe0));
        painter.drawRect(table);
        for (int r = 1; r < 5; ++r) painter.drawLine(QPointF(table.left(), table.top() + r * h / 5), QPointF(table.right(), table.top() + r * h / 5));
        for (int c = 1; c < 3; ++c) painter.drawLine(QPointF(table.left() + c * w / 3, table.top()), QPointF(table.left() + c * w / 3, table.bottom()));
    } else {
        // Drawn points: a few dots of two colours and a pencil stroke.
        const double s = area.width();
        painter.setPen(Qt::NoPen);
        const QPointF dots[] = {{0.25, 0.3}, {0.35, 0.2}, {0.3, 0.45}, {0.7, 0.7}, {0.62, 0.8}, {0.78, 0.6}};
        for (int i = 0; i < 6; ++i) {
            painter.setBrush(MapColors::classColor(i < 3 ? 0 : 1));
            painter.drawEllipse(QPointF(area.left() + dots[i].x() * s, area.top() + dots[i].y() * s), s / 16, s / 16);
        }
        painter.setPen(QPen(QColor(0x40, 0x40, 0x40), std::max(1.5, s / 25), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(area.left() + 0.3 * s, area.top() + 0.8 * s), QPointF(area.left() + 0.75 * s, area.top() + 0.3 * s));
    }
    painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(0.5, 0.5, size - 1, size - 1));
    return pixmap;
}

}  // namespace nnlab
