#include "common/LossPlot.h"

#include "common/FrameReplot.h"
#include "common/ReadoutLabel.h"

#include <QBoxLayout>
#include <QResizeEvent>
#include "common/SeriesLabels.h"

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
    m_plot = new QCustomPlot(this);
    m_replot = new FrameReplot(m_plot, kReplotIntervalMs);
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
    // Wide pens are slow in Qt's raster engine: a noisy 2 px curve stroked as
    // one polyline becomes one self-overlapping polygon (about 7 ms a replot
    // for four curves of 500 points). Drawn segment by segment (QCustomPlot's
    // fast polylines) and with 1 px dashes (drawn directly by Qt), about 2 ms.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);

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
    m_readout->setToolTip(tr("The latest losses after the last finished epoch."));
    m_readout2 = new ReadoutLabel(this);
    m_readout2->hide();
    m_log = new QCheckBox(tr("Log scale"), this);
    m_log->setToolTip(tr("Draw the loss on a logarithmic axis, so that late, small improvements stay visible."));
    connect(m_log, &QCheckBox::toggled, this, &LossPlot::setLogScale);
    connect(m_plot, &QCustomPlot::mouseMove, this, &LossPlot::onMouseMove);

    // The readout has the top line to itself: beside the check box a 1024 px
    // window cut "Test loss" off.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    // Training and test loss side by side, or one under the other where a
    // narrow dock or a longer language would cut them (fitReadout).
    m_readoutRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_readoutRow->setSpacing(16);
    m_readoutRow->addWidget(m_readout);
    m_readoutRow->addWidget(m_readout2);
    m_readoutRow->addStretch(1);
    layout->addLayout(m_readoutRow);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_log);
    rescale();
    updateReadout();
}

void LossPlot::setSeries(const std::vector<SeriesInfo>& series) {
    bool same = series.size() == m_series.size();
    for (std::size_t i = 0; same && i < series.size(); ++i)
        same = series[i].key == m_series[i].key && series[i].label == m_series[i].label;
    if (same) return;
    const std::uint64_t ignoreUpToStep = m_ignoreUpToStep;  // data replaced before the first frame stays replaced
    clear();
    m_ignoreUpToStep = ignoreUpToStep;
    m_plot->clearGraphs();
    m_series = series;
    m_graphs.assign(series.size(), nullptr);
    // Losses solid and dark, metrics dashed and coloured: the first two of each
    // as the playground always drew them (training grey, test black; blue, orange).
    const QColor lossColours[] = {QColor(0x77, 0x77, 0x77), QColor(0x10, 0x10, 0x10), QColor(0x8e, 0x44, 0xad),
                                  QColor(0x2e, 0x7d, 0x32)};
    const QColor metricColours[] = {QColor(0x08, 0x77, 0xbd, 160), QColor(0xf5, 0x93, 0x22, 200),
                                    QColor(0xc6, 0x28, 0x28, 200), QColor(0x00, 0x89, 0x7b, 200)};
    int losses = 0, metrics = 0;
    QStringList metricNames;
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (series[i].role == SeriesRole::Rate) continue;
        const bool loss = series[i].role == SeriesRole::Loss;
        QCPGraph* g = m_plot->addGraph(m_plot->xAxis, loss ? m_plot->yAxis : m_plot->yAxis2);
        g->setName(seriesLabel(series[i]));
        g->setPen(loss ? QPen(lossColours[losses++ % 4], 2.0) : QPen(metricColours[metrics++ % 4], 1.0, Qt::DashLine));
        g->setAdaptiveSampling(true);
        if (!loss) metricNames << seriesAxisLabel(series[i]);
        m_graphs[i] = g;
    }
    metricNames.removeDuplicates();
    m_plot->yAxis2->setLabel(metricNames.join(QStringLiteral(", ")));
    m_plot->yAxis2->setVisible(metrics > 0);
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
    fitTicks();
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
    m_stale = false;
    m_history.clear();
    m_stride = 1;
    clearCurves();
    m_lastStep = 0;
    rescale();
    updateReadout();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::clearCurves() {
    for (QCPGraph* g : m_graphs)
        if (g) g->data()->clear();
}

