#include "explorers/BatchRacePanel.h"

#include "common/NumberSpinBox.h"
#include "explorers/ExplorerStyle.h"
#include "explorers/SurfaceMap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <numeric>

namespace nnlab {
namespace {

// Batch GD dark grey, mini-batch blue, stochastic vermilion (the explorers' series colours).
const QColor kRunnerColors[] = {explorer::seriesColor(6), explorer::seriesColor(0), explorer::seriesColor(1)};

}  // namespace

BatchRacePanel::BatchRacePanel(QWidget* parent) : QWidget(parent) {
    m_lr = new NumberSpinBox(this);
    m_lr->setLogSteps(true);
    m_lr->setRange(1e-4, 1.0);
    m_lr->setValue(0.05);
    m_lr->setToolTip(tr("The learning rate all three runners share; a change restarts them."));
    m_miniBatch = new QSpinBox(this);
    m_miniBatch->setRange(2, kPoints - 1);
    m_miniBatch->setValue(10);
    m_miniBatch->setToolTip(tr("Samples per update of the mini-batch runner (batch GD uses all, SGD one)."));
    m_decay = new QCheckBox(tr("Decay lr/(1 + epoch) for B < N"), this);
    m_decay->setToolTip(tr("Shrink the noisy runners' rate after every epoch, which SGD needs to settle; batch GD's exact gradient needs no decay."));
    m_axis = new QComboBox(this);
    m_axis->addItem(tr("per update"));
    m_axis->addItem(tr("per epoch"));
    m_axis->setToolTip(tr("Plot the loss against updates, or against epochs (passes over the data), which is fairer on cost."));
    m_step = new QPushButton(tr("Step"), this);
    m_step->setToolTip(tr("Every runner makes one update from its next mini-batch."));
    m_play = new QPushButton(tr("Play"), this);
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Run the updates continuously; click again to pause."));
    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setToolTip(tr("Put every runner back on the start point."));
    m_newData = new QPushButton(tr("New data"), this);
    m_newData->setToolTip(tr("Draw a new noisy data set from the same line."));
    m_stepLabel = new QLabel(this);
    m_stepLabel->setToolTip(tr("Updates made so far by every runner."));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Learning rate"), this));
    controls->addWidget(m_lr);
    controls->addWidget(new QLabel(tr("Mini-batch"), this));
    controls->addWidget(m_miniBatch);
    controls->addWidget(m_decay);
    controls->addWidget(new QLabel(tr("Loss"), this));
    controls->addWidget(m_axis);
    controls->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_step);
    buttons->addWidget(m_play);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_newData);
    buttons->addWidget(m_stepLabel);
    buttons->addStretch(1);

    m_map = new SurfaceMap(this);
    m_map->setToolTip(tr("The mean squared error of the line y = w x + b over (w, b); click to move the start."));
    m_data = new QCustomPlot(this);
    m_data->setMinimumSize(200, 150);
    m_data->setToolTip(tr("The data and each runner's current line."));
    m_data->xAxis->setLabel(QStringLiteral("x"));
    m_data->yAxis->setLabel(QStringLiteral("y"));
    m_loss = new QCustomPlot(this);
    m_loss->setMinimumSize(200, 150);
    m_loss->setToolTip(tr("The loss on the whole data set after each update."));
    m_loss->yAxis->setLabel(tr("E \u2212 E*"));
    m_loss->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_loss->yAxis->setNumberFormat(QStringLiteral("eb"));
    m_loss->yAxis->setNumberPrecision(0);
    placeLegendBelow(m_loss, 2);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_data);
    right->addWidget(m_loss);
    auto* plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(m_map);
    plots->addWidget(right);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);
    plots->setSizes({600, 400});

    m_readout = new QLabel(this);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setToolTip(tr("Updates per epoch and the mean angle between each runner's gradient and the exact one."));
    auto* about = new QLabel(this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    about->setText(
        tr("E(w, b) = <sup>1</sup>&frasl;<sub>N</sub> &sum;<sub>i</sub> (w&thinsp;x<sub>i</sub> + b &minus; "
           "y<sub>i</sub>)<sup>2</sup>. All three take the engine's SGD step w &larr; w &minus; &eta;&thinsp;g. "
           "<b>Batch GD</b> uses the exact gradient of the training loss (one update per epoch); "
           "<b>mini-batch</b> and <b>stochastic</b> GD use estimates from B samples: noisier, but N/B updates "
           "per epoch. With a constant rate SGD keeps jittering around the minimum \u2605; tick <i>Decay</i> to let "
           "it settle.") + QStringLiteral("<br>") +
        explorer::notesError(tr("the notes list “approximate gradients\u201d as a drawback of batch GD; "
                                "batch GD uses the exact gradient, the estimates belong to SGD and mini-batches.")));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(buttons);
    layout->addWidget(plots, 1);
    layout->addWidget(m_readout);
    layout->addWidget(about);

    m_timer = new QTimer(this);
    m_timer->setInterval(40);
    connect(m_timer, &QTimer::timeout, this, [this] {
        stepRace(1);
        if (m_race->steps() >= kMaxSteps) setPlaying(false);
    });
    connect(m_step, &QPushButton::clicked, this, [this] { stepRace(1); });
    connect(m_play, &QPushButton::toggled, this, &BatchRacePanel::setPlaying);
    connect(m_reset, &QPushButton::clicked, this, &BatchRacePanel::resetRace);
    connect(m_newData, &QPushButton::clicked, this, &BatchRacePanel::newData);
    connect(m_lr, &QDoubleSpinBox::valueChanged, this, [this](double lr) {
        m_race->setLearningRate(lr);
        refresh();
    });
    connect(m_miniBatch, &QSpinBox::valueChanged, this, [this](int b) {
        m_race->setBatchSize(1, b);
        refresh();
    });
    connect(m_decay, &QCheckBox::toggled, this, [this](bool on) {
        m_race->setDecay(on);
        refresh();
    });
    connect(m_axis, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_map, &SurfaceMap::pointPicked, this, [this](double w, double b) {
        m_race->setStart({w, b});
        m_map->setStart(m_race->start());
        refresh();
    });
    buildRace();
}

