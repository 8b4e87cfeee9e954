#include "adversarial/DistributionPad.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nnlab {

namespace {

// A new point once the mouse has moved this far (in the plane's units): a
// slow stroke and a fast one leave about the same density.
constexpr double kSpacing = 0.03;
constexpr std::size_t kMaxPoints = 2000;

}  // namespace

DistributionPad::DistributionPad(QWidget* parent) : QWidget(parent) {
    setMinimumSize(120, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Drag the mouse to draw where the real samples should lie."));
}

QRectF DistributionPad::square() const {
    const double side = std::min(width(), height()) - 2.0;
    return QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side);
}

QPointF DistributionPad::toWidget(const QPointF& plane) const {
    const QRectF s = square();
    return {s.left() + (plane.x() + 1.0) / 2.0 * s.width(), s.top() + (1.0 - plane.y()) / 2.0 * s.height()};
}

QPointF DistributionPad::toPlane(const QPointF& pos) const {
    const QRectF s = square();
    return {std::clamp((pos.x() - s.left()) / s.width() * 2.0 - 1.0, -1.0, 1.0),
            std::clamp(1.0 - (pos.y() - s.top()) / s.height() * 2.0, -1.0, 1.0)};
}

Matrix DistributionPad::points() const {
    Matrix out(Index(m_points.size()), 2);
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        out(Index(i), 0) = m_points[i].x();
        out(Index(i), 1) = m_points[i].y();
    }
    return out;
}

void DistributionPad::setPoints(const Matrix& points) {
    m_points.clear();
    for (Index i = 0; i < points.rows() && points.cols() == 2; ++i) m_points.emplace_back(points(i, 0), points(i, 1));
    update();
}

void DistributionPad::clear() {
    if (m_points.empty()) return;
    m_points.clear();
    update();
    emit drawingChanged();
}

void DistributionPad::addAt(const QPointF& pos, bool always) {
    if (m_points.size() >= kMaxPoints) return;
    const QPointF p = toPlane(pos);
    if (!always && std::hypot(p.x() - m_last.x(), p.y() - m_last.y()) < kSpacing) return;
    m_points.push_back(p);
    m_last = p;
    update();
    emit drawingChanged();
}

void DistributionPad::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) addAt(event->position(), true);
}

void DistributionPad::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) addAt(event->position(), false);
}

void DistributionPad::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF s = square();
    painter.fillRect(s, QColor(0xf7, 0xf8, 0xfa));
    painter.setPen(QPen(QColor(0xda, 0xdc, 0xe0), 1.0));
    painter.drawLine(QPointF(s.center().x(), s.top()), QPointF(s.center().x(), s.bottom()));
    painter.drawLine(QPointF(s.left(), s.center().y()), QPointF(s.right(), s.center().y()));
    painter.setPen(QPen(QColor(0x9a, 0xa0, 0xa6), 1.0));
    painter.drawRect(s);
    if (m_points.empty()) {
        painter.setPen(QColor(0x5f, 0x63, 0x68));
        painter.drawText(s, Qt::AlignCenter | Qt::TextWordWrap, tr("Draw here"));
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1b, 0x9e, 0x77, 200));  // the plane view's real-sample green
    for (const QPointF& p : m_points) painter.drawEllipse(toWidget(p), 2.5, 2.5);
}

}  // namespace nnlab
