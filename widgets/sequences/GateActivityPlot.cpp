#include "sequences/GateActivityPlot.h"

#include "common/FrameReplot.h"
#include "explorers/ExplorerStyle.h"
#include "sequences/SequenceFrame.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <vector>

namespace nnlab {
namespace {

struct GateLine {
    int block;  // which H-row block of the gate payload
    const char* name;
};

// The gate blocks drawn, in the payload's order (SequenceResultNames.h).
std::vector<GateLine> gateLines(int gates) {
    if (gates == 4) return {{0, QT_TRANSLATE_NOOP("GateActivityPlot", "input i")},
                            {1, QT_TRANSLATE_NOOP("GateActivityPlot", "forget f")},
                            {3, QT_TRANSLATE_NOOP("GateActivityPlot", "output o")}};
    if (gates == 3) return {{0, QT_TRANSLATE_NOOP("GateActivityPlot", "reset r")},
                            {1, QT_TRANSLATE_NOOP("GateActivityPlot", "update z")}};
    return {};
}

}  // namespace

GateActivityPlot::GateActivityPlot(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    FrameReplot::paintWithTheWindow(m_plot);
    explorer::setupPlot(m_plot, tr("time step t"), tr("mean gate value"), true);
    m_plot->setMinimumSize(240, 170);
    explorer::legendBelow(m_plot, 3);
    m_plot->yAxis->setRange(0.0, 1.0);
    m_plot->setToolTip(tr("The mean over the units of each gate at every step: 1 = open, 0 = shut."));
    m_noGates = new QLabel(tr("A plain RNN has no gates: every step overwrites the whole hidden state."), this);
    m_noGates->setWordWrap(true);
    m_noGates->setAlignment(Qt::AlignCenter);
    m_noGates->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_noGates);
}

void GateActivityPlot::showCell(const SequenceCellFrame& cell) {
    const int gates = cell.gateCount();
    const std::vector<GateLine> lines = gateLines(gates);
    m_plot->setVisible(!lines.empty());
    m_noGates->setVisible(lines.empty());
    if (lines.empty()) return;
    if (gates != m_gates) {
        m_gates = gates;
        m_plot->clearGraphs();
        for (std::size_t k = 0; k < lines.size(); ++k) {
            QCPGraph* graph = m_plot->addGraph();
            graph->setName(QCoreApplication::translate("GateActivityPlot", lines[k].name));
            graph->setPen(QPen(explorer::seriesColor(int(k)), 2.0));
        }
    }
    const Index h = cell.hidden.rows(), steps = cell.gates.cols();
    QVector<double> t(static_cast<int>(steps));
    for (int i = 0; i < t.size(); ++i) t[i] = i;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        QVector<double> mean(t.size());
        const auto block = cell.gates.middleRows(lines[k].block * h, h);
        for (int i = 0; i < t.size(); ++i) mean[i] = block.col(i).mean();
        m_plot->graph(int(k))->setData(t, mean, true);
    }
    m_plot->xAxis->setRange(-0.5, double(steps) - 0.5);
    m_plot->yAxis->setRange(-0.02, 1.02);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
