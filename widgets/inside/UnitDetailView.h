#pragma once
// CNN Explainer's detail views for the unit chosen in the overview, with the
// numbers of the student's own network for the image shown:
//  - conv: each input channel, its kernel and what it adds (the worker's
//    split, InsideFrame::unitParts), their sum, the bias and the output map;
//    under it the formula for the cell under the mouse: the input window,
//    the kernel, their element-wise products and the sums; the window sweeps
//    over the map every 250 ms (pausable), and sits where the mouse is;
//  - activation: z and f(z) cell by cell, with max(0, z) worked out;
//  - max / average pooling: the window and its max (or mean);
//  - flatten, or a logit read from the flattened maps: the chosen class's
//    weights laid out as those maps (ClassWeights.h), times the maps, summed;
//  - the output: softmax with the real logits; a logit: its weighted sum.
// It only reads copies; the worker computed every map.
#include "inside/ClassWeights.h"
#include "inside/InsideFrame.h"
#include "inside/KernelWindow.h"

#include <QPoint>
#include <QRect>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QToolButton;

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
    // As wide as the maps' row (the scroll area scrolls a narrow dock sideways).
    QSize minimumSizeHint() const override { return QSize(m_mapsWidth, 0); }

    // The kernel sweep: the window moves one output cell every 250 ms while
    // on (the default) and the mouse is not holding it on a cell.
    void setSweeping(bool on);
    bool sweeping() const { return m_sweeping; }
    bool sweepable() const;      // the chosen stage has a window to sweep
    void advanceSweep();         // one cell on, row by row, back to the start
    // The window at the current cell, for the input channel the formula details.
    KernelWindow currentWindow() const;
    int detailedChannel() const { return m_row; }
    void setDetailedChannel(int channel);
    // The flatten view's numbers (the chosen class's weights as maps); null when not shown.
    std::optional<ClassWeights> shownClassWeights() const;

signals:
    void classChosen(int unit);  // a class picked in the flatten view

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
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
    // The flatten view (UnitDetailFlatten.cpp).
    bool flattenShown() const;
    void layoutFlatten();
    void paintFlatten(QPainter& p);
    QStringList flattenLines() const;
    void placeSweepButton();
    // CNN Explainer's hover values: a kernel's weights as text, "Bias: v".
    QString tooltipAt(const QPoint& pos) const;
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
    int m_mapsWidth = 0;  // right edge of the fixed row of maps (0: the view reflows to any width)
    int m_formulaLeft = 8;  // the formula beside the maps when there is room, else under them
    QTimer m_sweep;
    bool m_sweeping = true;  // the student's play/pause
    bool m_held = false;     // the mouse is on a map: the window stays there
    QToolButton* m_playPause = nullptr;
    std::vector<QRect> m_classChips;  // flatten view: one per class, to pick it
};

}  // namespace nnlab
