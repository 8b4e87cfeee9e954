#include "explorers/OptimizerRace.h"

#include "explorers/BatchRacePanel.h"
#include "explorers/ExplorerStyle.h"
#include "explorers/NetworkSlice.h"
#include "explorers/RacerList.h"
#include "explorers/SurfaceMap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr int kFormulaResolution = 160;
constexpr int kSliceResolution = 90;  // each cell is a forward pass of the whole training set
constexpr double kLogFloor = 1e-16;

std::vector<NamedSpec> defaultRacers(const SurfaceInfo& info) {
    std::vector<NamedSpec> specs;
    for (const char* name : {"sgd", "momentum", "rmsprop", "adam"})
        specs.emplace_back(name, std::map<std::string, double>{{"lr", suggestedLearningRate(info, name)}});
    return specs;
}

}  // namespace

OptimizerRace::OptimizerRace(QWidget* parent) : QWidget(parent) {
    m_race = std::make_unique<Race>(makeSurface(surfaceNames().front()));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildRaceTab(), tr("Optimizer race"));
    m_batch = new BatchRacePanel(this);
    m_tabs->addTab(m_batch, tr("Batch, mini-batch and stochastic GD"));
    m_tabs->setTabToolTip(0, tr("Several optimizers start from the same point of a loss surface and step side by side."));
    m_tabs->setTabToolTip(1, tr("The same line fitted with the exact gradient, with mini-batches and with single samples."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);

    m_timer = new QTimer(this);
    m_timer->setInterval(40);
    connect(m_timer, &QTimer::timeout, this, [this] {
        stepRace(m_speed->value());
        bool anyRunning = false;
        for (std::size_t i = 0; i < m_race->size(); ++i) anyRunning = anyRunning || !m_race->racer(i).diverged();
        if (m_race->steps() >= kMaxSteps || !anyRunning) setPlaying(false);
    });

    m_racers->setLearningRateHint([this](const std::string& name) {
        return suggestedLearningRate(m_race->surface().info(), name);
    });
    const std::vector<NamedSpec> specs = defaultRacers(m_race->surface().info());
    m_racers->setSpecs(specs);
    for (const NamedSpec& s : specs) m_race->add(s);
    setSurface(0);
}

OptimizerRace::~OptimizerRace() = default;

QWidget* OptimizerRace::buildRaceTab() {
    auto* page = new QWidget(this);

    m_surface = new QComboBox(page);
    m_surface->setToolTip(tr("The loss surface to race on; each racer's learning rate is set to one that suits it."));
    for (const std::string& name : surfaceNames()) {
        QString label;
        for (const auto& f : surfaceTable())
            if (f.info.name == name) label = QCoreApplication::translate("Surface", f.info.label.c_str());
        if (name == kNetworkSliceName) label = tr("Network loss slice");
        m_surface->addItem(label, QString::fromStdString(name));
    }
    connect(m_surface, &QComboBox::currentIndexChanged, this, &OptimizerRace::setSurface);
    m_formula = new QLabel(page);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setToolTip(tr("The function the racers minimise."));

    m_step = new QPushButton(tr("Step"), page);
    m_step->setToolTip(tr("Every racer takes one optimizer step."));
    connect(m_step, &QPushButton::clicked, this, [this] { stepRace(1); });
    m_play = new QPushButton(tr("Play"), page);
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Run the race continuously; click again to pause."));
    connect(m_play, &QPushButton::toggled, this, &OptimizerRace::setPlaying);
    m_reset = new QPushButton(tr("Reset"), page);
    m_reset->setToolTip(tr("Put every racer back on the start point with a fresh optimizer state."));
    connect(m_reset, &QPushButton::clicked, this, &OptimizerRace::resetRace);
    m_speed = new QSpinBox(page);
    m_speed->setRange(1, 50);
    m_speed->setValue(2);
    m_speed->setSuffix(tr(" steps/frame"));
    m_speed->setToolTip(tr("How many steps each racer takes per animation frame (25 frames a second)."));
    m_stepLabel = new QLabel(page);
    m_stepLabel->setMinimumWidth(80);
    m_stepLabel->setToolTip(tr("Optimizer steps taken so far by every racer."));
    m_logLoss = new QCheckBox(tr("Log scale"), page);
    m_logLoss->setChecked(true);
    m_logLoss->setToolTip(tr("Draw the loss on a logarithmic axis, so that fast and slow convergence can both be read."));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Surface"), page));
    top->addWidget(m_surface);
    top->addSpacing(8);
    top->addWidget(m_formula, 1);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_step);
    controls->addWidget(m_play);
    controls->addWidget(m_reset);
    controls->addWidget(m_speed);
    controls->addWidget(m_stepLabel);
    controls->addStretch(1);
    controls->addWidget(m_logLoss);

    m_map = new SurfaceMap(page);
    m_map->setToolTip(tr("The loss surface with its level lines; click to move the start point."));
    connect(m_map, &SurfaceMap::pointPicked, this, &OptimizerRace::setStart);

    m_loss = new QCustomPlot(page);
    m_loss->setMinimumSize(220, 180);
    m_loss->setToolTip(tr("Each racer's loss above the minimum, step by step."));
    m_loss->xAxis->setLabel(tr("step"));
    m_loss->yAxis->setLabel(tr("f \u2212 f*"));
    placeLegendBelow(m_loss, 2);
    connect(m_logLoss, &QCheckBox::toggled, this, [this] { refresh(); });

    auto* plots = new QSplitter(Qt::Horizontal, page);
    plots->addWidget(m_map);
    plots->addWidget(m_loss);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);
    plots->setSizes({600, 400});  // the map first: size hints alone would favour the plot with the legend

    m_about = new QLabel(page);
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::RichText);

    m_racers = new RacerList(page);
    connect(m_racers, &RacerList::racerChanged, this, [this](int i, const NamedSpec& spec) {
        m_race->replace(std::size_t(i), spec);
        refresh();
    });
    connect(m_racers, &RacerList::racerAdded, this, [this](const NamedSpec& spec) {
        m_race->add(spec);
        rebuildTrails();
        refresh();
    });
    connect(m_racers, &RacerList::racerRemoved, this, [this](int i) {
        m_race->remove(std::size_t(i));
        rebuildTrails();
        refresh();
    });
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_racers);
    scroll->setMinimumHeight(150);  // four racers and the Add button without scrolling

    auto* split = new QSplitter(Qt::Vertical, page);
    auto* upper = new QWidget(split);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(plots, 1);
    upperLayout->addWidget(m_about);
    split->addWidget(upper);
    split->addWidget(scroll);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({520, 150});

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    return page;
}

