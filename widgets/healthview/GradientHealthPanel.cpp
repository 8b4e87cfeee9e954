#include "healthview/GradientHealthPanel.h"

#include "common/FrameReplot.h"
#include "common/ReadoutLabel.h"
#include "healthview/VerdictList.h"
#include "health/UnitState.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

QColor layerColor(int i, int n) {
    // Early layers blue, late ones red: vanishing shows as blue below red.
    const int hue = n <= 1 ? 0 : int(240.0 * (1.0 - double(i) / double(n - 1)));
    return QColor::fromHsv(hue, 200, 200);
}

// One pixel wide: Qt's raster engine draws such lines directly, while a wider
// pen strokes a polygon first. Two thousand noisy points per layer, one on
// top of the other, took that stroker 100 ms and more per frame.
QPen normPen(int i, int n) { return QPen(layerColor(i, n), 1.0); }

QCustomPlot* makePlot(QWidget* parent, int minimumHeight) {
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumHeight(minimumHeight);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    return plot;
}

// A bar colour with the see-through look of `alpha` over the plot's white
// background (QCustomPlot's default), but opaque. Qt blends a translucent
// fill of many rows (about 100) on its thread pool while the GUI thread waits
// for it: each bar, each frame, and stalls of 10-20 ms when the pool's
// threads wait for a core. An opaque fill it writes in place.
QColor opaqueOnWhite(int r, int g, int b, int alpha) {
    const auto mix = [alpha](int c) { return (c * alpha + 255 * (255 - alpha) + 127) / 255; };
    return QColor(mix(r), mix(g), mix(b));
}

// In a narrow dock a legend inside the plot covers the curves: put it in a
// row of its own under the axes, `perRow` entries a line.
void legendBelow(QCustomPlot* plot, int perRow) {
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(1, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->legend->setWrap(perRow);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);  // after setWrap: rearranges the entries made so far
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setMargins(QMargins(2, 0, 2, 2));
    plot->legend->setRowSpacing(0);
    plot->legend->setColumnSpacing(6);
    plot->legend->setIconSize(14, 8);
    QFont small = plot->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1.5));
    plot->legend->setFont(small);
}

// An empty legend (no layer yet) squeezes the plot above it to a sliver in
// QCustomPlot 2.1's grid: its row is there only while it has entries.
void legendRowWhileFilled(QCustomPlot* plot) {
    QCPLayoutGrid* grid = plot->plotLayout();
    const bool placed = grid->hasElement(1, 0) && grid->element(1, 0) == plot->legend;
    const bool filled = plot->legend->itemCount() > 0;
    plot->legend->setVisible(filled);
    if (filled && !placed) {
        grid->addElement(1, 0, plot->legend);
        grid->setRowStretchFactor(1, 0.001);
    } else if (!filled && placed) {
        grid->take(plot->legend);
        grid->simplify();
    }
}

// Log axes cannot show 0: a gradient of exactly 0 is drawn at this floor.
constexpr double kLogFloor = 1e-16;

}  // namespace

