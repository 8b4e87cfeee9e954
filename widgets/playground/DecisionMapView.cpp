#include "playground/DecisionMapView.h"

#include "common/BackgroundPainter.h"
#include "common/ClassroomHiding.h"
#include "common/FrameReplot.h"
#include "common/MapColors.h"
#include "common/ReadoutLabel.h"
#include "data/Features.h"
#include "losses/Loss.h"
#include "playground/PlaneUnitsOverlay.h"
#include "playground/ReadyColorMap.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QTimer>
#include <QPainter>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr int kRegressionBins = 9;
constexpr double kPlaneMin = -6.0, kPlaneMax = 6.0;

}  // namespace

DecisionMapView::DecisionMapView(QWidget* parent) : QWidget(parent) {
    m_plot = new QCustomPlot(this);
    FrameReplot::paintWithTheWindow(m_plot);
    m_plot->setToolTip(tr("The network's output over the input plane: the colour is the predicted class, its strength the confidence."));
    m_plot->setMinimumSize(160, 160);  // fitPlot keeps it square within its dock
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setPlottingHint(QCP::phCacheLabels, true);
    m_plot->xAxis->setLabel(QStringLiteral("x\u2081"));
    m_plot->yAxis->setLabel(QStringLiteral("x\u2082"));
    m_plot->xAxis->setRange(kPlaneMin, kPlaneMax);
    m_plot->yAxis->setRange(kPlaneMin, kPlaneMax);
    m_plot->axisRect()->setupFullAxesBox(true);
    m_plot->xAxis2->setTickLabels(false);
    m_plot->yAxis2->setTickLabels(false);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) axis->grid()->setVisible(false);

    m_map = new ReadyColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(true);
    m_map->setTightBoundary(true);
    // The map gets a paint buffer of its own: a new frame redraws only it,
    // not the axes, the colour scale or the 500 data points above it.
    m_plot->addLayer(QStringLiteral("map"), m_plot->layer(QStringLiteral("background")), QCustomPlot::limAbove);
    m_mapLayer = m_plot->layer(QStringLiteral("map"));
    m_mapLayer->setMode(QCPLayer::lmBuffered);
    m_map->setLayer(m_mapLayer);

    m_scale = new QCPColorScale(m_plot);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(8);
    m_scale->axis()->setTicker(QSharedPointer<QCPAxisTickerFixed>::create());
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    // The map's pixels are made on a helper thread; a drawing that found no
    // picture for its frame or geometry (a resize) asks for one.
    m_painter = new BackgroundPainter(this);
    m_map->setOnStale([this] { QTimer::singleShot(0, this, &DecisionMapView::postPicture); });
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] { m_fullReplotPending = false; });
    // Ranges are set between layout and drawing, so a resize never shows a stretched frame.
    connect(m_plot, &QCustomPlot::afterLayout, this, &DecisionMapView::keepSquare);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (!m_drawing) return;
        const double x = m_plot->xAxis->pixelToCoord(event->position().x());
        const double y = m_plot->yAxis->pixelToCoord(event->position().y());
        if (x < kPlaneMin || x > kPlaneMax || y < kPlaneMin || y > kPlaneMax) return;
        emit pointClicked(x, y, event->button(), event->modifiers());
    });

    m_units = std::make_unique<PlaneUnitsOverlay>(m_plot);
    m_caption = new ReadoutLabel(this);
    m_caption->setText(tr("Showing the network output"));
    m_caption->setToolTip(tr("Which map is shown: the network's output, or the neuron under the mouse on the canvas."));
    m_discretize = new QCheckBox(tr("Discretize"), this);
    m_discretize->setToolTip(tr("Show only the predicted class (or the sign), without the confidence shading; the neuron pictures on the network too."));
    m_showTest = new QCheckBox(tr("Show test data"), this);
    m_showTest->setChecked(true);
    m_showTest->setToolTip(tr("Overlay the test points (outlined rings) next to the training points (filled dots)."));
    connect(m_discretize, &QCheckBox::toggled, this, &DecisionMapView::setDiscretized);
    connect(m_discretize, &QCheckBox::toggled, this, &DecisionMapView::discretizedChanged);
    connect(m_showTest, &QCheckBox::toggled, this, &DecisionMapView::setShowTestData);
    markClassroomControl(m_discretize, "discretize");
    markClassroomControl(m_showTest, "show_test_data");

    // The caption on a line of its own: beside the check boxes a 1024 px
    // window cut it to "Sho...".
    auto* row = new QHBoxLayout;
    row->addWidget(m_discretize);
    row->addWidget(m_showTest);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    // The plot gets at most a square map plus its axes and scale (fitPlot),
    // centred: never a strip with white bands of plane nobody asked for.
    m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_caption);
    layout->addLayout(row);
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] { QTimer::singleShot(0, this, &DecisionMapView::fitPlot); });
    setOutputKind(OutputKind::Probability);
}

