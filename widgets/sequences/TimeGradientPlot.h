#pragma once
// The vanishing-through-time picture: |dL/dh_t| at every step t of the chosen
// sequence, on a log axis, for the run's recurrent cell, updated as it
// trains; and, once "Compare" has run, the same curve of the other cell (a
// plain RNN beside an LSTM) trained on the same data. A plain RNN's curve
// falls by orders of magnitude towards t = 0: the early steps teach nothing.
#include "Types.h"

#include <QString>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace nnlab {

struct SequenceCellFrame;

class TimeGradientPlot : public QWidget {
    Q_OBJECT
public:
    explicit TimeGradientPlot(QWidget* parent = nullptr);
    // label: the legend's name for the run's curve ("LSTM (this run)").
    void showCell(const SequenceCellFrame& cell, const QString& label);
    // The other cell's curve (1, T); an empty matrix removes it.
    void setComparison(const Matrix& gradient, const QString& label);
    QCustomPlot* plot() const { return m_plot; }
    QCPGraph* runGraph() const { return m_run; }
    QCPGraph* comparisonGraph() const { return m_other; }

private:
    void rescale();

    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_run = nullptr;
    QCPGraph* m_other = nullptr;
};

}  // namespace nnlab
