#include "adversarial/AdversarialImageTiles.h"

#include "io/SampleGrid.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace nnlab {

namespace {

constexpr int kGap = 2;

// One sample as the PNG export draws it (core/io/SampleGrid.h), without a frame.
QImage sampleImage(const Matrix& images, Index row, const Shape& shape, double lo, double hi) {
    SampleGridLayout one;
    one.columns = 1;
    one.gap = 0;
    const RasterImage r = sampleGrid(images.middleRows(row, 1), shape, lo, hi, one);
    const QImage::Format format = r.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    return QImage(r.pixels.data(), r.width, r.height, r.width * r.channels, format).copy();
}

}  // namespace

const QColor AdversarialImageTiles::kFirstMark(33, 150, 243);
const QColor AdversarialImageTiles::kSecondMark(255, 152, 0);

AdversarialImageTiles::AdversarialImageTiles(int columns, QWidget* parent) : QWidget(parent), m_columns(columns) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AdversarialImageTiles::setImages(const Matrix& images, const Shape& shape, double lo, double hi,
                                      const Matrix& probabilities) {
    m_images.clear();
    m_probabilities.clear();
    if (shape.dims.size() == 3 && images.cols() == shape.size())
        for (Index i = 0; i < images.rows(); ++i) m_images.push_back(sampleImage(images, i, shape, lo, hi));
    if (probabilities.rows() == images.rows() && probabilities.cols() == 1)
        m_probabilities.assign(probabilities.data(), probabilities.data() + probabilities.rows());
    updateGeometry();
    update();
}

void AdversarialImageTiles::clear() {
    m_images.clear();
    m_probabilities.clear();
    update();
}

void AdversarialImageTiles::setMarks(int first, int second) {
    m_first = first;
    m_second = second;
    update();
}

int AdversarialImageTiles::rows() const {
    return std::max(1, (int(m_images.size()) + m_columns - 1) / m_columns);
}

int AdversarialImageTiles::tileSide() const {
    const int across = (width() - kGap) / m_columns - kGap, down = (height() - kGap) / rows() - kGap;
    return std::max(4, std::min(across, down));
}

QSize AdversarialImageTiles::sizeHint() const {
    return {m_columns * (48 + kGap) + kGap, rows() * (48 + kGap) + kGap};
}

QSize AdversarialImageTiles::minimumSizeHint() const {
    return {m_columns * (16 + kGap) + kGap, rows() * (16 + kGap) + kGap};
}

QRect AdversarialImageTiles::tileRect(int i) const {
    const int side = tileSide();
    return {kGap + (i % m_columns) * (side + kGap), kGap + (i / m_columns) * (side + kGap), side, side};
}

int AdversarialImageTiles::tileAt(const QPoint& point) const {
    for (int i = 0; i < count(); ++i)
        if (tileRect(i).contains(point)) return i;
    return -1;
}

void AdversarialImageTiles::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    for (int i = 0; i < count(); ++i) {
        const QRect r = tileRect(i);
        // Pixels stay pixels: a blurry digit is the generator's, not the scaling's.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(r, m_images[std::size_t(i)]);
        if (i == m_first || i == m_second) {
            painter.setPen(QPen(i == m_first ? kFirstMark : kSecondMark, 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(1, 1, -2, -2));
        }
    }
}

void AdversarialImageTiles::mousePressEvent(QMouseEvent* event) {
    const int i = tileAt(event->position().toPoint());
    if (i >= 0 && event->button() == Qt::LeftButton) emit tileClicked(i);
    QWidget::mousePressEvent(event);
}

bool AdversarialImageTiles::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = tileAt(help->pos());
        if (i >= 0 && std::size_t(i) < m_probabilities.size())
            QToolTip::showText(help->globalPos(),
                               tr("D(x) = %1: the discriminator's belief that this image is real")
                                   .arg(QLocale().toString(m_probabilities[std::size_t(i)], 'f', 2)),
                               this, tileRect(i));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace nnlab
