#include "playground/PointCanvas.h"

#include "playground/DataThumbnails.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace nnlab {

PointCanvas::PointCanvas(QWidget* parent) : QWidget(parent) {
    setMinimumSize(140, 140);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Click to add a point of the chosen class; right-click a point to remove it."));
}

void PointCanvas::setPoints(const Matrix& points, const Matrix& targets) {
    m_points = points;
    m_targets = targets;
    update();
}

QRectF PointCanvas::plotArea() const {
    const double side = std::min(width(), height()) - 2.0;
    return QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side);
}

QPointF PointCanvas::toPlane(const QPointF& pos) const {
    const QRectF a = plotArea();
    return {-6.0 + 12.0 * (pos.x() - a.left()) / a.width(), -6.0 + 12.0 * (a.bottom() - pos.y()) / a.height()};
}

QPointF PointCanvas::toWidget(double x1, double x2) const {
    const QRectF a = plotArea();
    return {a.left() + (x1 + 6.0) / 12.0 * a.width(), a.bottom() - (x2 + 6.0) / 12.0 * a.height()};
}

void PointCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF a = plotArea();
    painter.fillRect(a, QColor(0xfb, 0xfb, 0xfb));
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    painter.drawLine(QPointF(a.center().x(), a.top()), QPointF(a.center().x(), a.bottom()));
    painter.drawLine(QPointF(a.left(), a.center().y()), QPointF(a.right(), a.center().y()));
    painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
    painter.drawRect(a);
    int classes = 2;
    for (Index i = 0; i < m_targets.rows(); ++i) classes = std::max(classes, int(m_targets(i, 0)) + 1);
    paintPoints(painter, a, m_points, m_targets, classes, std::max(2.5, a.width() / 70.0));
    if (m_points.rows() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(a, Qt::AlignCenter | Qt::TextWordWrap, tr("Click to add points"));
    }
}

void PointCanvas::mousePressEvent(QMouseEvent* event) {
    if (!plotArea().contains(event->position())) return;
    const QPointF p = toPlane(event->position());
    if (event->button() == Qt::LeftButton)
        emit addRequested(p.x(), p.y());
    else if (event->button() == Qt::RightButton)
        emit removeRequested(p.x(), p.y());
}

}  // namespace nnlab
