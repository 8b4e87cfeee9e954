#include "healthview/InitializationView.h"

#include "common/FrameReplot.h"
#include "playground/NetworkEdits.h"
#include "activations/Activation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QShowEvent>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

NamedSpec schemeSpec(int scheme) {
    switch (scheme) {
        case InitializationView::Naive: return NamedSpec("normal", {{"stddev", 0.05}});
        case InitializationView::Glorot: return NamedSpec("glorot_normal");
        default: return NamedSpec("he_normal");
    }
}

const QColor kColors[InitializationView::kSchemes] = {QColor(0x77, 0x77, 0x77), QColor(0x08, 0x77, 0xbd),
                                                      QColor(0xd6, 0x27, 0x28), QColor(0x20, 0x24, 0x28)};

// Layers are whole numbers: ticks at integer multiples only (no "1.5 layer").
QSharedPointer<QCPAxisTicker> wholeLayerTicker() {
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    return ticker;
}

QCustomPlot* logPlot(QWidget* parent, const QString& yLabel) {
    auto* plot = new QCustomPlot(parent);
    FrameReplot::paintWithTheWindow(plot);
    plot->setMinimumHeight(170);  // readable on a projector; the dock scrolls
    plot->xAxis->setLabel(QObject::tr("layer"));
    plot->xAxis->setTicker(wholeLayerTicker());
    plot->yAxis->setLabel(yLabel);
    plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    return plot;
}

constexpr double kLogFloor = 1e-30;
constexpr double kHeatFloor = 1e-3;  // shares below this are drawn as empty

QString figure(double v) { return QLocale().toString(v, 'g', 2); }

}  // namespace

