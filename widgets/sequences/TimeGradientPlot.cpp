#include "sequences/TimeGradientPlot.h"

#include "common/FrameReplot.h"
#include "explorers/ExplorerStyle.h"
#include "sequences/SequenceFrame.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr double kFloor = 1e-30;  // an exact 0 (truncated BPTT) drawn at the bottom, not lost on a log axis

void setCurve(QCPGraph* graph, const Matrix& gradient) {
    QVector<double> t(static_cast<int>(gradient.cols())), v(static_cast<int>(gradient.cols()));
    for (int i = 0; i < t.size(); ++i) {
        t[i] = i;
        v[i] = std::max(kFloor, gradient(0, i));
    }
    graph->setData(t, v, true);
}

}  // namespace

TimeGradientPlot::TimeGradientPlot(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    FrameReplot::paintWithTheWindow(m_plot);
    explorer::setupPlot(m_plot, tr("time step t"), tr("|dL/dh_t|"), true);
    m_plot->setMinimumSize(240, 170);
    explorer::legendBelow(m_plot, 2);
    m_plot->setToolTip(tr("How much of the loss's gradient reaches the hidden state at each step (log scale). "
                          "Where it is tiny, those steps hardly learn."));
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->yAxis->setNumberFormat(QStringLiteral("eb"));
    m_plot->yAxis->setNumberPrecision(0);
    m_run = m_plot->addGraph();
    m_run->setPen(QPen(explorer::seriesColor(0), 2.0));
    m_run->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    m_other = m_plot->addGraph();
    m_other->setPen(QPen(explorer::seriesColor(1), 2.0, Qt::DashLine));
    m_other->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    m_other->removeFromLegend();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
}

void TimeGradientPlot::showCell(const SequenceCellFrame& cell, const QString& label) {
    m_run->setName(label);
    setCurve(m_run, cell.gradient);
    rescale();
}

void TimeGradientPlot::setComparison(const Matrix& gradient, const QString& label) {
    if (gradient.size() == 0) {
        m_other->data()->clear();
        m_other->removeFromLegend();
    } else {
        m_other->setName(label);
        setCurve(m_other, gradient);
        m_other->addToLegend();
    }
    rescale();
}

void TimeGradientPlot::rescale() {
    // Whole decades around both curves, so a small change does not jump the axis.
    double lo = 1e300, hi = 0.0;
    Index steps = 0;
    for (QCPGraph* g : {m_run, m_other})
        for (const QCPGraphData& d : *g->data()) {
            lo = std::min(lo, d.value);
            hi = std::max(hi, d.value);
            steps = std::max<Index>(steps, Index(d.key) + 1);
        }
    if (hi <= 0.0) return;
    const double top = std::pow(10.0, std::ceil(std::log10(hi) + 1e-9));
    const double bottom = std::pow(10.0, std::min(std::floor(std::log10(lo)), std::log10(top) - 1.0));
    m_plot->yAxis->setRange(bottom, top);
    m_plot->xAxis->setRange(-0.5, double(steps) - 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
