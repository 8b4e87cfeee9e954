#include "playground/CanvasItems.h"

#include "playground/CanvasPalette.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace nnlab {
namespace {

const QColor kBorder(0x9a, 0xa0, 0xa6);
const QColor kHover(0x20, 0x24, 0x28);
const QColor kSelectedFill(0x08, 0x77, 0xbd, 28);
const QColor kSelectedBorder(0x08, 0x77, 0xbd, 110);
const QColor kDeadWash(0x80, 0x80, 0x80, 170);
const QColor kDeadCross(0xc6, 0x28, 0x28);
const QColor kSaturatedRing(0xf5, 0x93, 0x22);
constexpr qreal kRing = 3.0;  // the saturated ring's width, drawn outside the thumbnail

}  // namespace

// ---- NeuronItem --------------------------------------------------------------

NeuronItem::NeuronItem(int layer, int neuron, qreal size) : m_layer(layer), m_neuron(neuron), m_size(size) {
    setData(kLayerDataKey, layer);
    setZValue(2);
    setAcceptHoverEvents(false);  // the view tracks hovering, one lookup per move
}

QRectF NeuronItem::boundingRect() const {
    const qreal h = m_size / 2 + kRing + 1;
    return QRectF(-h, -h, 2 * h, 2 * h);
}

void NeuronItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget) {
    const QRectF r(-m_size / 2, -m_size / 2, m_size, m_size);
    if (m_image.isNull()) painter->fillRect(r, CanvasPalette::kZero);
    else paintThumbnail(painter, r, widget != nullptr);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(m_hovered ? kHover : kBorder, m_hovered ? 2.0 : 1.0));
    painter->drawRect(r);
    if (m_state == UnitState::Dead) {
        // Greyed, not hidden: the thumbnail still shows the flat output.
        painter->fillRect(r, kDeadWash);
        const qreal in = m_size * 0.2;
        QPen cross(kDeadCross, std::max<qreal>(2.0, m_size / 12));
        cross.setCapStyle(Qt::RoundCap);
        painter->setPen(cross);
        painter->drawLine(QPointF(r.left() + in, r.top() + in), QPointF(r.right() - in, r.bottom() - in));
        painter->drawLine(QPointF(r.left() + in, r.bottom() - in), QPointF(r.right() - in, r.top() + in));
    } else if (m_state == UnitState::Saturated) {
        painter->setPen(QPen(kSaturatedRing, kRing));
        const qreal out = kRing / 2 + 0.5;
        painter->drawRoundedRect(r.adjusted(-out, -out, out, out), 4, 4);
    }
}

void NeuronItem::paintThumbnail(QPainter* painter, const QRectF& r, bool inView) {
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QTransform device = painter->worldTransform() * QTransform::fromScale(dpr, dpr);
    if (!inView || device.type() > QTransform::TxScale) {
        // A figure export (QGraphicsScene::render, perhaps to PDF or SVG) or a
        // rotated view (never the canvas's own): scaled as it is drawn, and the
        // size the helper thread makes thumbnails at stays the view's.
        painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter->drawImage(r, m_image);
        return;
    }
    const QRectF onDevice = device.mapRect(r);
    const QPoint corner(qRound(onDevice.left()), qRound(onDevice.top()));
    const QSize size(std::max(1, qRound(onDevice.right()) - corner.x()), std::max(1, qRound(onDevice.bottom()) - corner.y()));
    m_displaySize = size;
    // Made here only after a zoom, or for an input feature (recoloured only
    // when the plane changes); a training frame's come ready-scaled from the
    // helper thread, which asks displaySize().
    if (m_shown.size() != size) {
        m_shown = m_image.size() == size ? m_image : m_image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        ++m_scaledInPaint;
    }
    if (m_shown.devicePixelRatio() != dpr) m_shown.setDevicePixelRatio(dpr);
    // A blit: one image pixel per device pixel.
    painter->save();
    painter->resetTransform();
    painter->drawImage(QPointF(corner.x() / dpr, corner.y() / dpr), m_shown);
    painter->restore();
}

bool NeuronItem::setState(UnitState state) {
    if (m_state == state) return false;
    m_state = state;
    update();
    return true;
}