DecisionMapView::OutputKind DecisionMapView::outputKindFor(const Experiment& e, ProblemKind problem, int outputs) {
    if (problem == ProblemKind::Regression) return OutputKind::Regression;
    if (outputs > 1) return OutputKind::ClassScores;
    bool plusMinus = false;
    try {
        plusMinus = findLoss(e.loss.name).target == TargetKind::PlusMinusOne;
    } catch (const std::exception&) {
    }
    if (!e.network.layers.empty() && e.network.layers.back().activation.name == "tanh") plusMinus = true;
    return plusMinus ? OutputKind::PlusMinusOne : OutputKind::Probability;
}

bool DecisionMapView::isDiscretized() const { return m_discretize->isChecked(); }
bool DecisionMapView::showsTestData() const { return m_showTest->isChecked(); }

void DecisionMapView::setDiscretized(bool on) {
    if (m_discretize->isChecked() != on) m_discretize->setChecked(on);  // re-enters through toggled
    else redrawMap();
}

void DecisionMapView::setShowTestData(bool on) {
    if (m_showTest->isChecked() != on) m_showTest->setChecked(on);
    else redrawPoints();
}

void DecisionMapView::setPointEditingEnabled(bool on) {
    m_drawing = on;
    m_plot->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    m_plot->setToolTip(on ? tr("The network's output over the input plane. Click to add a point of the class chosen "
                               "under Draw (Data panel), Shift+click for the next class; right-click or Ctrl+click "
                               "removes the nearest point. Ctrl+Z takes a click back.")
                          : tr("The network's output over the input plane: the colour is the predicted class, its "
                               "strength the confidence."));
}

void DecisionMapView::setFeatures(const std::vector<std::string>& features) { m_features = features; }

void DecisionMapView::setOutputKind(OutputKind kind) {
    m_kind = kind;
    redrawMap();
    redrawPoints();
}

void DecisionMapView::setPoints(const Matrix& trainPoints, const Matrix& trainLabels, const Matrix& testPoints,
                                const Matrix& testLabels, int numClasses) {
    m_trainPoints = trainPoints;
    m_trainLabels = trainLabels;
    m_testPoints = testPoints;
    m_testLabels = testLabels;
    m_numClasses = numClasses;
    redrawPoints();
}

DecisionMapView::~DecisionMapView() = default;

void DecisionMapView::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    m_snapshot = std::move(snapshot);
    redrawMap();
}

void DecisionMapView::showNeuron(int layer, int neuron) {
    m_neuronLayer = neuron < 0 ? -1 : layer;
    m_neuron = neuron < 0 ? -1 : neuron;
    redrawMap();
}

void DecisionMapView::redrawMap() {
    const bool discrete = isDiscretized();
    bool shown = false;
    if (m_snapshot && m_snapshot->gridSize > 0) {
        if (m_neuron >= 0) shown = fillNeuronMap(*m_snapshot);
        if (!shown) {
            fillOutputMap(*m_snapshot);
            m_caption->setText(tr("Showing the network output"));
        }
        m_map->setInterpolate(!discrete);
    }
    bool full = false;
    // A model without an output over the plane (a map, an RBM) shows no stale picture.
    const bool hasGrid = m_snapshot && m_snapshot->gridSize > 0;
    if (m_map->visible() != hasGrid) {
        m_map->setVisible(hasGrid);
        if (!hasGrid) m_caption->setText(tr("This kind of model has no output over the plane"));
        full = true;
    }
    // A map's units over its points: drawn with the points, so the whole plot is replotted.
    if (m_snapshot && m_units->show(*m_snapshot)) {
        m_caption->setText(tr("The map's units (white), joined in a chain, over the data"));
        full = true;
    }
    // A map's units have no colour scale: it would speak of an output there is not.
    const bool unitsOnly = !hasGrid && m_snapshot && m_snapshot->planeUnits.rows() > 0;
    const bool showScale = !unitsOnly && (m_neuron >= 0 || m_kind != OutputKind::ClassScores);
    if (showScale != m_scale->visible()) {
        m_scale->setVisible(showScale);
        if (showScale) {
            m_plot->plotLayout()->addElement(0, 1, m_scale);
        } else {
            m_plot->plotLayout()->take(m_scale);
            m_plot->plotLayout()->simplify();
        }
        full = true;
    }
    // Same colours and range as the last frame: only the map layer changes.
    const QString style = QStringLiteral("%1/%2/%3/%4/%5/%6")
                              .arg(int(m_kind)).arg(discrete).arg(m_neuronLayer).arg(m_neuron)
                              .arg(m_map->dataRange().lower).arg(m_map->dataRange().upper);
    if (style != m_style) {
        m_style = style;
        full = true;
    }
    requestReplot(full);
}

