#pragma once
// CNN Explainer's detail views for the unit chosen in the overview, with the
// numbers of the student's own network for the image shown:
//  - conv: each input channel, its kernel and what it adds (the worker's
//    split, InsideFrame::unitParts), their sum, the bias and the output map;
//    under it the formula for the cell under the mouse: the input window,
//    the kernel, their element-wise products and the sums;
//  - activation: z and f(z) cell by cell, with max(0, z) worked out;
//  - max / average pooling: the window and its max (or mean);
//  - the output: softmax with the real logits; a logit: its weighted sum.
// It only reads copies; the worker computed every map.
#include "inside/InsideFrame.h"

#include <QPoint>
#include <QRect>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace nnlab {

class UnitDetailView : public QWidget {
    Q_OBJECT
public:
    explicit UnitDetailView(QWidget* parent = nullptr);

    void setFrame(const InsideFrame* frame);
    void setSelection(int stage, int channel);
    void setClassNames(const QStringList& names) { m_classNames = names; update(); }
    int stage() const { return m_stage; }
    int channel() const { return m_channel; }
    // The output cell the formula shows (row, column of the map).
    void setCell(int row, int column);
    QPoint cell() const { return m_cell; }
    // The formula view's text for the current cell (what the painter writes; the tests read it).
    QStringList formulaLines() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Area {
        QRect rect;
        int height = 1, width = 1;   // the map drawn in it
        bool input = false;          // an input channel: positions map back through the window
        int row = -1;                // input channel of a conv row, -1 otherwise
    };
    const InsideStage* current() const;
    const InsideStage* previous() const;
    bool partsReady() const;
    void layoutAreas();
    void paintConv(QPainter& p);
    void paintElementwise(QPainter& p);
    void paintSoftmax(QPainter& p);
    void paintWindowGrids(QPainter& p, int top);
    void paintLines(QPainter& p, int top);
    int gridsHeight() const;  // the formula grids, as wrapped at this width
    QString number(double v) const;
    QString className(int k) const;

    const InsideFrame* m_frame = nullptr;
    QStringList m_classNames;
    int m_stage = -1, m_channel = 0;
    QPoint m_cell{0, 0};  // x = column, y = row
    int m_row = 0;        // input channel the formula details
    std::vector<Area> m_areas;
    int m_tile = 40;
    int m_formulaTop = 0;
    int m_formulaLeft = 8;  // the formula beside the maps when there is room, else under them
};

}  // namespace nnlab
