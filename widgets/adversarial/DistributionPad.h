#pragma once
// GAN Lab's "draw your own distribution": drag the mouse over the square
// [-1, 1]^2 and the stroke leaves points behind (one every few pixels). The
// pad only holds the drawing; "Use drawing" in the settings panel makes it
// the real data in one undoable edit, so a stray stroke costs nothing.
#include "Types.h"

#include <QWidget>

#include <vector>

namespace nnlab {

class DistributionPad : public QWidget {
    Q_OBJECT
public:
    explicit DistributionPad(QWidget* parent = nullptr);

    // (n, 2) in [-1, 1]^2, y up.
    Matrix points() const;
    void setPoints(const Matrix& points);
    void clear();
    bool isEmpty() const { return m_points.empty(); }

    QSize sizeHint() const override { return {180, 180}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }
    // Widget position of a plane point and back (for tests and painting).
    QPointF toWidget(const QPointF& plane) const;
    QPointF toPlane(const QPointF& pos) const;

signals:
    void drawingChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF square() const;
    void addAt(const QPointF& pos, bool always);

    std::vector<QPointF> m_points;  // plane coordinates
    QPointF m_last;
};

}  // namespace nnlab
