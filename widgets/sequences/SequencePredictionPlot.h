#pragma once
// The chosen sequence and what the network makes of it. Many-to-many: the
// prediction against the target at every step. Many-to-one: the inputs over
// the steps (a feature of only 0s and 1s, a marker, as bars) and, one step
// after the last, the prediction and the target as two points.
#include <QWidget>

class QCustomPlot;
class QLabel;

namespace nnlab {

struct SequenceFrame;

class SequencePredictionPlot : public QWidget {
    Q_OBJECT
public:
    explicit SequencePredictionPlot(QWidget* parent = nullptr);
    void showFrame(const SequenceFrame& frame);
    QCustomPlot* plot() const { return m_plot; }
    QLabel* readout() const { return m_readout; }

private:
    QCustomPlot* m_plot = nullptr;
    QLabel* m_readout = nullptr;
    QString m_layoutKey;  // what the graphs are set up for: rebuilt only when it changes
};

}  // namespace nnlab