GradientHealthPanel::GradientHealthPanel(QWidget* parent) : QWidget(parent) {
    m_ratioLabel = new ReadoutLabel(this);
    m_ratioLabel->setLineCount(2);  // a sentence and a figure: two lines in a 1024 px window
    m_ratioLabel->setToolTip(tr("Gradient norm of the first layer divided by that of the last layer. Far below 1: "
                                "vanishing gradients; far above 1: exploding gradients."));

    m_medianLabel = new ReadoutLabel(this);
    m_medianLabel->setLineCount(2);
    m_medianLabel->setToolTip(tr("The verdict's figure: the median gradient of the first layer divided by the median of the "
                                 "last, over the last quarter of the recorded steps. The line above is the latest step alone."));
    m_medianLabel->hide();

    m_normPlot = makePlot(this, 170);
    m_normPlot->setToolTip(tr("Norm of each layer's weight gradient at every recorded step, on a log axis. "
                              "Early layers in blue, late layers in red."));
    m_normPlot->xAxis->setLabel(tr("step"));
    m_normPlot->yAxis->setLabel(tr("|dL/dW|"));
    m_normPlot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_normPlot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    legendBelow(m_normPlot, 4);
    // Room on the right for the last step's label, which is centred on the axis' end.
    m_normPlot->axisRect()->setMinimumMargins(QMargins(0, 0, 14, 0));

    m_sharePlot = makePlot(this, 200);  // the slanted layer names take half of it
    m_sharePlot->setToolTip(tr("Per layer: the share of saturated outputs (sigmoid/tanh with a slope below 18 % of "
                               "its peak, |z| > 3 for sigmoid) and of dead units (0 on 100 samples in a row)."));
    m_sharePlot->yAxis->setLabel(tr("%"));
    m_sharePlot->yAxis->setRange(0.0, 100.0);
    m_saturatedBars = new QCPBars(m_sharePlot->xAxis, m_sharePlot->yAxis);
    m_saturatedBars->setName(tr("saturated"));
    m_saturatedBars->setBrush(opaqueOnWhite(0xf5, 0x93, 0x22, 200));
    m_saturatedBars->setPen(Qt::NoPen);
    m_deadBars = new QCPBars(m_sharePlot->xAxis, m_sharePlot->yAxis);
    m_deadBars->setName(tr("dead"));
    m_deadBars->setBrush(opaqueOnWhite(0x55, 0x55, 0x55, 200));
    m_deadBars->setPen(Qt::NoPen);
    auto* group = new QCPBarsGroup(m_sharePlot);
    m_saturatedBars->setBarsGroup(group);
    m_deadBars->setBarsGroup(group);
    m_saturatedBars->setWidth(0.35);
    m_deadBars->setWidth(0.35);
    legendBelow(m_sharePlot, 2);

    m_layer = new QComboBox(this);
    m_layer->setToolTip(tr("The layer whose histogram is shown"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Weights"));
    m_kind->addItem(tr("Activations"));
    m_kind->addItem(tr("Gradients (log10 |g|)"));
    m_kind->setCurrentIndex(int(HistogramKind::Gradients));
    m_kind->setToolTip(tr("Which values of the layer the histogram counts"));
    // Sized by a few characters, not by the longest entry: the dock may be narrow.
    for (QComboBox* box : {m_layer, m_kind}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(5);
    }
    connect(m_layer, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { updateHistogram(); });
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { updateHistogram(); });

    m_histPlot = makePlot(this, 90);
    m_histPlot->setToolTip(tr("The chosen layer's histogram at the latest recorded step"));
    m_histPlot->yAxis->setLabel(tr("share"));
    m_histBars = new QCPBars(m_histPlot->xAxis, m_histPlot->yAxis);
    m_histBars->setPen(Qt::NoPen);
    m_histBars->setBrush(opaqueOnWhite(0x08, 0x77, 0xbd, 200));
    m_zeroNote = new QCPItemText(m_histPlot);
    m_zeroNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_zeroNote->position->setCoords(0.98, 0.04);
    m_zeroNote->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_zeroNote->setColor(QColor(0x20, 0x24, 0x28));
    m_zeroNote->setVisible(false);

    m_heatPlot = makePlot(this, 110);
    m_heatPlot->setToolTip(tr("The chosen layer's histogram over time: one column per recorded step, darker = fewer"));
    m_heatPlot->xAxis->setLabel(tr("step"));
    m_heatMap = new QCPColorMap(m_heatPlot->xAxis, m_heatPlot->yAxis);
    m_heatMap->setGradient(QCPColorGradient::gpThermal);
    m_heatMap->setInterpolate(false);

    // Snapshots come at up to 60 a second, health records every 10th step:
    // each plot is drawn at most every kReplotIntervalMs (as the loss plot),
    // the last state always, and not while the dock is behind another tab.
    m_normReplot = new FrameReplot(m_normPlot, kReplotIntervalMs);
    m_shareReplot = new FrameReplot(m_sharePlot, kReplotIntervalMs);
    m_histReplot = new FrameReplot(m_histPlot, kReplotIntervalMs);
    m_heatReplot = new FrameReplot(m_heatPlot, kReplotIntervalMs);

    m_verdicts = new VerdictList(this);
    m_verdicts->setMinimumHeight(110);
    connect(m_verdicts, &VerdictList::tryRequested, this, &GradientHealthPanel::tryRequested);

    auto* histRow = new QHBoxLayout;
    histRow->addWidget(m_layer, 1);
    histRow->addWidget(m_kind, 1);

    auto* plots = new QWidget(this);
    auto* plotLayout = new QVBoxLayout(plots);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addWidget(m_ratioLabel);
    plotLayout->addWidget(m_medianLabel);
    plotLayout->addWidget(m_normPlot, 3);
    plotLayout->addWidget(m_sharePlot, 2);
    // The caption on its own line keeps the panel narrow enough for a side dock.
    plotLayout->addWidget(new QLabel(tr("Histogram of"), this));
    plotLayout->addLayout(histRow);
    plotLayout->addWidget(m_histPlot, 2);
    plotLayout->addWidget(m_heatPlot, 2);

    // The diagnosis first: in a short dock it is what a student must see
    // without scrolling; the plots below are its evidence.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_verdicts);
    splitter->addWidget(plots);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);
    clear();
}

