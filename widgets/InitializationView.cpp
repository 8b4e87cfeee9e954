#include "InitializationView.h"

#include "activations/Activation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
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

const QColor kColors[3] = {QColor(0x77, 0x77, 0x77), QColor(0x08, 0x77, 0xbd), QColor(0xd6, 0x27, 0x28)};

QCustomPlot* logPlot(QWidget* parent, const QString& yLabel) {
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumHeight(120);
    plot->xAxis->setLabel(QObject::tr("layer"));
    plot->yAxis->setLabel(yLabel);
    plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), qMax(7, plot->font().pointSize() - 2)));
    return plot;
}

constexpr double kLogFloor = 1e-30;

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
    m_heatScheme->addItems({tr("Naive N(0, 0.05\u00b2)"), tr("Glorot normal"), tr("He normal")});
    m_heatScheme->setCurrentIndex(He);
    m_heatScheme->setToolTip(tr("The initializer whose activation histograms the heat map shows"));

    m_actPlot = logPlot(this, tr("std of activations"));
    m_actPlot->setToolTip(tr("Standard deviation of each layer's outputs at initialisation, for a batch of "
                             "standard-normal inputs. Flat: the signal keeps its scale through the depth."));
    m_gradPlot = logPlot(this, tr("std of gradients"));
    m_gradPlot->setToolTip(tr("Standard deviation of the gradient flowing back into each layer, for a "
                              "standard-normal gradient at the output."));
    const QString names[3] = {tr("naive N(0, 0.05\u00b2)"), tr("Glorot"), tr("He")};
    for (int s = 0; s < 3; ++s) {
        m_actGraphs[std::size_t(s)] = m_actPlot->addGraph();
        m_gradGraphs[std::size_t(s)] = m_gradPlot->addGraph();
        for (QCPGraph* g : {m_actGraphs[std::size_t(s)], m_gradGraphs[std::size_t(s)]}) {
            g->setName(names[s]);
            g->setPen(QPen(kColors[s], 2.0));
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        }
    }
    m_heatPlot = new QCustomPlot(this);
    m_heatPlot->setMinimumHeight(120);
    m_heatPlot->setToolTip(tr("Activation histogram of every layer (one column per layer) for the chosen initializer"));
    m_heatPlot->xAxis->setLabel(tr("layer"));
    m_heatPlot->yAxis->setLabel(tr("activation"));
    m_heatMap = new QCPColorMap(m_heatPlot->xAxis, m_heatPlot->yAxis);
    m_heatMap->setGradient(QCPColorGradient::gpThermal);
    m_heatMap->setInterpolate(false);

    auto* form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("Activation"), this));
    form->addWidget(m_activation, 1);
    form->addWidget(new QLabel(tr("Layers"), this));
    form->addWidget(m_depth);
    form->addWidget(new QLabel(tr("Width"), this));
    form->addWidget(m_width);
    auto* heatRow = new QHBoxLayout;
    heatRow->addWidget(new QLabel(tr("Histograms for"), this));
    heatRow->addWidget(m_heatScheme, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(form);
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

void InitializationView::recompute() {
    InitProfileSpec spec;
    spec.depth = m_depth->value();
    spec.width = m_width->value();
    spec.activation = NamedSpec(m_activation->currentData().toString().toStdString());
    spec.samples = 256;
    double lo = HUGE_VAL, hi = 0.0;
    for (int s = 0; s < 3; ++s) {
        spec.weightInit = schemeSpec(s);
        m_profiles[std::size_t(s)] = initializationProfile(spec);
        QVector<double> layers, act, grad;
        for (std::size_t i = 0; i < m_profiles[std::size_t(s)].size(); ++i) {
            const InitLayerProfile& p = m_profiles[std::size_t(s)][i];
            layers << double(i + 1);
            act << std::max(p.activationStd, kLogFloor);
            grad << std::max(p.gradientStd, kLogFloor);
            for (double v : {act.back(), grad.back()}) lo = std::min(lo, v), hi = std::max(hi, v);
        }
        m_actGraphs[std::size_t(s)]->setData(layers, act, true);
        m_gradGraphs[std::size_t(s)]->setData(layers, grad, true);
    }
    for (QCustomPlot* p : {m_actPlot, m_gradPlot}) {
        p->xAxis->setRange(0.5, spec.depth + 0.5);
        p->yAxis->setRange(std::max(lo, kLogFloor) / 2.0, std::max(hi, lo) * 2.0);
        p->replot(QCustomPlot::rpQueuedReplot);
    }
    updateHeatMap();
}

void InitializationView::updateHeatMap() {
    const std::vector<InitLayerProfile>& profile = m_profiles[std::size_t(std::clamp(m_heatScheme->currentIndex(), 0, 2))];
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
        for (int k = 0; k < bins; ++k) data->setCell(l, k, h.total > 0 ? h.counts[std::size_t(k)] / h.total : 0.0);
    }
    m_heatMap->rescaleDataRange(true);
    m_heatPlot->xAxis->setRange(0.5, layers + 0.5);
    m_heatPlot->yAxis->setRange(first.lo, first.hi);
    m_heatPlot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