BatchRacePanel::~BatchRacePanel() = default;

void BatchRacePanel::buildRace() {
    Point2 start{-1.5, 3.0};
    if (m_race) start = m_race->start();
    m_race = std::make_unique<BatchRace>(makeLineData(kPoints, 2.0, -1.0, 0.8, m_dataSeed), m_dataSeed);
    m_race->setLearningRate(m_lr->value());
    m_race->setDecay(m_decay->isChecked());
    m_race->setStart(start);
    m_race->add(kPoints);
    m_race->add(m_miniBatch->value());
    m_race->add(1);
    m_map->setSurface(m_race->surface(), 140);
    m_map->setStart(m_race->start());
    m_map->setTrailColors({kRunnerColors[0], kRunnerColors[1], kRunnerColors[2]});

    // The data plot: points, then one line per runner.
    m_data->clearGraphs();
    QCPGraph* points = m_data->addGraph();
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(0x70, 0x70, 0x70), 4));
    const LineData& d = m_race->surface().data();
    QVector<double> xs(d.x.data(), d.x.data() + d.x.size()), ys(d.y.data(), d.y.data() + d.y.size());
    points->setData(xs, ys);
    for (int i = 0; i < 3; ++i) m_data->addGraph()->setPen(QPen(kRunnerColors[i], 1.8));
    m_data->xAxis->setRange(d.x.minCoeff() - 0.2, d.x.maxCoeff() + 0.2);
    m_data->yAxis->setRange(d.y.minCoeff() - 1.0, d.y.maxCoeff() + 1.0);

    m_loss->clearGraphs();
    for (int i = 0; i < 3; ++i) {
        QCPGraph* g = m_loss->addGraph();
        g->setPen(QPen(kRunnerColors[i], 1.6));
        g->setName(runnerName(i));
    }
    refresh();
}

QString BatchRacePanel::runnerName(int i) const {
    const int b = m_race->runner(std::size_t(i)).batchSize;
    if (i == 0) return tr("batch GD (B = %1)").arg(b);
    if (i == 2) return tr("stochastic GD (B = 1)");
    return tr("mini-batch GD (B = %1)").arg(b);
}

void BatchRacePanel::refresh() {
    const bool perEpoch = m_axis->currentIndex() == 1;
    const double floor = m_race->surface().info().minValue;
    const QLocale locale;
    QStringList lines;
    const LineData& d = m_race->surface().data();
    const double x0 = d.x.minCoeff() - 0.2, x1 = d.x.maxCoeff() + 0.2;
    for (int i = 0; i < 3; ++i) {
        BatchRunner& r = m_race->runner(std::size_t(i));
        m_map->setTrail(i, r.racer->trail());
        const std::vector<double>& values = r.racer->values();
        QVector<double> k(int(values.size())), v(int(values.size()));
        for (int s = 0; s < k.size(); ++s) {
            k[s] = perEpoch ? r.epochs[std::size_t(s)] : s;
            v[s] = std::max(values[std::size_t(s)] - floor, 1e-12);
        }
        m_loss->graph(i)->setData(k, v, true);
        m_loss->graph(i)->setName(runnerName(i));
        const Point2 p = r.racer->position();
        m_data->graph(i + 1)->setData({x0, x1}, {p.x * x0 + p.y, p.x * x1 + p.y});
        const double meanAngle =
            r.angles.empty() ? 0.0 : std::accumulate(r.angles.begin(), r.angles.end(), 0.0) / double(r.angles.size());
        const int perEpochUpdates = (kPoints + r.batchSize - 1) / r.batchSize;
        const QString updates = perEpochUpdates == 1 ? tr("1 update per epoch")
                                                     : tr("%1 updates per epoch").arg(perEpochUpdates);
        lines << tr("<span style='color:%1'>&#9632;</span> %2: %3, mean angle to the exact gradient %4&deg;")
                     .arg(kRunnerColors[i].name(), runnerName(i).toHtmlEscaped(), updates,
                          locale.toString(meanAngle, 'f', 1));
    }
    m_readout->setText(lines.join(QStringLiteral("<br>")));
    m_loss->xAxis->setLabel(perEpoch ? tr("epoch") : tr("update"));
    m_loss->rescaleAxes();
    const QCPRange y = m_loss->yAxis->range();
    m_loss->yAxis->setRange(std::max(y.lower, y.upper * 1e-8), y.upper * 2);
    if (!perEpoch) m_loss->xAxis->setRange(0, std::max(10, m_race->steps()));
    m_stepLabel->setText(tr("update %1").arg(m_race->steps()));
    m_map->replot(QCustomPlot::rpQueuedReplot);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_data->replot(QCustomPlot::rpQueuedReplot);
}

void BatchRacePanel::stepRace(int steps) {
    m_race->step(std::min(steps, std::max(0, kMaxSteps - m_race->steps())));
    refresh();
}

void BatchRacePanel::setPlaying(bool on) {
    explorer::showAnimation(m_play, m_timer, on && m_race->steps() < kMaxSteps);
}

void BatchRacePanel::resetRace() {
    m_race->reset();
    refresh();
}

void BatchRacePanel::newData() {
    ++m_dataSeed;
    buildRace();
}

}  // namespace nnlab
