#include "LossPlot.h"

#include "ReadoutLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {

LossPlot::LossPlot(QWidget* parent) : QWidget(parent) {
    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotIntervalMs);
    connect(&m_replotTimer, &QTimer::timeout, this, [this] { m_plot->replot(QCustomPlot::rpQueuedReplot); });
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(140);
    m_plot->setToolTip(QString());  // the hover tooltip is built per epoch
    m_plot->xAxis->setLabel(tr("epoch"));
    // Epochs are whole numbers: ticks at integer multiples only (no "2.5").
    auto epochTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    epochTicker->setTickStep(1.0);
    epochTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(epochTicker);
    m_plot->yAxis->setLabel(tr("loss"));
    m_plot->yAxis2->setVisible(true);
    m_plot->setPlottingHint(QCP::phCacheLabels, true);

    m_trainLoss = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_trainLoss->setName(tr("training loss"));
    m_trainLoss->setPen(QPen(QColor(0x77, 0x77, 0x77), 2.0));
    m_testLoss = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_testLoss->setName(tr("test loss"));
    m_testLoss->setPen(QPen(QColor(0x10, 0x10, 0x10), 2.0));
    m_trainMetric = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_trainMetric->setPen(QPen(QColor(0x08, 0x77, 0xbd, 160), 1.5, Qt::DashLine));
    m_testMetric = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_testMetric->setPen(QPen(QColor(0xf5, 0x93, 0x22, 200), 1.5, Qt::DashLine));
    for (QCPGraph* g : {m_trainLoss, m_testLoss, m_trainMetric, m_testMetric}) g->setAdaptiveSampling(true);

    // The legend goes under the plot, two entries per row, so it never hides a curve.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(QFont(font().family(), qMax(7, font().pointSize() - 2)));
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setRowSpacing(-4);
    m_plot->legend->setColumnSpacing(12);
    // 2 x 2 entries (losses, then metrics), not 4 in a row: the wrap must be
    // set before the fill order re-arranges the items already added.
    m_plot->legend->setWrap(2);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(0, 0, 0, 2));
    legendRow->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);

    m_readout = new ReadoutLabel(this);
    m_readout->setToolTip(tr("The latest training and test loss, and accuracy or RMSE, after the last finished epoch."));
    m_log = new QCheckBox(tr("Log scale"), this);
    m_log->setToolTip(tr("Draw the loss on a logarithmic axis, so that late, small improvements stay visible."));
    connect(m_log, &QCheckBox::toggled, this, &LossPlot::setLogScale);
    connect(m_plot, &QCustomPlot::mouseMove, this, &LossPlot::onMouseMove);

    auto* row = new QHBoxLayout;
    row->addWidget(m_readout, 1);
    row->addWidget(m_log);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(row);
    layout->addWidget(m_plot, 1);
    setClassification(true);
}