QString OptimizerRace::describeSurface(const std::string& name) const {
    if (name == "quadratic")
        return tr("Curvature 25 across the valley and 1 along it: a rate safe across it (below 2/25) is slow along "
                  "the floor, where SGD creeps; momentum gathers speed there but swings; the adaptive methods "
                  "rescale each direction.");
    if (name == "rosenbrock")
        return tr("A narrow curved valley: reaching it is quick, following it to the minimum at (1, 1) is slow.");
    if (name == "beale")
        return tr("Flat plateaus beside steep walls: the gradient's size varies by orders of magnitude.");
    if (name == "himmelblau")
        return tr("Four minima of equal height: which one a racer reaches depends on its path; momentum can "
                  "overshoot into another basin.");
    if (name == "saddle")
        return tr("A saddle at the origin between two minima: near it the gradient across is tiny, so plain GD "
                  "lingers; started exactly on y = 0 it never leaves.");
    if (name == kNetworkSliceName)
        return tr("The training loss of a 2-6-1 tanh network (circle data, cross-entropy) on a plane through its "
                  "trained weights w<sub>0</sub> (the origin) along two random, filter-normalised directions "
                  "d<sub>1</sub>, d<sub>2</sub> (Li et al. 2018); the gradient is backpropagation's, projected on the plane.");
    return QString();
}

OptimizerRace::BuiltSurface OptimizerRace::buildSurface(const std::string& name) {
    BuiltSurface built;
    try {
        built.surface = makeSurface(name);
        built.resolution = name == kNetworkSliceName ? kSliceResolution : kFormulaResolution;
        built.samples = sampleSurface(*built.surface, built.resolution, built.resolution);
    } catch (const std::exception& e) {
        built.error = e.what();
    }
    return built;
}

void OptimizerRace::setSurface(int index) {
    if (index < 0) return;
    const std::string name = m_surface->itemData(index).toString().toStdString();
    setPlaying(false);
    if (name != kNetworkSliceName) {
        // A build still running is not wanted any more.
        setBusy(-1);
        showSurface(buildSurface(name));  // a formula: a few milliseconds
        return;
    }
    // A network to train first: on another thread, the page stays live meanwhile.
    setBusy(index);
    m_jobs.run([name] { return buildSurface(name); },
               [this, index](BuiltSurface built) {
                   if (index != m_building) return;  // another surface was chosen meanwhile
                   setBusy(-1);
                   showSurface(std::move(built));
               });
}

void OptimizerRace::setBusy(int building) {
    m_building = building;
    const bool busy = building >= 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_step, m_play, m_reset, m_map, m_racers}) w->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_about->setText(tr("Training the network whose loss is sliced, and drawing its map\u2026"));
    } else {
        unsetCursor();
    }
}