InitializationView::InitializationView(QWidget* parent) : QWidget(parent) {
    m_activation = new QComboBox(this);
    for (const ActivationInfo& a : activationTable()) {
        if (!a.backward || a.rowWise) continue;  // binary_step, softmax: not for hidden stacks
        m_activation->addItem(QCoreApplication::translate("Activation", a.label), QString::fromLatin1(a.name));
    }
    m_activation->setCurrentIndex(std::max(0, m_activation->findData(QStringLiteral("relu"))));
    m_activation->setToolTip(tr("The activation of every layer"));
    m_depth = new QSpinBox(this);
    m_depth->setRange(1, 50);
    m_depth->setValue(20);
    m_depth->setToolTip(tr("Number of layers"));
    m_width = new QSpinBox(this);
    m_width->setRange(2, 512);
    m_width->setValue(64);
    m_width->setToolTip(tr("Units per layer"));
    m_heatScheme = new QComboBox(this);
    m_heatScheme->addItems({tr("Naive N(0, 0.05\u00b2)"), tr("Glorot normal"), tr("He normal"), tr("This experiment")});
    m_heatScheme->setCurrentIndex(He);
    m_heatScheme->setToolTip(tr("The initializer whose activation histograms the heat map shows"));

    m_actPlot = logPlot(this, tr("std of activations"));
    m_actPlot->setToolTip(tr("Standard deviation of each layer's outputs at initialisation, for a batch of "
                             "standard-normal inputs. Flat: the signal keeps its scale through the depth."));
    m_gradPlot = logPlot(this, tr("std of gradients"));
    m_gradPlot->setToolTip(tr("Standard deviation of the gradient flowing back into each layer, for a "
                              "standard-normal gradient at the output."));
    // Short names: the legend must fit a side dock; the heat-map choice spells them out.
    const QString names[kSchemes] = {tr("naive"), tr("Glorot"), tr("He"), tr("this experiment")};
    for (int s = 0; s < kSchemes; ++s) {
        m_actGraphs[std::size_t(s)] = m_actPlot->addGraph();
        m_gradGraphs[std::size_t(s)] = m_gradPlot->addGraph();
        for (QCPGraph* g : {m_actGraphs[std::size_t(s)], m_gradGraphs[std::size_t(s)]}) {
            g->setName(names[s]);
            g->setPen(QPen(kColors[s], 2.0));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        }
    }
    // The experiment's own initializer is drawn over the three references, dashed.
    for (QCPGraph* g : {m_actGraphs[Current], m_gradGraphs[Current]}) {
        g->setPen(QPen(kColors[Current], 1.5, Qt::DashLine));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, 6));
    }
    // One legend for both plots (the same four curves), in a row under the first.
    m_gradPlot->legend->setVisible(false);
    QCPLegend* legend = m_actPlot->legend;
    legend->setVisible(true);
    m_actPlot->axisRect()->insetLayout()->take(legend);
    m_actPlot->plotLayout()->addElement(1, 0, legend);
    m_actPlot->plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setWrap(2);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);  // after setWrap: rearranges the entries made so far
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(2, 0, 2, 2));
    legend->setIconSize(16, 8);
    QFont small = m_actPlot->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1.5));
    legend->setFont(small);
    for (int s = 0; s < kSchemes; ++s) m_gradPlot->legend->removeItem(m_gradPlot->legend->itemWithPlottable(m_gradGraphs[std::size_t(s)]));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("initSummary"));
    m_summary->setWordWrap(true);
    m_summary->setToolTip(tr("The spread of the last layer's outputs for each initialisation: near the first layer's "
                             "means the signal survives the depth."));
    m_heatPlot = new QCustomPlot(this);
    FrameReplot::paintWithTheWindow(m_heatPlot);
    m_heatPlot->setMinimumHeight(170);
    m_heatPlot->setToolTip(tr("Activation histogram of every layer (one column per layer) for the chosen initializer"));
    m_heatPlot->xAxis->setLabel(tr("layer"));
    m_heatPlot->xAxis->setTicker(wholeLayerTicker());
    m_heatPlot->yAxis->setLabel(tr("activation"));
    m_heatMap = new QCPColorMap(m_heatPlot->xAxis, m_heatPlot->yAxis);
    m_heatMap->setGradient(QCPColorGradient::gpThermal);
    m_heatMap->setInterpolate(false);
    // ReLU puts half of every layer in the 0 bin: a log colour scale keeps the rest visible.
    m_heatMap->setDataScaleType(QCPAxis::stLogarithmic);

    // Two short rows rather than one long one: the view lives in a side dock.
    for (QComboBox* box : {m_activation, m_heatScheme}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    auto* form = new QGridLayout;
    form->addWidget(new QLabel(tr("Activation"), this), 0, 0);
    form->addWidget(m_activation, 0, 1, 1, 3);
    form->addWidget(new QLabel(tr("Layers"), this), 1, 0);
    form->addWidget(m_depth, 1, 1);
    form->addWidget(new QLabel(tr("Width"), this), 1, 2, Qt::AlignRight);
    form->addWidget(m_width, 1, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    auto* heatRow = new QHBoxLayout;
    heatRow->addWidget(new QLabel(tr("Histograms for"), this));
    heatRow->addWidget(m_heatScheme, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_actPlot, 1);
    layout->addWidget(m_gradPlot, 1);
    layout->addLayout(heatRow);
    layout->addWidget(m_heatPlot, 1);

    connect(m_activation, qOverload<int>(&QComboBox::currentIndexChanged), this, &InitializationView::recompute);
    connect(m_depth, qOverload<int>(&QSpinBox::valueChanged), this, &InitializationView::recompute);
    connect(m_width, qOverload<int>(&QSpinBox::valueChanged), this, &InitializationView::recompute);
    connect(m_heatScheme, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { updateHeatMap(); });
    recompute();
}

void InitializationView::setActivation(const QString& name) {
    const int i = m_activation->findData(name);
    if (i >= 0) m_activation->setCurrentIndex(i);
}
void InitializationView::setDepth(int layers) { m_depth->setValue(layers); }
void InitializationView::setWidth(int units) { m_width->setValue(units); }
void InitializationView::setHeatMapScheme(Scheme scheme) { m_heatScheme->setCurrentIndex(int(scheme)); }
int InitializationView::depth() const { return m_depth->value(); }
int InitializationView::width() const { return m_width->value(); }
QString InitializationView::activation() const { return m_activation->currentData().toString(); }
QString InitializationView::summaryText() const { return m_summary->text(); }

void InitializationView::setExperiment(const Experiment& e) {
    std::vector<const LayerSpec*> hidden;
    const int out = NetworkEdits::outputLayer(e);
    for (int i = 0; i < int(e.network.layers.size()); ++i)
        if (i != out && NetworkEdits::isWeighted(e.network.layers[std::size_t(i)])) hidden.push_back(&e.network.layers[std::size_t(i)]);
    // A net without hidden layers: its output layer is the whole stack.
    if (hidden.empty() && out >= 0) hidden.push_back(&e.network.layers[std::size_t(out)]);
    if (hidden.empty()) return;
    Index widest = 2;
    for (const LayerSpec* l : hidden) widest = std::max(widest, l->units);
    const int a = m_activation->findData(QString::fromStdString(hidden.front()->activation.name));
    const bool same = int(hidden.size()) == m_depth->value() && int(widest) == m_width->value() &&
                      (a < 0 || a == m_activation->currentIndex()) && hidden.front()->weightInit == m_currentInit;
    if (same) return;  // a learning rate or a data edit: the profile is the same
    {
        const QSignalBlocker b1(m_activation), b2(m_depth), b3(m_width);
        if (a >= 0) m_activation->setCurrentIndex(a);
        m_depth->setValue(int(hidden.size()));
        m_width->setValue(int(widest));
    }
    m_currentInit = hidden.front()->weightInit;
    if (isVisible()) recompute();
    else m_stale = true;
}

void InitializationView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) recompute();
}

