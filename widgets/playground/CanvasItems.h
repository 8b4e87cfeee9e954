#pragma once
// The graphics items of the network canvas: one item per neuron and per edge
// (as in Qt's elasticnodes example), the on-canvas buttons, the column
// backgrounds that show the selection, and chips for dropout/batchnorm/prelu.
// Snapshots only change their colours and images, never their geometry, so a
// live update at 60 Hz re-creates nothing.
#include "health/UnitState.h"

#include <QFont>
#include <QGraphicsObject>
#include <QImage>
#include <QPainterPath>
#include <QPen>

#include <cmath>
#include <functional>
#include <vector>

namespace nnlab {

enum CanvasItemType {
    kNeuronItemType = QGraphicsItem::UserType + 101,
    kEdgeItemType,
    kButtonItemType,
    kColumnItemType,
    kChipItemType,
    kBiasItemType,
};

// The item data key under which every canvas item keeps its layer index
// (-1: the input features).
constexpr int kLayerDataKey = 0;

class BiasItem;

class NeuronItem : public QGraphicsItem {
public:
    enum { Type = kNeuronItemType };
    NeuronItem(int layer, int neuron, qreal size);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    int layer() const { return m_layer; }
    int neuron() const { return m_neuron; }
    qreal size() const { return m_size; }
    // values[iy * grid + ix]; divided by scale before colouring, or, with
    // discretize, split at threshold into two colours.
    void setMap(const double* values, int grid, double scale, bool discretize = false, double threshold = 0.0);
    // A thumbnail made elsewhere (CanvasPalette::neuronThumbnail on a helper
    // thread), one pixel per grid cell, and with it, if the helper knew the
    // size, the same already scaled to displaySize() (null: scaled here once).
    void setThumbnail(const QImage& image, const QImage& shown = QImage());
    const QImage& thumbnail() const { return m_image; }
    // The thumbnail as last painted: scaled to the device pixels it covers, so
    // that a frame only blits it.
    const QImage& shownThumbnail() const { return m_shown; }
    // The device pixels the thumbnail covered at the last paint (empty before
    // the first, or under a rotated view): the size to make thumbnails at.
    QSize displaySize() const { return m_displaySize; }
    // Times a paint had to scale the thumbnail itself (after a zoom, or a
    // thumbnail made without knowing the size): not once per training frame.
    int scaledInPaint() const { return m_scaledInPaint; }
    void setBias(double bias);
    bool hasBias() const { return m_hasBias; }
    double bias() const { return m_bias; }
    // The bias marker (hidden and output neurons; null for an input).
    BiasItem* biasItem() const { return m_biasItem; }
    void addBiasItem();
    void setHovered(bool on);
    // Dead: greyed with a red cross; saturated: an orange ring. Returns whether it changed.
    bool setState(UnitState state);
    UnitState state() const { return m_state; }

private:
    void paintThumbnail(QPainter* painter, const QRectF& r, bool inView);