void OptimizerRace::showSurface(BuiltSurface built) {
    if (!built.surface) {
        m_about->setText(tr("This surface could not be built: %1").arg(QString::fromStdString(built.error)));
        return;
    }
    const std::string name = built.surface->info().name;
    m_race->setSurface(std::move(built.surface));
    const SurfaceInfo& info = m_race->surface().info();
    // Each surface has its own scale: every racer gets a rate that suits it.
    std::vector<NamedSpec> specs = m_racers->specs();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        specs[i].params["lr"] = suggestedLearningRate(info, specs[i].name);
        m_race->replace(i, specs[i]);
    }
    m_racers->setSpecs(specs);
    m_map->setSurface(info, std::move(built.samples), built.resolution);
    m_formula->setText(QString::fromStdString(info.formula));
    m_about->setText(describeSurface(name) + QStringLiteral(" ") +
                     tr("Click the map to move the start (\u2295); \u2605 marks the minima; level lines are evenly "
                        "spaced in %1.")
                         .arg(info.logColour ? tr("log(f \u2212 f*)") : tr("f")));
    rebuildTrails();
    refresh();
    emit surfaceReady();
}

void OptimizerRace::rebuildTrails() {
    std::vector<QColor> colors;
    for (std::size_t i = 0; i < m_race->size(); ++i) colors.push_back(SurfaceMap::racerColor(int(i)));
    m_map->setTrailColors(colors);
    m_map->setStart(m_race->start());
    m_loss->clearGraphs();
    for (std::size_t i = 0; i < m_race->size(); ++i) {
        QCPGraph* g = m_loss->addGraph();
        g->setPen(QPen(colors[i], 1.8));
        g->setName(QCoreApplication::translate("Optimizer", findOptimizer(m_race->racer(i).optimizer().name()).label));
    }
}

void OptimizerRace::refresh() {
    const double floor = m_race->surface().info().minValue;
    const bool log = m_logLoss->isChecked();
    const QLocale locale;
    double top = 0.0;
    for (std::size_t i = 0; i < m_race->size(); ++i) {
        Racer& r = m_race->racer(i);
        m_map->setTrail(int(i), r.trail());
        QVector<double> k(int(r.values().size())), v(int(r.values().size()));
        for (int s = 0; s < k.size(); ++s) {
            k[s] = s;
            v[s] = r.values()[std::size_t(s)] - floor;
            if (log) v[s] = std::max(v[s], kLogFloor);
            top = std::max(top, v[s]);
        }
        if (int(i) < m_loss->graphCount()) m_loss->graph(int(i))->setData(k, v, true);
        const Point2 p = r.position();
        QString text = tr("f \u2212 f* = %1 at (%2, %3)")
                           .arg(locale.toString(r.values().empty() ? 0.0 : r.values().back() - floor, 'g', 3),
                                locale.toString(p.x, 'f', 3), locale.toString(p.y, 'f', 3));
        if (r.diverged()) text = tr("diverged after %1 steps: learning rate too large here").arg(r.trail().size() - 1);
        if (int(i) < m_racers->count()) m_racers->row(int(i))->setReadout(text);
    }
    m_loss->yAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log) {
        m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        // Within one decade the log ticker steps linearly (50, 100, 150, ...):
        // one significant digit printed 150 and 200 both as "2·10²". Three
        // digits keep them apart; powers of ten still read "1·10⁻⁴".
        m_loss->yAxis->setNumberFormat(QStringLiteral("gb"));
        m_loss->yAxis->setNumberPrecision(3);
    } else {
        m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_loss->yAxis->setNumberFormat(QStringLiteral("gb"));
        m_loss->yAxis->setNumberPrecision(3);
    }
    m_loss->rescaleAxes();
    m_loss->xAxis->setRange(0, std::max(10, m_race->steps()));
    if (log) {
        // At most 18 decades below the start: a converged racer's 1e-30 would squash the rest.
        const QCPRange r = m_loss->yAxis->range();
        // Room below as above: a curve ending on the axis line looked cut off.
        double lower = std::max(r.lower, top * 1e-18) / 2;
        const double upper = std::max(r.upper, kLogFloor * 10) * 3;
        // Two powers of ten on the axis, or the scale cannot be read from one label.
        const double below = std::pow(10.0, std::floor(std::log10(upper)) - 1.0);
        lower = std::min(lower, below / 1.5);
        m_loss->yAxis->setRange(lower, upper);
    }
    m_stepLabel->setText(tr("step %1").arg(m_race->steps()));
    m_map->replot(QCustomPlot::rpQueuedReplot);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
}

void OptimizerRace::stepRace(int steps) {
    m_race->step(std::min(steps, std::max(0, kMaxSteps - m_race->steps())));
    refresh();
}

void OptimizerRace::setPlaying(bool on) {
    explorer::showAnimation(m_play, m_timer, on && m_race->steps() < kMaxSteps);
}

void OptimizerRace::resetRace() {
    m_race->reset();
    refresh();
}

void OptimizerRace::setStart(double x, double y) {
    m_race->setStart({x, y});
    m_map->setStart(m_race->start());
    refresh();
}

}  // namespace nnlab