QString GradientHealthPanel::ratioText() const {
    return m_medianLabel->text().isEmpty() ? m_ratioLabel->text() : m_ratioLabel->text() + QLatin1Char('\n') + m_medianLabel->text();
}

int GradientHealthPanel::histogramLayer() const { return m_layer->currentIndex(); }
void GradientHealthPanel::setHistogramLayer(int layer) { m_layer->setCurrentIndex(layer); }
GradientHealthPanel::HistogramKind GradientHealthPanel::histogramKind() const { return HistogramKind(m_kind->currentIndex()); }
void GradientHealthPanel::setHistogramKind(HistogramKind kind) { m_kind->setCurrentIndex(int(kind)); }

void GradientHealthPanel::clear() {
    for (QCPGraph* g : m_normGraphs) m_normPlot->removeGraph(g);
    m_normGraphs.clear();
    m_weighted.clear();
    m_layerNames.clear();
    m_points.clear();
    m_layer->clear();
    m_lastStep = 0;
    m_ratio = std::numeric_limits<double>::quiet_NaN();
    m_ratioLabel->setText(tr("Train to see the gradients"));
    m_saturatedBars->data()->clear();
    m_deadBars->data()->clear();
    m_histBars->data()->clear();
    m_heatMap->data()->clear();
    m_verdicts->setVerdicts({});
    m_verdicts->setHarmlessDead(0);
    m_verdictRatio = std::numeric_limits<double>::quiet_NaN();
    m_medianLabel->setText(QString());
    m_medianLabel->hide();
    m_normPlot->xAxis->setRange(0, 10);
    m_normPlot->yAxis->setRange(1e-6, 1.0);
    legendRowWhileFilled(m_normPlot);
    for (FrameReplot* r : {m_normReplot, m_shareReplot, m_histReplot, m_heatReplot}) r->request();
}

void GradientHealthPanel::rebuild(const Snapshot& s) {
    clear();
    m_revision = s.structureRevision;
    const int n = int(s.layers.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; ++i) {
        const LayerFrame& f = s.layers[std::size_t(i)];
        const QString name = QString::fromStdString(f.name);
        m_layer->addItem(name);
        ticker->addTick(i, name);
        if (!f.healthInfo.hasWeights) continue;
        QCPGraph* g = m_normPlot->addGraph();
        g->setName(name);
        g->setPen(normPen(int(m_normGraphs.size()), 1));
        g->setAdaptiveSampling(true);
        m_normGraphs.push_back(g);
        m_weighted.push_back(i);
        m_layerNames << name;
    }
    for (std::size_t k = 0; k < m_normGraphs.size(); ++k)
        m_normGraphs[k]->setPen(normPen(int(k), int(m_normGraphs.size())));
    // Legend items clip at their text height, which cuts the "_" of "dense_1" off.
    for (int k = 0; k < m_normPlot->legend->itemCount(); ++k)
        if (QCPAbstractLegendItem* item = m_normPlot->legend->item(k)) item->setMargins(QMargins(0, 0, 0, 3));
    legendRowWhileFilled(m_normPlot);
    m_sharePlot->xAxis->setTicker(ticker);
    // Layer names side by side overlap beyond a few layers: slant them.
    m_sharePlot->xAxis->setTickLabelRotation(n > 3 ? -35 : 0);  // negative: the label ends at its tick, the last stays inside
    m_sharePlot->xAxis->setRange(-0.6, double(n) - 0.4);
    if (n > 0) m_layer->setCurrentIndex(0);
}

const Histogram* GradientHealthPanel::histogramOf(const LayerHealth& h) const {
    switch (histogramKind()) {
        case HistogramKind::Weights: return &h.weightHistogram;
        case HistogramKind::Activations: return &h.activationHistogram;
        case HistogramKind::Gradients: return &h.gradientHistogram;
    }
    return nullptr;
}

void GradientHealthPanel::addPoint(const HealthPoint& p) {
    const double step = double(p.step);
    for (std::size_t k = 0; k < m_normGraphs.size(); ++k) {
        const std::size_t i = std::size_t(m_weighted[k]);
        if (i >= p.layers.size()) continue;
        const double g = p.layers[i].weightGradNorm;
        m_normGraphs[k]->addData(step, std::isfinite(g) ? std::max(g, kLogFloor) : qQNaN());
        if (m_normGraphs[k]->dataCount() > kMaxPlotted)
            m_normGraphs[k]->data()->removeBefore(m_normGraphs[k]->data()->at(m_normGraphs[k]->dataCount() - kMaxPlotted)->key);
    }
    if (m_weighted.size() >= 2 && std::size_t(m_weighted.back()) < p.layers.size()) {
        const double first = p.layers[std::size_t(m_weighted.front())].weightGradNorm;
        const double last = p.layers[std::size_t(m_weighted.back())].weightGradNorm;
        m_ratio = last > 0.0 ? first / last : std::numeric_limits<double>::quiet_NaN();
    }
    m_points.push_back(p);
    while (int(m_points.size()) > kMaxColumns) m_points.pop_front();
    m_lastStep = p.step;
}