void DecisionMapView::requestReplot(bool full) {
    ++m_frames;
    if (full || m_fullReplotPending) {
        m_fullReplotPending = true;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    // Otherwise the map layer alone is drawn once its picture arrives (postPicture).
    if (m_map->visible()) postPicture();
}

void DecisionMapView::postPicture() {
    // Hidden, nothing is drawn; once shown, the first drawing asks again.
    if (!isVisible() || !m_map->visible()) return;
    const ReadyColorMap::Recipe recipe = m_map->recipe();
    if (!recipe.cells || recipe.clipRect.isEmpty()) return;  // not laid out yet: likewise
    // The painter makes the newest job it was given: one already asked for will come.
    if (!m_map->askOnce(recipe)) return;
    m_painter->post([this, recipe] {
        ReadyColorMap::Picture picture = ReadyColorMap::paint(recipe);
        return BackgroundPainter::Done([this, picture = std::move(picture)]() mutable {
            m_map->setPicture(std::move(picture));
            replotMapLayer();
        });
    });
}

void DecisionMapView::replotMapLayer() {
    if (m_layerReplotPending) return;
    m_layerReplotPending = true;
    // Queued like rpQueuedReplot, so that several changes in one pass of the event loop draw once.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_layerReplotPending = false;
            if (!m_fullReplotPending) m_mapLayer->replot();
        },
        Qt::QueuedConnection);
}

void DecisionMapView::sizeGrid(const Snapshot& s) {
    const int g = s.gridSize;
    QCPColorMapData* data = m_map->data();
    if (m_gridSize == g && data->keySize() == g) return;
    // Cell centres: the task samples (i + 0.5) / g across [gridMin, gridMax].
    const double half = (s.gridMax - s.gridMin) / (2.0 * g);
    data->setSize(g, g);
    data->setRange(QCPRange(s.gridMin + half, s.gridMax - half), QCPRange(s.gridMin + half, s.gridMax - half));
    m_gridSize = g;
}

