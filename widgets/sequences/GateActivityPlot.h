#pragma once
// How open the gates of one LSTM or GRU cell are at every step of the chosen
// sequence: the mean over the units of each gate (LSTM input i, forget f,
// output o; GRU reset r, update z), all in [0, 1]. A forget gate near 1 keeps
// the cell's memory; an input gate that opens at a marked step writes it in.
// The candidate (g, n) is a tanh value, not a gate, and is left out.
#include <QWidget>

class QCustomPlot;
class QLabel;

namespace nnlab {

struct SequenceCellFrame;

class GateActivityPlot : public QWidget {
    Q_OBJECT
public:
    explicit GateActivityPlot(QWidget* parent = nullptr);
    // A plain RNN has no gates: a note says so instead of an empty plot.
    void showCell(const SequenceCellFrame& cell);
    QCustomPlot* plot() const { return m_plot; }

private:
    QCustomPlot* m_plot = nullptr;
    QLabel* m_noGates = nullptr;
    int m_gates = -1;  // the graphs are for this many gates
};

}  // namespace nnlab
