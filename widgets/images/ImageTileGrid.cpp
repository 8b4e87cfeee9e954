#include "images/ImageTileGrid.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace nnlab {
namespace {
constexpr int kGap = 6;
const QColor kWrong(200, 40, 40);
}  // namespace

ImageTileGrid::ImageTileGrid(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMouseTracking(true);
}

void ImageTileGrid::setTiles(std::vector<Tile> tiles) {
    const bool countChanged = tiles.size() != m_tiles.size();
    m_tiles = std::move(tiles);
    if (countChanged) updateGeometry();
    update();
}

void ImageTileGrid::setTileSize(int pixels) {
    m_tileSize = std::max(16, pixels);
    updateGeometry();
    update();
}

int ImageTileGrid::cellWidth() const {
    // Room for a caption such as "Sandal (Sneaker)" under a small tile.
    return std::max(m_tileSize, fontMetrics().averageCharWidth() * 10) + kGap;
}

int ImageTileGrid::cellHeight() const { return m_tileSize + fontMetrics().height() + kGap + 4; }

int ImageTileGrid::columnsFor(int width) const { return std::max(1, (width + kGap) / cellWidth()); }

int ImageTileGrid::heightForWidth(int width) const {
    if (m_tiles.empty()) return 0;
    const int rows = (int(m_tiles.size()) + columnsFor(width) - 1) / columnsFor(width);
    return rows * cellHeight();
}

QSize ImageTileGrid::sizeHint() const {
    const int width = 6 * cellWidth();
    return {width, heightForWidth(width)};
}

int ImageTileGrid::tileAt(const QPoint& p) const {
    const int columns = columnsFor(width());
    const int c = p.x() / cellWidth(), r = p.y() / cellHeight();
    const int i = r * columns + c;
    return c < columns && i >= 0 && i < int(m_tiles.size()) ? i : -1;
}

void ImageTileGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const int columns = columnsFor(width());
    const int cw = cellWidth(), ch = cellHeight();
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        const Tile& t = m_tiles[i];
        const int x = int(i) % columns * cw, y = int(i) / columns * ch;
        const QRect image(x + (cw - kGap - m_tileSize) / 2, y + 2, m_tileSize, m_tileSize);
        painter.drawImage(image, t.image);
        painter.setPen(t.wrong ? QPen(kWrong, 3) : QPen(palette().color(QPalette::Mid), 1));
        painter.drawRect(image.adjusted(-1, -1, 0, 0));
        painter.setPen(t.wrong ? kWrong : palette().color(QPalette::WindowText));
        const QRect text(x, image.bottom() + 3, cw - kGap, fontMetrics().height());
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop,
                         fontMetrics().elidedText(t.caption, Qt::ElideRight, text.width()));
    }
}

bool ImageTileGrid::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = tileAt(help->pos());
        if (i >= 0) QToolTip::showText(help->globalPos(), m_tiles[std::size_t(i)].toolTip, this);
        else QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace nnlab
