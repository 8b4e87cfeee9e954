#include "inside/DrawingPad.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

// Pen radius in pixels of a 28-pixel image: about the generated digits' thickest stroke.
constexpr double kPenRadius = 1.4;

}  // namespace

DrawingPad::DrawingPad(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("drawingPad"));
    setToolTip(tr("Draw a digit with the mouse: the network's answer and its feature maps follow the pen."));
    setCursor(Qt::CrossCursor);
    m_ink = Matrix::Zero(m_height, m_width);
    m_send.setSingleShot(true);
    m_send.setInterval(80);
    connect(&m_send, &QTimer::timeout, this, [this] { emit drawn(pixels()); });
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DrawingPad::setImageSize(int height, int width) {
    if (height == m_height && width == m_width) return;
    m_height = std::max(4, height);
    m_width = std::max(4, width);
    m_ink = Matrix::Zero(m_height, m_width);
    update();
}

Matrix DrawingPad::pixels() const {
    Matrix row(1, m_ink.size());
    for (int y = 0; y < m_height; ++y)
        for (int x = 0; x < m_width; ++x) row(0, y * m_width + x) = m_ink(y, x);
    return row;
}

bool DrawingPad::isEmpty() const { return m_ink.maxCoeff() <= 0.0; }

void DrawingPad::clear() {
    m_ink.setZero();
    update();
    scheduleSend();
}

bool DrawingPad::loadImage(const QImage& image) {
    if (image.isNull()) return false;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8)
                            .scaled(m_width, m_height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double mean = 0.0;
    for (int y = 0; y < m_height; ++y)
        for (int x = 0; x < m_width; ++x) mean += qGray(grey.pixel(x, y)) / 255.0;
    const bool lightPaper = mean / (m_width * m_height) > 0.5;  // a dark digit on white: ink is the dark part
    for (int y = 0; y < m_height; ++y)
        for (int x = 0; x < m_width; ++x) {
            const double v = qGray(grey.pixel(x, y)) / 255.0;
            m_ink(y, x) = lightPaper ? 1.0 - v : v;
        }
    update();
    emit drawn(pixels());
    return true;
}

QRectF DrawingPad::padRect() const {
    const double side = std::min(width(), height()) - 2;
    return QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side);
}

QPointF DrawingPad::toPixels(const QPointF& p) const {
    const QRectF r = padRect();
    return QPointF((p.x() - r.left()) / r.width() * m_width, (p.y() - r.top()) / r.height() * m_height);
}

void DrawingPad::stamp(QPointF c) {
    // A soft round pen: full ink inside the radius, fading over one pixel.
    const int x0 = int(std::floor(c.x() - kPenRadius - 1)), x1 = int(std::ceil(c.x() + kPenRadius + 1));
    const int y0 = int(std::floor(c.y() - kPenRadius - 1)), y1 = int(std::ceil(c.y() + kPenRadius + 1));
    for (int y = std::max(0, y0); y <= std::min(m_height - 1, y1); ++y)
        for (int x = std::max(0, x0); x <= std::min(m_width - 1, x1); ++x) {
            const double d = std::hypot(x + 0.5 - c.x(), y + 0.5 - c.y());
            const double ink = std::clamp(kPenRadius + 0.5 - d, 0.0, 1.0);
            m_ink(y, x) = std::max(m_ink(y, x), ink);
        }
}

void DrawingPad::drawStroke(QPointF from, QPointF to) {
    const double length = std::hypot(to.x() - from.x(), to.y() - from.y());
    const int steps = std::max(1, int(std::ceil(length * 3)));
    for (int i = 0; i <= steps; ++i) stamp(from + (to - from) * (double(i) / steps));
    update();
    scheduleSend();
}

void DrawingPad::scheduleSend() {
    if (!m_send.isActive()) m_send.start();
}

void DrawingPad::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    m_drawing = true;
    m_last = toPixels(event->position());
    drawStroke(m_last, m_last);
}

void DrawingPad::mouseMoveEvent(QMouseEvent* event) {
    if (!m_drawing) return;
    const QPointF now = toPixels(event->position());
    drawStroke(m_last, now);
    m_last = now;
}

void DrawingPad::mouseReleaseEvent(QMouseEvent*) {
    if (!m_drawing) return;
    m_drawing = false;
    m_send.stop();
    emit drawn(pixels());  // the finished stroke at once
}

void DrawingPad::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRectF r = padRect();
    QImage img(m_width, m_height, QImage::Format_RGB32);
    for (int y = 0; y < m_height; ++y)
        for (int x = 0; x < m_width; ++x) {
            const int g = int(std::lround(255.0 * std::clamp(m_ink(y, x), 0.0, 1.0)));
            img.setPixelColor(x, y, QColor(g, g, g));
        }
    p.drawImage(r, img);
    p.setPen(QColor(120, 120, 120));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    if (isEmpty()) {
        p.setPen(QColor(200, 200, 200));
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("Draw a digit here"));
    }
}

}  // namespace nnlab
