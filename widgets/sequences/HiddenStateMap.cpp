#include "sequences/HiddenStateMap.h"

#include "common/FrameReplot.h"
#include "common/MapColors.h"
#include "explorers/ExplorerStyle.h"
#include "sequences/SequenceFrame.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace nnlab {

HiddenStateMap::HiddenStateMap(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    FrameReplot::paintWithTheWindow(m_plot);
    explorer::setupPlot(m_plot, tr("time step t"), tr("hidden unit"), false);
    m_plot->setMinimumSize(240, 170);
    m_plot->setToolTip(tr("Hidden state h_t of every unit (rows) at every time step (columns) of the chosen sequence."));
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setDataRange(QCPRange(-1.0, 1.0));
    auto* scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setBarWidth(8);
    scale->axis()->setLabel(tr("h_t"));
    m_map->setColorScale(scale);  // takes the scale's gradient: set it after
    scale->setGradient(MapColors::divergingGradient(false));
    scale->setDataRange(QCPRange(-1.0, 1.0));
    // Units are whole numbers: no tick at 2.5.
    auto units = QSharedPointer<QCPAxisTickerFixed>::create();
    units->setTickStep(1.0);
    units->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->yAxis->setTicker(units);
    // The colour bar as tall as the map.
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
}

void HiddenStateMap::showCell(const SequenceCellFrame& cell) {
    const Matrix& h = cell.hidden;
    const int units = int(h.rows()), steps = int(h.cols());
    if (units == 0 || steps == 0) return;
    QCPColorMapData* data = m_map->data();
    if (data->keySize() != steps || data->valueSize() != units)
        data->setSize(steps, units);
    data->setRange(QCPRange(0.0, steps - 1.0), QCPRange(1.0, double(units)));
    for (int t = 0; t < steps; ++t)
        for (int u = 0; u < units; ++u) data->setCell(t, u, h(u, t));
    m_map->setDataRange(QCPRange(-1.0, 1.0));
    m_plot->xAxis->setRange(-0.5, steps - 0.5);
    m_plot->yAxis->setRange(0.5, units + 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