void GradientHealthPanel::updateRatioText(const Snapshot& s) {
    // The latest step's ratio moves from step to step; the verdict reads the
    // median over a window. Both are shown, each saying what it is.
    const QLocale locale;
    QString text;
    if (std::isfinite(m_ratio))
        text = tr("First / last layer gradient at step %1: %2").arg(locale.toString(qulonglong(m_lastStep)), locale.toString(m_ratio, 'g', 3));
    else if (!m_points.empty() && m_weighted.size() >= 2)
        text = tr("First / last layer gradient at step %1: \u2013 (last is 0)").arg(locale.toString(qulonglong(m_lastStep)));
    m_verdictRatio = std::numeric_limits<double>::quiet_NaN();
    QString median;
    for (const Verdict& v : s.verdicts)
        for (const Evidence& e : v.evidence)
            if (e.key == "grad_ratio_first_last" && e.figures.size() >= 5 && !std::isfinite(m_verdictRatio)) {
                m_verdictRatio = e.value;
                median = tr("Median over steps %1\u2013%2, as in the verdict: %3")
                             .arg(locale.toString(qlonglong(e.figures[3])), locale.toString(qlonglong(e.figures[4])),
                                  VerdictList::figureText(e.value));
            }
    if (!text.isEmpty()) m_ratioLabel->setText(text);
    m_medianLabel->setText(median);
    if (m_medianLabel->isHidden() != median.isEmpty()) m_medianLabel->setVisible(!median.isEmpty());
}

int GradientHealthPanel::harmlessDeadUnits(const Snapshot& s) {
    // Counted as the canvas counts its "dead" marks (health/UnitState.h), in
    // the layers no verdict is about.
    int dead = 0;
    for (const LayerFrame& f : s.layers) {
        if (!f.hasHealth) continue;
        bool named = false;
        for (const Verdict& v : s.verdicts)
            named = named || std::find(v.layers.begin(), v.layers.end(), f.name) != v.layers.end();
        if (named) continue;
        for (Index u = 0; u < Index(f.health.unitQuiet.size()); ++u) dead += unitState(f.health, u) == UnitState::Dead ? 1 : 0;
    }
    return dead;
}

void GradientHealthPanel::updateShares(const Snapshot& s) {
    QVector<double> keys, saturated, dead;
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerFrame& f = s.layers[i];
        if (!f.hasHealth) continue;
        keys << double(i);
        saturated << 100.0 * f.health.saturatedFraction;
        dead << 100.0 * f.health.persistentDeadFraction;
    }
    m_saturatedBars->setData(keys, saturated, true);
    m_deadBars->setData(keys, dead, true);
}

