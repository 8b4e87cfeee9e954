#pragma once
// The recurrent network unrolled over the time steps of the chosen sequence:
// a column per step, the input x_t at the bottom, a box per recurrent cell
// above it (stacked layers, a bidirectional layer's two directions), the
// output at the top (at every step for a many-to-many head, else after the
// last step). Arrows: x_t up into the cell, h_{t-1} -> h_t along a row (right
// to left for a backward cell), a cell's h_t up into the next layer and the
// head. A cell box's colour is the mean of h_t (orange negative, blue
// positive), its bar |h_t|; hovering a box shows its numbers in the readout
// line below (and as a tool tip): the input, h_t, |h_t|, the gates' means and
// |dL/dh_t|, the prediction and the target. Every number is the worker's
// (SequenceFrame, the Sequences dock's payload); nothing is computed here
// but means and norms for the picture.
#include "sequences/SequenceFrame.h"

#include <QWidget>

namespace nnlab {

class UnrolledNetworkView : public QWidget {
    Q_OBJECT
public:
    explicit UnrolledNetworkView(QWidget* parent = nullptr);

    void showFrame(const SequenceFrame& frame);

    // Rows of boxes, bottom to top: kInputRow, then cell i at cellRow(i), then outputRow().
    static constexpr int kInputRow = 0;
    static int cellRow(int cell) { return 1 + cell; }
    int outputRow() const { return 1 + int(m_frame.cells.size()); }
    // The steps drawn: the last ones of the sequence (nearest the output), as
    // many as fit the width at kMinColumnWidth, at most kMaxColumns.
    static constexpr Index kMaxColumns = 12;
    static constexpr double kMinColumnWidth = 44.0;
    Index firstShownStep() const;
    Index shownSteps() const { return m_frame.steps - firstShownStep(); }
    // The box of step t (a step of the sequence, 0-based) in a row; empty if not drawn.
    QRectF boxRect(Index step, int row) const;
    // What hovering that box says (empty if there is no box).
    QString describe(Index step, int row) const;
    QString hoverText() const { return m_hoverText; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Geometry {
        QRectF area;        // where the boxes go
        double column = 0;  // width of a step's column
        double row = 0;     // height of a row
    };
    Geometry geometry() const;
    bool hasOutput(Index step) const;
    void drawArrow(QPainter& p, QPointF from, QPointF to) const;

    SequenceFrame m_frame;
    Index m_hoverStep = -1;
    int m_hoverRow = -1;
    QString m_hoverText;
};

}  // namespace nnlab