void NeuronItem::setMap(const double* values, int grid, double scale, bool discretize, double threshold) {
    if (discretize) CanvasPalette::fillThumbnailDiscrete(m_image, values, grid, threshold);
    else CanvasPalette::fillThumbnail(m_image, values, grid, scale);
    m_shown = QImage();  // scaled at the next paint
    update();
}

void NeuronItem::setThumbnail(const QImage& image, const QImage& shown) {
    m_image = image;
    m_shown = shown;
    update();
}

void NeuronItem::setBias(double bias) {
    const bool changed = !m_hasBias || CanvasPalette::diverging(bias) != CanvasPalette::diverging(m_bias);
    m_bias = bias;
    m_hasBias = true;
    if (changed && m_biasItem) m_biasItem->update();
}

void NeuronItem::addBiasItem() {
    if (!m_biasItem) m_biasItem = new BiasItem(this, std::max<qreal>(7.0, m_size * 0.26));
}

// ---- BiasItem ----------------------------------------------------------------

BiasItem::BiasItem(NeuronItem* neuron, qreal side) : QGraphicsItem(neuron), m_neuron(neuron), m_side(side) {
    setData(kLayerDataKey, neuron->layer());
    // Over the lower left corner, half outside, as Playground places it.
    const qreal half = neuron->size() / 2;
    setPos(-half - side * 0.35, half - side * 0.65);
    setAcceptHoverEvents(false);  // the view tracks hovering
}

QRectF BiasItem::boundingRect() const { return QRectF(-1.5, -1.5, m_side + 3, m_side + 3); }

void BiasItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QRectF r(0, 0, m_side, m_side);
    // Values past +-1 keep the full colour, as the thumbnails' fixed scale.
    painter->fillRect(r, m_neuron->hasBias() ? QColor(CanvasPalette::diverging(m_neuron->bias())) : CanvasPalette::kZero);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(m_hovered ? kHover : QColor(0x5f, 0x63, 0x68), m_hovered ? 2.0 : 1.0));
    painter->drawRect(r);
}

void BiasItem::setHovered(bool on) {
    if (m_hovered == on) return;
    m_hovered = on;
    update();
}

void NeuronItem::setHovered(bool on) {
    if (m_hovered == on) return;
    m_hovered = on;
    update();
}

// ---- EdgeItem ----------------------------------------------------------------

EdgeItem::EdgeItem(int layer, int row, int col, QPointF from, QPointF to, qreal scale)
    : m_layer(layer), m_row(row), m_col(col), m_scale(scale) {
    setData(kLayerDataKey, layer);
    setZValue(1.2);  // above the EdgeLayer, so hovering finds the edge, not the layer
    setFlag(QGraphicsItem::ItemHasNoContents, true);  // until hovered: the view skips it when painting
    const qreal midX = (from.x() + to.x()) / 2;
    m_path.moveTo(from);
    m_path.cubicTo(QPointF(midX, from.y()), QPointF(midX, to.y()), to);
    // A thin edge is hard to hit; hover and click use a band of at least 7 px.
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(7.0, 3.0 * scale));
    m_hoverShape = stroker.createStroke(m_path);
    const qreal margin = CanvasPalette::weightWidth(1e9, scale) / 2 + 2;  // the widest pen
    m_bounds = m_path.boundingRect().adjusted(-margin, -margin, margin, margin);
    m_pen = QPen(CanvasPalette::kZero, CanvasPalette::weightWidth(0.0, scale));
    m_pen.setCapStyle(Qt::FlatCap);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (!m_hovered) return;  // the EdgeLayer has drawn it
    painter->setBrush(Qt::NoBrush);
    QPen halo(kHover, m_pen.widthF() + 2.0);
    halo.setCapStyle(Qt::FlatCap);
    painter->setPen(halo);
    painter->drawPath(m_path);
    painter->setPen(m_pen);
    painter->drawPath(m_path);
}

