#pragma once
// The drawing pad of "draw your own data": shows the drawn points over the
// plane [-6, 6]^2; a left click asks for a point of the chosen class, a right
// click asks to remove the nearest point. It only reports clicks: the data
// panel turns them into undoable edits of the experiment.
#include "Types.h"

#include <QWidget>

namespace nnlab {

class PointCanvas : public QWidget {
    Q_OBJECT
public:
    explicit PointCanvas(QWidget* parent = nullptr);

    void setPoints(const Matrix& points, const Matrix& targets);
    QSize sizeHint() const override { return {220, 220}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

    // Plane coordinates of a widget position and back.
    QPointF toPlane(const QPointF& pos) const;
    QPointF toWidget(double x1, double x2) const;

signals:
    void addRequested(double x1, double x2);
    void removeRequested(double x1, double x2);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF plotArea() const;

    Matrix m_points, m_targets;
};

}  // namespace nnlab
