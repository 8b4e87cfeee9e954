#pragma once
// Images of a generator (or real ones) in a fixed number of columns, each
// tile the largest square that lets every row fit the widget, drawn in one fixed range of
// values (lo black, hi white) so a grey blur looks grey and not stretched.
// Two tiles can be marked (the ends of a latent interpolation); a click on a
// tile is reported.
#include "Types.h"

#include <QColor>
#include <QImage>
#include <QWidget>

#include <vector>

namespace nnlab {

class AdversarialImageTiles : public QWidget {
    Q_OBJECT
public:
    explicit AdversarialImageTiles(int columns, QWidget* parent = nullptr);

    // rows of C*H*W values; probabilities (n, 1) or empty: D(x) in the tooltips.
    void setImages(const Matrix& images, const Shape& shape, double lo, double hi, const Matrix& probabilities = {});
    void clear();
    int count() const { return int(m_images.size()); }
    const QImage& image(int i) const { return m_images.at(std::size_t(i)); }
    // Marked tiles: a frame in the colour; -1 marks none.
    void setMarks(int first, int second);
    QRect tileRect(int i) const;
    int tileAt(const QPoint& point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static const QColor kFirstMark, kSecondMark;

signals:
    void tileClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;  // D(x) as each tile's tooltip

private:
    int rows() const;
    int tileSide() const;

    int m_columns;
    std::vector<QImage> m_images;
    std::vector<double> m_probabilities;
    int m_first = -1, m_second = -1;
};

}  // namespace nnlab
