#pragma once
// Images in rows of tiles, each with a caption under it; a tile marked wrong
// gets a red frame and its caption says what it really is. The tiles wrap to
// the widget's width, and the widget asks for the height they need.
#include <QImage>
#include <QString>
#include <QWidget>

#include <vector>

namespace nnlab {

class ImageTileGrid : public QWidget {
    Q_OBJECT
public:
    struct Tile {
        QImage image;
        QString caption;
        QString toolTip;
        bool wrong = false;
    };
    explicit ImageTileGrid(QWidget* parent = nullptr);

    void setTiles(std::vector<Tile> tiles);
    const std::vector<Tile>& tiles() const { return m_tiles; }
    void setTileSize(int pixels);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;  // tooltips per tile

private:
    int columnsFor(int width) const;
    int cellWidth() const;
    int cellHeight() const;
    int tileAt(const QPoint& position) const;

    std::vector<Tile> m_tiles;
    int m_tileSize = 56;
};

}  // namespace nnlab
