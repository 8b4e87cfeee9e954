#pragma once
// A pad to draw a digit on with the mouse, as the generated digits are made:
// ink 1 on paper 0, a thick soft pen, 28x28 pixels by default (the data
// set's image size). While the student draws, the picture is sent at most
// every 80 ms (drawn), so the network's answer follows the pen; a loaded
// image file is turned grey, scaled to the size and inverted when its paper
// is light.
#include "Types.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace nnlab {

class DrawingPad : public QWidget {
    Q_OBJECT
public:
    explicit DrawingPad(QWidget* parent = nullptr);

    void setImageSize(int height, int width);
    int imageHeight() const { return m_height; }
    int imageWidth() const { return m_width; }
    // (1, H*W): the drawing as a data set row.
    Matrix pixels() const;
    // Loads a picture (any size or colour); false if it is not one.
    bool loadImage(const QImage& image);
    // A stroke from a to b in pad pixels (tests, and the mouse).
    void drawStroke(QPointF from, QPointF to);
    bool isEmpty() const;

    QSize sizeHint() const override { return QSize(168, 168); }
    QSize minimumSizeHint() const override { return QSize(112, 112); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

public slots:
    void clear();

signals:
    void drawn(const nnlab::Matrix& pixels);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QPointF toPixels(const QPointF& widgetPoint) const;
    QRectF padRect() const;
    void stamp(QPointF centre);
    void scheduleSend();

    int m_height = 28, m_width = 28;
    Matrix m_ink;  // (H, W) in 0..1
    QPointF m_last;
    bool m_drawing = false;
    QTimer m_send;
};

}  // namespace nnlab