void DecisionMapView::fillOutputMap(const Snapshot& s) {
    const int g = s.gridSize;
    const Matrix& out = s.outputGrid;
    if (out.rows() != Index(g) * g || out.cols() < 1) return;
    const bool discrete = isDiscretized();
    sizeGrid(s);
    std::vector<double> cells(std::size_t(g) * std::size_t(g));
    auto setCell = [&cells, g](int ix, int iy, double v) { cells[std::size_t(iy) * std::size_t(g) + std::size_t(ix)] = v; };
    const int classes = std::max<int>(2, int(out.cols()));
    double lo = 0.0, hi = 1.0;
    switch (m_kind) {
        case OutputKind::Probability: {
            for (int iy = 0; iy < g; ++iy)
                for (int ix = 0; ix < g; ++ix) {
                    const double p = out(Index(iy) * g + ix, 0);
                    setCell(ix, iy, discrete ? (p > 0.5 ? 1.0 : 0.0) : p);
                }
            m_map->setGradient(MapColors::divergingGradient(discrete));
            m_scale->axis()->setLabel(tr("P(class 1)"));
            break;
        }
        case OutputKind::PlusMinusOne: {
            lo = -1.0;
            for (int iy = 0; iy < g; ++iy)
                for (int ix = 0; ix < g; ++ix) {
                    const double v = out(Index(iy) * g + ix, 0);
                    setCell(ix, iy, discrete ? (v > 0.0 ? 1.0 : -1.0) : v);
                }
            m_map->setGradient(MapColors::divergingGradient(discrete));
            m_scale->axis()->setLabel(tr("output"));
            break;
        }
        case OutputKind::ClassScores: {
            const int k = int(out.cols());
            for (int iy = 0; iy < g; ++iy)
                for (int ix = 0; ix < g; ++ix) {
                    Index arg = 0;
                    const double best = out.row(Index(iy) * g + ix).maxCoeff(&arg);
                    // Confidence from "no better than chance" (1/K) to certain (1).
                    const double c = std::clamp((best - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 0.999);
                    setCell(ix, iy, (double(arg) + (discrete ? 0.5 : c)) / k);
                }
            m_map->setGradient(MapColors::classGradient(k, discrete));
            m_scale->axis()->setLabel(QString());
            break;
        }
        case OutputKind::Regression: {
            double range = 1.0;
            for (Index i = 0; i < m_trainLabels.rows(); ++i) range = std::max(range, std::abs(m_trainLabels(i, 0)));
            lo = -range;
            hi = range;
            for (int iy = 0; iy < g; ++iy)
                for (int ix = 0; ix < g; ++ix) {
                    const double v = out(Index(iy) * g + ix, 0);
                    setCell(ix, iy, discrete ? (v > 0.0 ? range : -range) : v);
                }
            m_map->setGradient(MapColors::divergingGradient(discrete));
            m_scale->axis()->setLabel(tr("predicted value"));
            break;
        }
    }
    Q_UNUSED(classes);
    m_map->setDataRange(QCPRange(lo, hi));
    setCells(std::move(cells), g);
}

void DecisionMapView::setCells(std::vector<double> cells, int g) {
    // The data model (colour scale, exports, a printer's drawing) gets the
    // values; the pixels are made from the same values on the helper thread.
    QCPColorMapData* data = m_map->data();
    for (int iy = 0; iy < g; ++iy)
        for (int ix = 0; ix < g; ++ix) data->setCell(ix, iy, cells[std::size_t(iy) * std::size_t(g) + std::size_t(ix)]);
    m_map->setCells(std::make_shared<const std::vector<double>>(std::move(cells)), g, g);
}

QString DecisionMapView::captionText() const { return m_caption->text(); }

QCPColorMap* DecisionMapView::colorMap() const { return m_map; }

bool DecisionMapView::picturePending() const { return !m_painter->isIdle(); }

bool DecisionMapView::fillNeuronMap(const Snapshot& s) {
    const int g = s.gridSize;
    const Index cells = Index(g) * g;
    std::vector<double> values;
    QString caption;
    if (m_neuronLayer < 0) {
        // An input feature tile: the feature itself over the plane.
        if (m_neuron >= int(m_features.size())) return false;
        FeatureFn fn = nullptr;
        try {
            const FeatureInfo& info = findFeature(m_features[std::size_t(m_neuron)]);
            fn = info.fn;
            caption = tr("Showing input %1").arg(QString::fromUtf8(info.label));
        } catch (const std::exception&) {
            return false;
        }
        values.resize(std::size_t(cells));
        const double step = (s.gridMax - s.gridMin) / g;
        for (int iy = 0; iy < g; ++iy)
            for (int ix = 0; ix < g; ++ix)
                values[std::size_t(iy * g + ix)] = fn(s.gridMin + (ix + 0.5) * step, s.gridMin + (iy + 0.5) * step);
    } else {
        if (m_neuronLayer >= int(s.layers.size())) return false;
        const Matrix& maps = s.layers[std::size_t(m_neuronLayer)].neuronMaps;
        if (m_neuron >= maps.rows() || maps.cols() != cells) return false;
        values.assign(maps.row(m_neuron).data(), maps.row(m_neuron).data() + cells);
        caption = m_neuronNamer ? tr("Showing %1").arg(m_neuronNamer(m_neuronLayer, m_neuron))
                                : tr("Showing neuron %1 of %2").arg(m_neuron + 1).arg(QString::fromStdString(s.layers[std::size_t(m_neuronLayer)].name));
    }
    double range = 1.0;
    for (double v : values) range = std::max(range, std::abs(v));
    const bool discrete = isDiscretized();
    sizeGrid(s);
    if (discrete)
        for (double& v : values) v = v > 0.0 ? range : -range;
    m_map->setGradient(MapColors::divergingGradient(discrete));
    m_map->setDataRange(QCPRange(-range, range));
    setCells(std::move(values), g);
    m_scale->axis()->setLabel(tr("neuron output"));
    m_caption->setText(caption);
    return true;
}

void DecisionMapView::redrawPoints() {
    const bool regression = m_kind == OutputKind::Regression || m_numClasses <= 0;
    const int bins = regression ? kRegressionBins : std::max(1, m_numClasses);
    // Two graphs per bin: train (filled) then test (ring).
    while (int(m_graphs.size()) < 2 * bins) {
        QCPGraph* graph = m_plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setAdaptiveSampling(false);
        m_graphs.push_back(graph);
    }
    double range = 1.0;
    if (regression)
        for (Index i = 0; i < m_trainLabels.rows(); ++i) range = std::max(range, std::abs(m_trainLabels(i, 0)));
    auto binOf = [&](double label) {
        if (!regression) return std::clamp(int(std::lround(label)), 0, bins - 1);
        const double t = std::clamp(label / range, -1.0, 1.0);
        return int(std::lround((t + 1.0) / 2.0 * (bins - 1)));
    };
    auto colorOf = [&](int bin) {
        return regression ? MapColors::valueColor(-1.0 + 2.0 * bin / (bins - 1)) : MapColors::classColor(bin);
    };
    std::vector<QVector<double>> xs(std::size_t(2 * bins)), ys(std::size_t(2 * bins));
    auto collect = [&](const Matrix& points, const Matrix& labels, int offset) {
        if (points.cols() < 2) return;
        for (Index i = 0; i < points.rows() && i < labels.rows(); ++i) {
            const std::size_t g = std::size_t(2 * binOf(labels(i, 0)) + offset);
            xs[g].push_back(points(i, 0));
            ys[g].push_back(points(i, 1));
        }
    };
    collect(m_trainPoints, m_trainLabels, 0);
    if (showsTestData()) collect(m_testPoints, m_testLabels, 1);
    for (std::size_t g = 0; g < m_graphs.size(); ++g) {
        QCPGraph* graph = m_graphs[g];
        if (int(g) >= 2 * bins) {
            graph->data()->clear();
            graph->setVisible(false);
            continue;
        }
        const QColor c = colorOf(int(g / 2));
        graph->setScatterStyle(pointStyle(c, g % 2 == 1));
        graph->setData(xs[g], ys[g]);
        graph->setVisible(true);
    }
    m_fullReplotPending = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QCPScatterStyle DecisionMapView::pointStyle(const QColor& color, bool test) {
    // A shape, not a pixmap: SVG and PDF figures keep every point as a vector
    // circle (a pixmap became one bitmap per point). The points sit on the
    // main layer, redrawn only on a full replot, never per training frame.
    // Train: filled dot with a white rim; test: a ring in the class colour
    // around a white centre.
    constexpr double kDiameter = 7.0;
    if (test) return QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(color.darker(115), 2.0), QBrush(Qt::white), kDiameter);
    return QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(MapColors::trainOutline(), 1.0), QBrush(color), kDiameter);
}