void LossPlot::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    if (!snapshot->series.empty()) {
        setSeries(snapshot->series);
        setHistoryByStep(snapshot->historyByStep);
    }
    // A reset starts the count again: Playground clears the chart.
    if (snapshot->step < m_lastStep ||
        (!snapshot->newHistory.empty() && !m_history.empty() && snapshot->newHistory.front().epoch <= m_history.back().epoch))
        clear();
    m_lastStep = snapshot->step;
    if (snapshot->newHistory.empty()) return;
    addPoints(snapshot->newHistory);
}

void LossPlot::setHistoryByStep(bool byStep) {
    if (byStep == m_byStep) return;
    m_byStep = byStep;
    m_plot->xAxis->setLabel(byStep ? tr("iteration") : tr("epoch"));
    clearCurves();
    const std::vector<HistoryPoint>& held = m_history.points();
    for (std::size_t i = 0; i < held.size(); i += m_stride) plotPoint(held[i]);
    rescale();
    m_replot->request();
}

double LossPlot::xOf(const HistoryPoint& p) const { return double(m_byStep ? p.step : p.epoch); }

void LossPlot::plotPoint(const HistoryPoint& p) {
    const double e = xOf(p);
    for (std::size_t i = 0; i < m_graphs.size() && i < kMaxSeries; ++i)
        if (m_graphs[i] && !std::isnan(p.values[i])) m_graphs[i]->addData(e, p.values[i]);
}

void LossPlot::addPoints(const std::vector<HistoryPoint>& points) {
    // The points are kept as DownsampledHistory keeps them (tooltip, readout);
    // the curves get every m_stride-th held point, so that a replot costs the
    // same after a minute at 1000 epochs/s as after a second: the stride
    // doubles whenever the curves reach kMaxPlotted points, and the curves are
    // drawn again whenever the history thinned its older points.
    bool thinned = false;
    for (const HistoryPoint& p : points) {
        if (p.step <= m_ignoreUpToStep && m_ignoreUpToStep > 0) continue;
        const std::size_t before = m_history.size();
        m_history.push(p);
        thinned = thinned || m_history.size() <= before;
        // A point measured before the edit (still on its way) leaves the dashes.
        if (p.step > m_staleAtStep) m_stale = false;
        if (!thinned && (m_history.size() - 1) % m_stride == 0) plotPoint(p);
    }
    const std::vector<HistoryPoint>& held = m_history.points();
    if (thinned || held.size() / m_stride > std::size_t(kMaxPlotted)) {
        while (held.size() / m_stride > std::size_t(kMaxPlotted)) m_stride *= 2;
        clearCurves();
        for (std::size_t i = 0; i < held.size(); i += m_stride) plotPoint(held[i]);
    }
    rescale();
    updateReadout();
    // A curve needs no 60 Hz: at most one replot per kReplotIntervalMs while
    // points stream in, the last one always drawn, none while hidden.
    m_replot->request();
}

void LossPlot::rescale() {
    if (m_history.empty()) {
        m_plot->xAxis->setRange(0, 10);
        m_plot->yAxis->setRange(isLogScale() ? 0.01 : 0.0, 1.0);
        m_plot->yAxis2->setRange(0.0, 1.0);
        return;
    }
    // From the start of the first epoch shown (after a data change the count goes on).
    const HistoryPoint& last = m_history.back();
    const double perEpoch = m_byStep && last.epoch > 0 ? std::max(1.0, double(last.step) / double(last.epoch)) : 1.0;
    const double first = xOf(m_history.front()) - perEpoch;
    m_plot->xAxis->setRange(first, std::max(first + 10.0 * perEpoch, xOf(last)));
    bool found = false;
    const QCPRange range = valueRange(SeriesRole::Loss, &found);
    if (found) {
        if (isLogScale()) {
            m_plot->yAxis->setRange(range.lower / 1.5, range.upper * 1.5);
        } else {
            m_plot->yAxis->setRange(std::min(0.0, range.lower), range.upper * 1.05 + 1e-12);
        }
    }
    // Shares (accuracy, error rates) on 0..1; anything larger (RMSE) from 0 to its top.
    bool foundMetric = false;
    const QCPRange metric = valueRange(SeriesRole::Metric, &foundMetric);
    const bool share = !foundMetric || (metric.lower >= 0.0 && metric.upper <= 1.0);
    m_plot->yAxis2->setRange(0.0, share ? 1.0 : metric.upper * 1.05 + 1e-12);
}