bool EdgeItem::setWeight(double w) {
    m_weight = w;
    m_hasWeight = true;
    // Drawn in steps of 1/64: a weight creeping by 1e-4 per frame does not
    // cost a repaint of every edge.
    const double shown = std::isfinite(w) ? std::round(w * 64.0) / 64.0 : w;
    // Only exactly 0 is dead: 0.001 rounds to 0 here but still passes a signal.
    const bool dead = w == 0.0;
    const QColor c = dead ? CanvasPalette::kDeadEdge : CanvasPalette::weightColor(shown);
    const qreal width = dead ? std::max<qreal>(1.0, m_scale) : CanvasPalette::weightWidth(shown, m_scale);
    const Qt::PenStyle style = dead ? Qt::DashLine : Qt::SolidLine;
    if (c == m_pen.color() && width == m_pen.widthF() && style == m_pen.style()) return false;
    m_pen.setColor(c);
    m_pen.setWidthF(width);
    m_pen.setStyle(style);
    if (m_hovered) update();
    return true;
}

// ---- EdgeLayer ---------------------------------------------------------------

EdgeLayer::EdgeLayer(std::vector<EdgeItem*> edges) : m_edges(std::move(edges)) {
    for (const EdgeItem* e : m_edges) m_bounds |= e->boundingRect();
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
}

namespace {

struct EdgeStroke {
    QPainterPath path;
    QPen pen;
};

// The picture's pixel (0, 0) is the device pixel at the floor of the bounds'
// top left; (fx, fy) is where that corner falls inside it.
QTransform pictureTransform(const QRectF& bounds, const EdgeLayer::Placement& p) {
    return QTransform(p.sx, 0, 0, p.sy, p.fx - bounds.left() * p.sx, p.fy - bounds.top() * p.sy);
}

// The view paints the region of the changed items (the canvas, a legend over
// it): under such a clip Qt cannot copy the picture row by row and blends it
// span by span instead, and a blend of more than about a hundred spans it
// splits over its thread pool while the GUI thread waits for the pool's
// threads (10-30 ms on a busy machine, for 1 ms of work). Strips of a few
// rows stay on this thread.
void blitInStrips(QPainter* painter, const QPointF& at, const QImage& picture) {
    constexpr int kStripRows = 16;
    const qreal dpr = picture.devicePixelRatio();
    for (int y = 0; y < picture.height(); y += kStripRows) {
        const QRect strip(0, y, picture.width(), std::min(kStripRows, picture.height() - y));
        painter->drawImage(at + QPointF(0, y / dpr), picture, strip);
    }
}

}  // namespace

std::function<QImage()> EdgeLayer::pictureJob(const Placement& placement) const {
    std::vector<EdgeStroke> strokes;
    strokes.reserve(m_edges.size());
    for (const EdgeItem* e : m_edges) strokes.push_back({e->path(), e->pen()});  // implicitly shared, read-only there
    const QRectF bounds = m_bounds;
    return [strokes = std::move(strokes), bounds, placement] {
        const QSize size(int(std::ceil(bounds.width() * placement.sx + placement.fx)) + 1,
                         int(std::ceil(bounds.height() * placement.sy + placement.fy)) + 1);
        QImage picture(size, QImage::Format_ARGB32_Premultiplied);
        picture.fill(Qt::transparent);
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing, true);  // as the view draws
        painter.setTransform(pictureTransform(bounds, placement));
        painter.setBrush(Qt::NoBrush);
        for (const EdgeStroke& s : strokes) {
            painter.setPen(s.pen);
            painter.drawPath(s.path);
        }
        painter.end();
        picture.setDevicePixelRatio(placement.dpr);
        return picture;
    };
}

void EdgeLayer::setPicture(const QImage& picture, const Placement& placement) {
    m_picture = picture;
    m_pictureAt = placement;
    update();
}

void EdgeLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    // The world transform, not deviceTransform(): the latter also holds the
    // viewport's offset in the window, which resetTransform() keeps anyway.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QTransform device = painter->worldTransform() * QTransform::fromScale(dpr, dpr);
    Placement here;
    QPoint pixel;
    if (device.type() <= QTransform::TxScale) {
        const QPointF corner = device.map(m_bounds.topLeft());
        pixel = QPoint(int(std::floor(corner.x())), int(std::floor(corner.y())));
        here = {device.m11(), device.m22(), corner.x() - pixel.x(), corner.y() - pixel.y(), dpr};
    }
    if (here.valid() && here == m_pictureAt && !m_picture.isNull()) {
        // A blit: the picture has this view's scale and pixel phase.
        painter->save();
        painter->resetTransform();
        blitInStrips(painter, QPointF(pixel.x() / dpr, pixel.y() / dpr), m_picture);
        painter->restore();
        return;
    }
    if (!m_picture.isNull() && m_pictureAt.valid()) {
        // Zoomed or resized: the old picture, scaled, until the new one comes.
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
        const QRectF source = pictureTransform(m_bounds, m_pictureAt).mapRect(m_bounds);
        painter->drawImage(m_bounds, m_picture, source);  // source in the picture's own pixels
        painter->restore();
    } else {
        // No picture yet (a new scene): stroked here, once.
        painter->setBrush(Qt::NoBrush);
        for (const EdgeItem* e : m_edges) {
            painter->setPen(e->pen());
            painter->drawPath(e->path());
        }
    }
    const bool moved = !(here == m_lastPlacement);
    m_lastPlacement = here;
    if (moved && here.valid() && m_onStale) m_onStale();
}

void EdgeItem::setHovered(bool on) {
    if (m_hovered == on) return;
    m_hovered = on;
    setZValue(on ? 1.5 : 1.2);
    setFlag(QGraphicsItem::ItemHasNoContents, !on);
    update();
}

// ---- CanvasButton ------------------------------------------------------------

CanvasButton::CanvasButton(Action action, int layer, const QString& glyph, qreal size)
    : m_action(action), m_layer(layer), m_glyph(glyph), m_size(size) {
    setData(kLayerDataKey, layer);
    setZValue(3);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
}

QRectF CanvasButton::boundingRect() const {
    return QRectF(-m_size / 2 - 1, -m_size / 2 - 1, m_size + 2, m_size + 2);
}

void CanvasButton::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QRectF r(-m_size / 2, -m_size / 2, m_size, m_size);
    const bool on = isEnabled();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(on ? QColor(0x5f, 0x63, 0x68) : QColor(0xc8, 0xcc, 0xce), 1.0));
    painter->setBrush(m_hovered && on ? QColor(0xe3, 0xee, 0xf7) : QColor(Qt::white));
    painter->drawEllipse(r);
    // The glyph is drawn, not typed: "+" and "−" then sit centred in any font.
    const qreal a = m_size * 0.26;
    painter->setPen(QPen(on ? QColor(0x20, 0x24, 0x28) : QColor(0xc8, 0xcc, 0xce), std::max<qreal>(1.5, m_size / 10)));
    painter->drawLine(QPointF(-a, 0), QPointF(a, 0));
    if (m_glyph == QLatin1String("+")) painter->drawLine(QPointF(0, -a), QPointF(0, a));
}

void CanvasButton::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = true;
    update();
}

void CanvasButton::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    m_hovered = false;
    update();
}

// ---- ColumnItem --------------------------------------------------------------

ColumnItem::ColumnItem(int layer, const QRectF& rect) : m_layer(layer), m_rect(rect) {
    setData(kLayerDataKey, layer);
    setZValue(0);
}

void ColumnItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (!m_selected) return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(kSelectedBorder, 1.0));
    painter->setBrush(kSelectedFill);
    painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

void ColumnItem::setSelectedLayer(bool on) {
    if (m_selected == on) return;
    m_selected = on;
    update();
}

// ---- ChipItem ----------------------------------------------------------------

ChipItem::ChipItem(int layer, const QString& text, const QRectF& rect, const QFont& font)
    : m_layer(layer), m_text(text), m_rect(rect), m_font(font) {
    setData(kLayerDataKey, layer);
    setZValue(2);
}

void ChipItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(m_selected ? CanvasPalette::kPositive : QColor(0x9a, 0xa0, 0xa6), m_selected ? 1.6 : 1.0));
    painter->setBrush(QColor(0xf1, 0xf3, 0xf4));
    const qreal radius = m_rect.height() / 2;
    painter->drawRoundedRect(m_rect, radius, radius);
    painter->setFont(m_font);
    painter->setPen(QColor(0x3c, 0x40, 0x43));
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

void ChipItem::setSelectedLayer(bool on) {
    if (m_selected == on) return;
    m_selected = on;
    update();
}

}  // namespace nnlab
