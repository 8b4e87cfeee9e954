#pragma once
// Every hidden unit of one recurrent cell over the time steps of the chosen
// sequence: a heat map, unit per row, step per column, h_t in [-1, 1] from
// orange (negative) through white to blue (positive), as the canvas colours
// values. A unit that carries something across the sequence is a long band.
#include <QWidget>

class QCustomPlot;
class QCPColorMap;

namespace nnlab {

struct SequenceCellFrame;

class HiddenStateMap : public QWidget {
    Q_OBJECT
public:
    explicit HiddenStateMap(QWidget* parent = nullptr);
    void showCell(const SequenceCellFrame& cell);
    QCustomPlot* plot() const { return m_plot; }
    QCPColorMap* map() const { return m_map; }

private:
    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_map = nullptr;
};

}  // namespace nnlab