void DecisionMapView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitPlot();
}

void DecisionMapView::fitPlot() {
    // What the plot needs besides the map (tick labels, axis titles, colour
    // scale) is measured from its last layout; the map side is what is left
    // of this widget in the tighter direction.
    const QRect inner = m_plot->axisRect()->rect();
    if (inner.width() <= 0 || inner.height() <= 0) return;
    const int extraW = m_plot->width() - inner.width();
    const int extraH = m_plot->height() - inner.height();
    const QMargins margins = layout()->contentsMargins();
    const int spacing = std::max(0, layout()->spacing());
    const int roomW = width() - margins.left() - margins.right();
    const int roomH = height() - margins.top() - margins.bottom() - m_caption->sizeHint().height() -
                      m_showTest->sizeHint().height() - 2 * spacing;
    const int side = std::max(80, std::min(roomW - extraW, roomH - extraH));
    const QSize most(side + extraW, side + extraH);
    if (m_plot->maximumSize() != most) m_plot->setMaximumSize(most);
}

void DecisionMapView::keepSquare() {
    // Square cells: the shorter side shows [-6, 6], the longer one a bit more.
    const QRect r = m_plot->axisRect()->rect();
    if (r.width() <= 0 || r.height() <= 0) return;
    const double span = kPlaneMax - kPlaneMin;
    const double ratio = double(r.width()) / r.height();
    if (ratio >= 1.0) {
        m_plot->yAxis->setRange(kPlaneMin, kPlaneMax);
        m_plot->xAxis->setRange(-span * ratio / 2, span * ratio / 2);
    } else {
        m_plot->xAxis->setRange(kPlaneMin, kPlaneMax);
        m_plot->yAxis->setRange(-span / ratio / 2, span / ratio / 2);
    }
}

}  // namespace nnlab