void InitializationView::recompute() {
    InitProfileSpec spec;
    spec.depth = m_depth->value();
    spec.width = m_width->value();
    spec.activation = NamedSpec(m_activation->currentData().toString().toStdString());
    spec.samples = 256;
    m_stale = false;
    // Each plot its own range: sigmoid activations sit near 0.1 while naive gradients reach 1e-8.
    // Plain bounds: QCPRange's constructor would swap an empty (HUGE_VAL, 0) start.
    struct Bounds {
        double lower = HUGE_VAL, upper = 0.0;
    };
    Bounds actRange, gradRange;
    auto widen = [](Bounds& r, double v) {
        if (std::isnan(v)) return;
        r.lower = std::min(r.lower, v);
        r.upper = std::max(r.upper, v);
    };
    for (int s = 0; s < kSchemes; ++s) {
        spec.weightInit = s == Current ? m_currentInit : schemeSpec(s);
        try {
            m_profiles[std::size_t(s)] = initializationProfile(spec);
        } catch (const std::exception&) {
            m_profiles[std::size_t(s)].clear();  // an initializer the profile cannot draw (a bad file): no curve
        }
        QVector<double> layers, act, grad;
        // Log axes cannot show 0 (zero initialisation): such points are left out.
        auto shown = [](double v) { return v > kLogFloor && std::isfinite(v) ? v : qQNaN(); };
        for (std::size_t i = 0; i < m_profiles[std::size_t(s)].size(); ++i) {
            const InitLayerProfile& p = m_profiles[std::size_t(s)][i];
            layers << double(i + 1);
            act << shown(p.activationStd);
            grad << shown(p.gradientStd);
            widen(actRange, act.back());
            widen(gradRange, grad.back());
        }
        m_actGraphs[std::size_t(s)]->setData(layers, act, true);
        m_gradGraphs[std::size_t(s)]->setData(layers, grad, true);
    }
    for (auto [p, r] : {std::pair{m_actPlot, actRange}, std::pair{m_gradPlot, gradRange}}) {
        p->xAxis->setRange(0.5, spec.depth + 0.5);
        if (r.upper > 0.0) p->yAxis->setRange(std::max(r.lower, kLogFloor) / 2.0, std::max(r.upper, r.lower) * 2.0);
        p->replot(QCustomPlot::rpQueuedReplot);
    }
    auto lastStd = [this](int s) {
        const auto& p = m_profiles[std::size_t(s)];
        return p.empty() ? 0.0 : p.back().activationStd;
    };
    const double first = m_profiles[He].empty() ? 0.0 : m_profiles[He].front().activationStd;
    m_summary->setText(tr("Activation std at layer %1 (layer 1 with He: %2): naive %3, Glorot %4, He %5, "
                          "this experiment (%6) %7.")
                           .arg(spec.depth)
                           .arg(figure(first), figure(lastStd(Naive)), figure(lastStd(Glorot)), figure(lastStd(He)),
                                NetworkEdits::initializerLabel(m_currentInit.name), figure(lastStd(Current))));
    updateHeatMap();
}

void InitializationView::updateHeatMap() {
    const std::vector<InitLayerProfile>& profile = m_profiles[std::size_t(std::clamp(m_heatScheme->currentIndex(), 0, kSchemes - 1))];
    QCPColorMapData* data = m_heatMap->data();
    data->clear();
    if (profile.empty() || profile.front().activations.counts.empty()) return;
    const Histogram& first = profile.front().activations;  // the same bins for every layer
    const int bins = int(first.counts.size()), layers = int(profile.size());
    const double width = (first.hi - first.lo) / bins;
    data->setSize(layers, bins);
    data->setRange(QCPRange(1.0, double(std::max(layers, 2))), QCPRange(first.lo + 0.5 * width, first.hi - 0.5 * width));
    for (int l = 0; l < layers; ++l) {
        const Histogram& h = profile[std::size_t(l)].activations;
        for (int k = 0; k < bins; ++k)
            data->setCell(l, k, std::max(kHeatFloor, h.total > 0 ? h.counts[std::size_t(k)] / h.total : 0.0));
    }
    m_heatMap->setDataRange(QCPRange(kHeatFloor, 1.0));
    m_heatPlot->xAxis->setRange(0.5, layers + 0.5);
    m_heatPlot->yAxis->setRange(first.lo, first.hi);
    m_heatPlot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
