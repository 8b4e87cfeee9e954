#include "playground/ReadyColorMap.h"

#include <QPainter>

#include <cmath>

namespace nnlab {

ReadyColorMap::ReadyColorMap(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPColorMap(keyAxis, valueAxis) {}

void ReadyColorMap::setCells(std::shared_ptr<const std::vector<double>> cells, int keys, int values) {
    m_cells = std::move(cells);
    m_keys = keys;
    m_values = values;
    ++m_revision;
}

ReadyColorMap::Recipe ReadyColorMap::recipe() const {
    Recipe r;
    r.revision = m_revision;
    r.cells = m_cells;
    r.keys = m_keys;
    r.values = m_values;
    r.gradient = gradient();
    r.dataRange = dataRange();
    r.interpolate = interpolate();
    r.antialiased = antialiased();
    if (!m_cells || m_keys < 2 || m_values < 2 || !mKeyAxis || !mValueAxis) return r;
    // The cells' centres span the data ranges; the picture reaches half a
    // cell beyond them and is clipped back to the centres (tight boundary).
    const QCPColorMapData* d = data();
    const QRectF centres = QRectF(coordsToPixels(d->keyRange().lower, d->valueRange().lower),
                                  coordsToPixels(d->keyRange().upper, d->valueRange().upper)).normalized();
    const double halfW = 0.5 * centres.width() / double(m_keys - 1);
    const double halfH = 0.5 * centres.height() / double(m_values - 1);
    r.imageRect = centres.adjusted(-halfW, -halfH, halfW, halfH);
    r.clipRect = tightBoundary() ? centres : r.imageRect;
    r.dpr = parentPlot() ? parentPlot()->bufferDevicePixelRatio() : 1.0;
    return r;
}

ReadyColorMap::Picture ReadyColorMap::paint(const Recipe& recipe) {
    Picture out;
    out.recipe = recipe;
    out.recipe.cells.reset();
    if (!recipe.cells || recipe.clipRect.isEmpty() || int(recipe.cells->size()) != recipe.keys * recipe.values) return out;
    // One pixel per cell, the plane's top row first; without interpolation
    // QCustomPlot doubles small maps (nearest) before drawing, and so does this.
    QImage cells(recipe.keys, recipe.values, QImage::Format_ARGB32_Premultiplied);
    QCPColorGradient gradient = recipe.gradient;
    for (int iy = 0; iy < recipe.values; ++iy)
        gradient.colorize(recipe.cells->data() + std::size_t(iy) * std::size_t(recipe.keys), recipe.dataRange,
                          reinterpret_cast<QRgb*>(cells.scanLine(recipe.values - 1 - iy)), recipe.keys);
    if (!recipe.interpolate) {
        const int kf = int(1.0 + 100.0 / double(recipe.keys)), vf = int(1.0 + 100.0 / double(recipe.values));
        if (kf > 1 || vf > 1)
            cells = cells.scaled(recipe.keys * kf, recipe.values * vf, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    }
    // QCPPainter shifts antialiased drawing by half a pixel on raster devices.
    const QPointF shift = recipe.antialiased ? QPointF(0.5, 0.5) : QPointF(0, 0);
    const QRect aligned = recipe.clipRect.translated(shift).toAlignedRect();
    out.origin = aligned.topLeft();
    out.image = QImage((QSizeF(aligned.size()) * recipe.dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    out.image.setDevicePixelRatio(recipe.dpr);
    out.image.fill(Qt::transparent);
    QPainter painter(&out.image);
    painter.setRenderHint(QPainter::Antialiasing, recipe.antialiased);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, recipe.interpolate);
    painter.translate(shift - QPointF(out.origin));  // whole pixels: the sampling grid stays the plot's
    painter.setClipRect(recipe.clipRect);
    painter.drawImage(recipe.imageRect, cells);
    return out;
}

void ReadyColorMap::setPicture(Picture picture) { m_picture = std::move(picture); }

bool ReadyColorMap::askOnce(const Recipe& recipe) {
    if (recipe.sameLook(m_asked)) return false;
    m_asked = recipe;
    m_asked.cells.reset();
    return true;
}

void ReadyColorMap::draw(QCPPainter* painter) {
    const bool vectorized = painter->modes().testFlag(QCPPainter::pmVectorized);
    const Recipe wanted = recipe();
    const bool current = hasPictureFor(wanted);
    if (!vectorized && (current || hasEarlierPictureFor(wanted))) {
        ++m_blits;
        // Without QCPPainter's antialiasing half-pixel shift: a 1:1 copy of whole pixels.
        painter->setAntialiasing(false);
        painter->drawImage(QPointF(m_picture.origin), m_picture.image);
    } else {
        ++m_ownDraws;
        QCPColorMap::draw(painter);
    }
    // On screen, a picture for this revision and geometry is wanted (asked once).
    if (!current && !vectorized && m_onStale && wanted.cells && !m_staleAt.sameLook(wanted)) {
        m_staleAt = wanted;
        m_staleAt.cells.reset();
        m_onStale();
    }
}

}  // namespace nnlab