void GradientHealthPanel::updateHistogram() {
    const int layer = histogramLayer();
    m_histBars->data()->clear();
    m_heatMap->data()->clear();
    m_zeroNote->setVisible(false);
    if (layer < 0 || m_points.empty() || std::size_t(layer) >= m_points.back().layers.size()) {
        m_histReplot->request();
        m_heatReplot->request();
        return;
    }
    const Histogram* latest = histogramOf(m_points.back().layers[std::size_t(layer)]);
    const int bins = latest ? int(latest->counts.size()) : 0;
    if (bins == 0) {
        m_histReplot->request();
        m_heatReplot->request();
        return;
    }
    const double width = (latest->hi - latest->lo) / bins;
    QVector<double> keys, values;
    for (int k = 0; k < bins; ++k) {
        keys << latest->lo + (k + 0.5) * width;
        values << (latest->total > 0 ? latest->counts[std::size_t(k)] / latest->total : 0.0);
    }
    if (latest->scale == Histogram::Scale::Log10Magnitude && latest->zeros > 0 && latest->total > 0) {
        m_zeroNote->setText(tr("exactly 0: %1 %").arg(QLocale().toString(100.0 * latest->zeros / latest->total, 'f', 0)));
        m_zeroNote->setVisible(true);
    }
    m_histBars->setWidth(width);
    m_histBars->setData(keys, values, true);
    m_histPlot->xAxis->setLabel(histogramKind() == HistogramKind::Gradients ? tr("log10 |g|") : tr("value"));
    m_histPlot->xAxis->setRange(latest->lo, latest->hi);
    m_histPlot->yAxis->setRange(0.0, std::max(0.05, *std::max_element(values.begin(), values.end()) * 1.1));

    // Heat map: columns = recorded points, rows = bins. The bins are fixed per
    // network, so the columns line up.
    const int columns = int(m_points.size());
    QCPColorMapData* data = m_heatMap->data();
    data->setSize(columns, bins);
    data->setRange(QCPRange(double(m_points.front().step), double(m_points.back().step) + (columns == 1 ? 1.0 : 0.0)),
                   QCPRange(latest->lo + 0.5 * width, latest->hi - 0.5 * width));
    for (int c = 0; c < columns; ++c) {
        const Histogram* h = histogramOf(m_points[std::size_t(c)].layers[std::size_t(layer)]);
        for (int k = 0; k < bins; ++k) {
            const double share = h && h->total > 0 && std::size_t(k) < h->counts.size() ? h->counts[std::size_t(k)] / h->total : 0.0;
            data->setCell(c, k, share);
        }
    }
    m_heatMap->setDataRange(QCPRange(0.0, 1.0));
    m_heatMap->rescaleDataRange(true);
    m_heatPlot->xAxis->setRange(data->keyRange());
    m_heatPlot->yAxis->setRange(latest->lo, latest->hi);
    m_heatPlot->yAxis->setLabel(histogramKind() == HistogramKind::Gradients ? tr("log10 |g|") : tr("value"));
    m_histReplot->request();
    m_heatReplot->request();
}

void GradientHealthPanel::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    const Snapshot& s = *snapshot;
    bool anyHealth = false;
    for (const LayerFrame& f : s.layers) anyHealth = anyHealth || f.hasHealth;
    if (!anyHealth && s.newHealth.empty()) {
        // Nothing recorded for this run yet (a lesson just opened, a reset, a
        // kind without gradients): show nothing rather than the last run's.
        if (m_layer->count() > 0 || !m_verdicts->verdicts().empty() || !m_points.empty()) clear();
        m_revision = s.structureRevision;
        return;
    }
    bool sameNames = m_layer->count() == int(s.layers.size());
    for (int i = 0; sameNames && i < m_layer->count(); ++i)
        sameNames = m_layer->itemText(i) == QString::fromStdString(s.layers[std::size_t(i)].name);
    if (s.structureRevision != m_revision || s.step < m_lastStep || !sameNames) rebuild(s);
    for (const HealthPoint& p : s.newHealth) addPoint(p);

    updateRatioText(s);
    bool found = false;
    QCPRange steps, norms;
    for (QCPGraph* g : m_normGraphs) {
        // A run that fails within its first steps has a point or two: a line alone would not show them.
        const bool few = g->dataCount() <= 40;
        if (few != (g->scatterStyle().shape() != QCPScatterStyle::ssNone))
            g->setScatterStyle(few ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5) : QCPScatterStyle());
        bool f1 = false, f2 = false;
        const QCPRange k = g->getKeyRange(f1), v = g->getValueRange(f2, QCP::sdPositive);
        if (!f1 || !f2) continue;
        steps = found ? QCPRange(std::min(steps.lower, k.lower), std::max(steps.upper, k.upper)) : k;
        norms = found ? QCPRange(std::min(norms.lower, v.lower), std::max(norms.upper, v.upper)) : v;
        found = true;
    }
    if (found) {
        // A little room at the ends, so the first and last markers are whole.
        const double pad = std::max(0.5, 0.01 * (steps.upper - steps.lower));
        m_normPlot->xAxis->setRange(steps.lower - pad, std::max(steps.upper, steps.lower + 1.0) + pad);
        // At least two decades: a flat run (all gradients 0, drawn at the floor)
        // would otherwise get sub-decade ticks such as 1.25·10⁻¹⁶.
        double lo = norms.lower / 2.0, hi = norms.upper * 2.0;
        if (hi < 100.0 * lo) {
            const double centre = std::sqrt(lo * hi);
            lo = centre / 10.0;
            hi = centre * 10.0;
        }
        m_normPlot->yAxis->setRange(lo, hi);
    }
    updateShares(s);
    updateHistogram();
    m_verdicts->setVerdicts(s.verdicts, int(s.layers.size()));
    m_verdicts->setHarmlessDead(harmlessDeadUnits(s));
    m_normReplot->request();
    m_shareReplot->request();
}

}  // namespace nnlab
