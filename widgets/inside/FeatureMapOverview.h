#pragma once
// CNN Explainer's overview on the student's own network: every stage of one
// image's trip through it as a column of tiles (the input, each conv unit's
// map, its ReLU, the pooled maps), flatten and the logits as thin strips, and
// the class probabilities as bars with the class names. Hovering a tile
// outlines the tiles of the previous column that feed it; clicking one asks
// for its detail (stageClicked). The tiles' pictures (values coloured on
// the chosen scale) are made on a helper thread (BackgroundPainter); a paint
// only draws them.
#include "inside/InsideFrame.h"
#include "inside/MapColours.h"

#include <QRect>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace nnlab {

class BackgroundPainter;

class FeatureMapOverview : public QWidget {
    Q_OBJECT
public:
    explicit FeatureMapOverview(QWidget* parent = nullptr);

    void setFrame(const InsideFrame* frame);  // null: nothing to show (kept by the caller)
    void setColourScale(ColourScale scale);
    void setClassNames(const QStringList& names) { m_classNames = names; update(); }
    void setSelected(int stage, int channel);

    struct Tile {
        int stage = 0, channel = 0;
        QRect rect;
    };
    const std::vector<Tile>& tiles() const { return m_tiles; }
    // Tiles of the previous stage whose values this tile's are computed from.
    std::vector<int> sourcesOf(int tileIndex) const;
    int hovered() const { return m_hovered; }
    // The finished picture of a stage's channel: one pixel per value for a
    // map; for a strip (flatten, logits; channel ignored) one pixel per value
    // in a column. Null until the helper thread has made it.
    QImage tilePicture(int stage, int channel) const;
    // Pictures asked for and not arrived yet.
    bool picturesPending() const;
    QSize minimumSizeHint() const override;

signals:
    void stageClicked(int stage, int channel);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void layoutTiles();
    int tileAt(const QPoint& p) const;
    bool isOutputColumn(int stage) const;
    QString className(int k) const;
    QString tileTooltip(int tileIndex) const;
    void requestPictures();

    const InsideFrame* m_frame = nullptr;
    BackgroundPainter* m_painter = nullptr;
    // Per stage: a map's pictures, one per channel, or a strip's single one.
    std::vector<std::vector<QImage>> m_pictures;
    ColourScale m_scale = ColourScale::Unit;
    QStringList m_classNames;
    std::vector<Tile> m_tiles;
    std::vector<QRect> m_columns;  // per stage: its column (caption above)
    int m_hovered = -1;
    int m_selectedStage = -1, m_selectedChannel = -1;
    int m_tileSize = 24;
};

}  // namespace nnlab