QCPRange LossPlot::valueRange(SeriesRole role, bool* found) const {
    *found = false;
    QCPRange range;
    const QCP::SignDomain domain = role == SeriesRole::Loss && isLogScale() ? QCP::sdPositive : QCP::sdBoth;
    for (std::size_t i = 0; i < m_graphs.size(); ++i) {
        if (!m_graphs[i] || m_series[i].role != role) continue;
        bool f = false;
        const QCPRange r = m_graphs[i]->getValueRange(f, domain);
        if (!f) continue;
        range = *found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
        *found = true;
    }
    return range;
}

void LossPlot::updateReadout() {
    // The losses, as many as fit a line: "Training loss 0.123   Test loss 0.145".
    const QLocale locale;
    QStringList parts, samples;
    for (std::size_t i = 0; i < m_series.size() && parts.size() < 2; ++i) {
        if (m_series[i].role != SeriesRole::Loss) continue;
        const double v = m_history.empty() || m_stale ? std::nan("") : m_history.back().values[i];
        parts << tr("%1 %2").arg(seriesReadoutLabel(m_series[i]),
                                 std::isnan(v) ? QStringLiteral("\u2013") : locale.toString(v, 'f', 3));
        samples << tr("%1 %2").arg(seriesReadoutLabel(m_series[i]), locale.toString(88.888, 'f', 3));
    }
    m_readout->setText(parts.value(0));
    m_readout2->setText(parts.value(1));
    m_readout2->setVisible(parts.size() > 1);
    // Room for the widest value, so that new digits never relayout the window.
    m_readout->setSampleText(samples.value(0));
    m_readout2->setSampleText(samples.value(1));
    fitReadout();
    m_readout2->setToolTip(m_readout->toolTip());
    m_readout->setToolTip(m_stale ? tr("The network was changed after the last measured epoch: Step or Play measures it again.")
                                  : tr("The latest losses after the last finished epoch."));
}

void LossPlot::markStale() {
    if (m_stale || m_history.empty()) return;
    m_stale = true;
    m_staleAtStep = std::max(m_lastStep, m_history.back().step);
    updateReadout();
}

QString LossPlot::readoutText() const {
    return m_readout2->isVisibleTo(this) ? m_readout->text() + QStringLiteral("   ") + m_readout2->text() : m_readout->text();
}

void LossPlot::fitReadout() {
    const QFontMetrics fm = m_readout->fontMetrics();
    const int need = m_readout->sizeHint().width() + m_readoutRow->spacing() + m_readout2->sizeHint().width();
    const auto direction = need + 8 > width() ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_readoutRow->direction() != direction) m_readoutRow->setDirection(direction);
}

// As many value ticks as the height holds with room between their labels: a
// short plot (a dock under Look inside) would otherwise stack "0,3 0,25 0,2 ..."
// on top of each other.
void LossPlot::fitTicks() {
    const int room = m_plot->height() - 2 * m_plot->fontMetrics().height();
    const int count = std::clamp(room / (3 * m_plot->fontMetrics().height()), 2, 5);
    for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2})
        if (axis->ticker()->tickCount() != count) axis->ticker()->setTickCount(count);
}

void LossPlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitReadout();
    fitTicks();
}

QString LossPlot::describeEpoch(double epoch) const {
    const std::vector<HistoryPoint>& held = m_history.points();
    if (held.empty()) return {};
    // History epochs increase: binary search for the nearest.
    auto it = std::lower_bound(held.begin(), held.end(), epoch,
                               [this](const HistoryPoint& p, double e) { return xOf(p) < e; });
    if (it == held.end()) it = std::prev(it);
    if (it != held.begin() && std::abs(xOf(*std::prev(it)) - epoch) < std::abs(xOf(*it) - epoch))
        it = std::prev(it);
    const HistoryPoint& p = *it;
    const QLocale locale;
    QStringList lines{m_byStep ? tr("Iteration %1 (epoch %2)").arg(locale.toString(qulonglong(p.step)), locale.toString(qulonglong(p.epoch)))
                               : tr("Epoch %1").arg(locale.toString(qulonglong(p.epoch)))};
    for (std::size_t i = 0; i < m_series.size() && i < kMaxSeries; ++i) {
        if (std::isnan(p.values[i])) continue;
        lines << tr("%1: %2").arg(seriesReadoutLabel(m_series[i]), formatSeriesValue(m_series[i], p.values[i]));
    }
    return lines.join(QLatin1Char('\n'));
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