void LossPlot::setClassification(bool classification) {
    m_classification = classification;
    m_trainMetric->setName(classification ? tr("training accuracy") : tr("training RMSE"));
    m_testMetric->setName(classification ? tr("test accuracy") : tr("test RMSE"));
    m_plot->yAxis2->setLabel(classification ? tr("accuracy") : tr("RMSE"));
    rescale();
    updateReadout();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool LossPlot::isLogScale() const { return m_log->isChecked(); }

void LossPlot::setLogScale(bool on) {
    if (m_log->isChecked() != on) {
        m_log->setChecked(on);  // comes back through toggled
        return;
    }
    m_plot->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    rescale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::clear(std::uint64_t ignoreUpToStep) {
    clear();
    m_ignoreUpToStep = ignoreUpToStep;
    m_lastStep = ignoreUpToStep;
}

void LossPlot::clear() {
    m_ignoreUpToStep = 0;
    m_history.clear();
    m_stride = 1;
    for (QCPGraph* g : {m_trainLoss, m_testLoss, m_trainMetric, m_testMetric}) g->data()->clear();
    m_lastStep = 0;
    rescale();
    updateReadout();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    // A reset starts the count again: Playground clears the chart.
    if (snapshot->step < m_lastStep ||
        (!snapshot->newHistory.empty() && !m_history.empty() && snapshot->newHistory.front().epoch <= m_history.back().epoch))
        clear();
    m_lastStep = snapshot->step;
    if (snapshot->newHistory.empty()) return;
    addPoints(snapshot->newHistory);
}

void LossPlot::plotPoint(const HistoryPoint& p) {
    const double e = double(p.epoch);
    m_trainLoss->addData(e, p.trainLoss);
    m_testLoss->addData(e, p.testLoss);
    m_trainMetric->addData(e, p.trainMetric);
    m_testMetric->addData(e, p.testMetric);
}

void LossPlot::addPoints(const std::vector<HistoryPoint>& points) {
    // Every point is kept (tooltip, readout); the curves get every m_stride-th,
    // so that a replot costs the same after a minute at 1000 epochs/s as after
    // a second: the stride doubles whenever the curves reach kMaxPlotted points.
    for (const HistoryPoint& p : points) {
        if (p.step <= m_ignoreUpToStep && m_ignoreUpToStep > 0) continue;
        m_history.push_back(p);
        if ((m_history.size() - 1) % m_stride == 0) plotPoint(p);
    }
    if (m_trainLoss->dataCount() > kMaxPlotted) {
        while (m_history.size() / m_stride > std::size_t(kMaxPlotted)) m_stride *= 2;
        for (QCPGraph* g : {m_trainLoss, m_testLoss, m_trainMetric, m_testMetric}) g->data()->clear();
        for (std::size_t i = 0; i < m_history.size(); i += m_stride) plotPoint(m_history[i]);
    }
    rescale();
    updateReadout();
    // A curve needs no 60 Hz: at most one replot per kReplotIntervalMs while
    // points stream in, the last one always drawn (the timer is single-shot).
    if (!m_replotTimer.isActive()) m_replotTimer.start();
}

void LossPlot::rescale() {
    if (m_history.empty()) {
        m_plot->xAxis->setRange(0, 10);
        m_plot->yAxis->setRange(isLogScale() ? 0.01 : 0.0, 1.0);
        m_plot->yAxis2->setRange(0.0, 1.0);
        return;
    }
    // From the first epoch shown (after a data change the count goes on).
    const double first = double(m_history.front().epoch) - 1.0;
    m_plot->xAxis->setRange(first, std::max<double>(first + 10.0, double(m_history.back().epoch)));
    bool found = false;
    const QCP::SignDomain domain = isLogScale() ? QCP::sdPositive : QCP::sdBoth;
    QCPRange range = m_trainLoss->getValueRange(found, domain);
    bool foundTest = false;
    const QCPRange test = m_testLoss->getValueRange(foundTest, domain);
    if (foundTest) range = found ? QCPRange(std::min(range.lower, test.lower), std::max(range.upper, test.upper)) : test;
    if (found || foundTest) {
        if (isLogScale()) {
            m_plot->yAxis->setRange(range.lower / 1.5, range.upper * 1.5);
        } else {
            m_plot->yAxis->setRange(std::min(0.0, range.lower), range.upper * 1.05 + 1e-12);
        }
    }
    if (m_classification) {
        m_plot->yAxis2->setRange(0.0, 1.0);
    } else {
        bool f = false;
        const QCPRange r = m_trainMetric->getValueRange(f);
        m_plot->yAxis2->setRange(0.0, f ? r.upper * 1.05 + 1e-12 : 1.0);
    }
}

void LossPlot::updateReadout() {
    if (m_history.empty()) {
        m_readout->setText(tr("Training loss \u2013   Test loss \u2013"));
        return;
    }
    const HistoryPoint& p = m_history.back();
    const QLocale locale;
    m_readout->setText(tr("Training loss %1   Test loss %2")
                           .arg(locale.toString(p.trainLoss, 'f', 3), locale.toString(p.testLoss, 'f', 3)));
}

QString LossPlot::describeEpoch(double epoch) const {
    if (m_history.empty()) return {};
    // History epochs increase: binary search for the nearest.
    auto it = std::lower_bound(m_history.begin(), m_history.end(), epoch,
                               [](const HistoryPoint& p, double e) { return double(p.epoch) < e; });
    if (it == m_history.end()) it = std::prev(it);
    if (it != m_history.begin() && std::abs(double(std::prev(it)->epoch) - epoch) < std::abs(double(it->epoch) - epoch))
        it = std::prev(it);
    const HistoryPoint& p = *it;
    const QLocale locale;
    const QString metric = m_classification ? tr("accuracy") : tr("RMSE");
    auto metricText = [&](double v) {
        return m_classification ? locale.toString(100.0 * v, 'f', 1) + QLatin1Char('%') : locale.toString(v, 'g', 4);
    };
    return tr("Epoch %1\nTraining loss %2, test loss %3\nTraining %4 %5, test %4 %6\nLearning rate %7")
        .arg(locale.toString(qulonglong(p.epoch)), locale.toString(p.trainLoss, 'g', 4),
             locale.toString(p.testLoss, 'g', 4), metric, metricText(p.trainMetric), metricText(p.testMetric),
             locale.toString(p.learningRate, 'g', 3));
}

void LossPlot::onMouseMove(QMouseEvent* event) {
    if (!m_plot->axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const QString text = describeEpoch(m_plot->xAxis->pixelToCoord(event->position().x()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

}  // namespace nnlab