    int m_layer, m_neuron;
    qreal m_size;
    QImage m_image;
    QImage m_shown;  // m_image at m_displaySize (smooth-scaled)
    QSize m_displaySize;
    int m_scaledInPaint = 0;
    UnitState m_state = UnitState::Normal;
    double m_bias = 0.0;
    bool m_hasBias = false;
    bool m_hovered = false;
    BiasItem* m_biasItem = nullptr;
};

// The bias of a neuron: a small square at its lower left, coloured by the
// value as Playground draws it; hovered it says the value, clicked it is typed
// like a weight. A child of its NeuronItem.
class BiasItem : public QGraphicsItem {
public:
    enum { Type = kBiasItemType };
    BiasItem(NeuronItem* neuron, qreal side);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    NeuronItem* neuron() const { return m_neuron; }
    void setHovered(bool on);

private:
    NeuronItem* m_neuron;
    qreal m_side;
    bool m_hovered = false;
};

// One weight. It keeps the geometry, the pen, the value and the hit shape;
// the EdgeLayer paints all edges at once from a cached picture, and an edge
// paints itself only while hovered (on top, with a halo).
class EdgeItem : public QGraphicsItem {
public:
    enum { Type = kEdgeItemType };
    // layer: the layer whose weight matrix holds this edge; row = target
    // neuron, col = source neuron: W(row, col).
    EdgeItem(int layer, int row, int col, QPointF from, QPointF to, qreal scale);
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_hoverShape; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    int layer() const { return m_layer; }
    int row() const { return m_row; }
    int col() const { return m_col; }
    // Returns whether the drawing changed (colour and width move in small steps).
    bool setWeight(double w);
    bool hasWeight() const { return m_hasWeight; }
    // The weight is exactly 0: drawn dashed, it passes nothing.
    bool isDead() const { return m_hasWeight && m_weight == 0.0; }
    const QPainterPath& path() const { return m_path; }
    double weight() const { return m_weight; }
    const QPen& pen() const { return m_pen; }
    QPointF midPoint() const { return m_path.pointAtPercent(0.5); }
    void setHovered(bool on);

private:
    int m_layer, m_row, m_col;
    qreal m_scale;
    QPainterPath m_path, m_hoverShape;
    QRectF m_bounds;
    QPen m_pen;
    double m_weight = 0.0;
    bool m_hasWeight = false;
    bool m_hovered = false;
};

class CanvasButton : public QGraphicsObject {
    Q_OBJECT
public:
    enum Action { AddHiddenLayer, RemoveHiddenLayer, AddNeuron, RemoveNeuron };
    enum { Type = kButtonItemType };
    CanvasButton(Action action, int layer, const QString& glyph, qreal size);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    Action action() const { return m_action; }
    int layer() const { return m_layer; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    Action m_action;
    int m_layer;
    QString m_glyph;
    qreal m_size;
    bool m_hovered = false;
};

// Paints every edge in one pass. The picture of them is made off the GUI
// thread (NetworkScene hands pictureJob() to its BackgroundPainter) at the
// scale and pixel phase the view last painted at, so a frame only blits it.
// Until a picture fits (first paint, zoom, resize), the edges are stroked
// here and onStale asks for one.
class EdgeLayer : public QGraphicsItem {
public:
    // Where the picture's pixels sit on the device: scale, sub-pixel phase, ratio.
    struct Placement {
        qreal sx = 0, sy = 0, fx = 0, fy = 0, dpr = 1;
        bool valid() const { return sx > 0 && sy > 0; }
        bool operator==(const Placement& o) const {
            return sx == o.sx && sy == o.sy && std::abs(fx - o.fx) < 1e-6 && std::abs(fy - o.fy) < 1e-6 && dpr == o.dpr;
        }
    };

    explicit EdgeLayer(std::vector<EdgeItem*> edges);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const Placement& lastPlacement() const { return m_lastPlacement; }
    // Copies of every path and pen as they are now: the returned function
    // runs on any thread and draws them for the placement.
    std::function<QImage()> pictureJob(const Placement& placement) const;
    void setPicture(const QImage& picture, const Placement& placement);
    bool hasPicture() const { return !m_picture.isNull(); }
    void setOnStale(std::function<void()> onStale) { m_onStale = std::move(onStale); }

private:
    std::vector<EdgeItem*> m_edges;
    QRectF m_bounds;
    QImage m_picture;
    Placement m_pictureAt, m_lastPlacement;
    std::function<void()> m_onStale;
};

// The background of a column: header, neurons and chips. Clicking it selects
// the layer; it is tinted when selected.
class ColumnItem : public QGraphicsItem {
public:
    enum { Type = kColumnItemType };
    ColumnItem(int layer, const QRectF& rect);
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    int layer() const { return m_layer; }
    void setSelectedLayer(bool on);

private:
    int m_layer;
    QRectF m_rect;
    bool m_selected = false;
};

// A width-keeping layer (dropout, batchnorm, prelu) drawn as a small pill
// under the column it follows.
class ChipItem : public QGraphicsItem {
public:
    enum { Type = kChipItemType };
    ChipItem(int layer, const QString& text, const QRectF& rect, const QFont& font);
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    int layer() const { return m_layer; }
    void setSelectedLayer(bool on);

private:
    int m_layer;
    QString m_text;
    QRectF m_rect;
    QFont m_font;
    bool m_selected = false;
};

}  // namespace nnlab
