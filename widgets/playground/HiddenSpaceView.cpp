#include "playground/HiddenSpaceView.h"

#include "common/FrameReplot.h"
#include "common/MapColors.h"
#include "training/HiddenSpaceNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace nnlab {

namespace {

// This many rows and as many columns of the neuron-map grid are drawn as lines.
constexpr int kGridLines = 11;

const Payload* findPayload(const Snapshot& s, const std::string& name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return &p;
    return nullptr;
}

}  // namespace

HiddenSpaceView::HiddenSpaceView(QWidget* parent) : QWidget(parent) {
    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("hiddenSpaceLayer"));
    m_layer->setToolTip(tr("The layer whose neurons give the two axes"));
    m_layer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layer->setMinimumContentsLength(10);
    m_next = new QPushButton(tr("Next pair"), this);
    m_next->setObjectName(QStringLiteral("hiddenSpaceNext"));
    m_next->setToolTip(tr("Show the next two neurons of this layer"));
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_plot = new QCustomPlot(this);
    FrameReplot::paintWithTheWindow(m_plot);
    m_plot->setMinimumSize(200, 200);
    m_plot->setToolTip(tr("The input plane's grid lines and the training points, placed where two neurons of the chosen "
                          "layer put them. A layer that separates the classes pulls them apart here."));
    for (int k = 0; k < 2 * kGridLines; ++k) {
        auto* line = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        line->setPen(QPen(QColor(0x9a, 0xa0, 0xa6, 150), 1.0));
        m_gridLines.push_back(line);
    }
    for (int k = 0; k < MapColors::kMaxClassColors; ++k) {
        auto* points = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        points->setLineStyle(QCPCurve::lsNone);
        points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 0.8), MapColors::classColor(k), 7));
        m_classPoints.push_back(points);
    }

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Layer"), this));
    row->addWidget(m_layer, 1);
    row->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(row);
    layout->addWidget(m_caption);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);

    connect(m_layer, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_a = 0;
        m_b = 1;
        redraw();
    });
    connect(m_next, &QPushButton::clicked, this, &HiddenSpaceView::nextPair);
    redraw();
}

void HiddenSpaceView::setLayerTitles(std::vector<QString> titles) {
    m_titles = std::move(titles);
    for (int i = 0; i < m_layer->count(); ++i) {
        const int layer = m_layer->itemData(i).toInt();
        if (layer >= 0 && std::size_t(layer) < m_titles.size()) m_layer->setItemText(i, m_titles[std::size_t(layer)]);
    }
}

int HiddenSpaceView::layerIndex() const { return m_layer->currentIndex() < 0 ? -1 : m_layer->currentData().toInt(); }

void HiddenSpaceView::setLayer(int snapshotLayer) {
    const int i = m_layer->findData(snapshotLayer);
    if (i >= 0) m_layer->setCurrentIndex(i);
}

int HiddenSpaceView::units() const {
    const int i = m_layer->currentIndex();
    return i < 0 || std::size_t(i) >= m_layerUnits.size() ? 0 : m_layerUnits[std::size_t(i)];
}

void HiddenSpaceView::nextPair() {
    const int n = units();
    if (n < 3) return;  // one pair only (or a single neuron)
    // (0,1), (0,2), ..., (0,n-1), (1,2), ...: every pair once, then again.
    if (++m_b >= n) {
        if (++m_a >= n - 1) m_a = 0;
        m_b = m_a + 1;
    }
    redraw();
}

void HiddenSpaceView::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    m_snapshot = std::move(snapshot);
    rebuildLayerList(*m_snapshot);
    if (isVisible()) redraw();
}

void HiddenSpaceView::rebuildLayerList(const Snapshot& s) {
    std::vector<int> layers, unitCounts;
    for (std::size_t i = 0; i < s.layers.size(); ++i)
        if (const Payload* p = findPayload(s, hiddenSpacePointsName(i)); p && s.layers[i].neuronMaps.rows() > 0) {
            layers.push_back(int(i));
            unitCounts.push_back(int(p->values.cols()));
        }
    bool same = int(layers.size()) == m_layer->count();
    for (int k = 0; same && k < m_layer->count(); ++k) same = m_layer->itemData(k).toInt() == layers[std::size_t(k)];
    m_layerUnits = unitCounts;
    if (same) return;
    const int before = layerIndex();
    QSignalBlocker block(m_layer);
    m_layer->clear();
    for (int layer : layers) {
        const QString title = std::size_t(layer) < m_titles.size() ? m_titles[std::size_t(layer)]
                                                                   : QString::fromStdString(s.layers[std::size_t(layer)].name);
        m_layer->addItem(title, layer);
    }
    // The first hidden layer to start with; the one chosen before if it is still there.
    int index = m_layer->findData(before);
    if (index < 0) index = 0;
    m_layer->setCurrentIndex(layers.empty() ? -1 : index);
    if (m_a >= units() || m_b >= units()) {
        m_a = 0;
        m_b = 1;
    }
}

QPointF HiddenSpaceView::pointPosition(int i) const {
    if (!m_snapshot || layerIndex() < 0) return {};
    const Payload* p = findPayload(*m_snapshot, hiddenSpacePointsName(std::size_t(layerIndex())));
    if (!p || i >= p->values.rows()) return {};
    const double x = p->values(i, m_a);
    const double y = m_b < p->values.cols() ? p->values(i, m_b) : 0.0;
    return {x, y};
}

QString HiddenSpaceView::caption() const { return m_caption->text(); }

void HiddenSpaceView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    redraw();  // snapshots that came while hidden were only kept
}

void HiddenSpaceView::redraw() {
    for (QCPCurve* c : m_gridLines) c->data()->clear();
    for (QCPCurve* c : m_classPoints) c->data()->clear();
    const int layer = layerIndex();
    const Payload* points = m_snapshot && layer >= 0 ? findPayload(*m_snapshot, hiddenSpacePointsName(std::size_t(layer))) : nullptr;
    const Payload* labels = m_snapshot ? findPayload(*m_snapshot, kHiddenSpaceLabels) : nullptr;
    m_next->setEnabled(units() >= 3);
    if (!points || !labels || m_snapshot->gridSize <= 0) {
        m_caption->clear();
        m_note->setText(tr("Shown for data of the plane: the training points as a hidden layer sees them. Press Play or "
                           "Step to fill it."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int n = units();
    const bool oneNeuron = n < 2;
    const QString layerTitle = m_layer->currentText();
    m_caption->setText(oneNeuron ? tr("%1 has one neuron: the points on a line, at that neuron's value.").arg(layerTitle)
                                 : tr("%3. Across: neuron %1; up: neuron %2.").arg(m_a + 1).arg(m_b + 1).arg(layerTitle));
    m_note->setText(tr("Grey lines: the input plane's grid, bent by the layers up to this one."));
    m_plot->xAxis->setLabel(tr("neuron %1").arg(m_a + 1));
    m_plot->yAxis->setLabel(oneNeuron ? QString() : tr("neuron %1").arg(m_b + 1));

    // The grid: neuron maps are the layer's output at each cell of the g x g grid.
    const Matrix& maps = m_snapshot->layers[std::size_t(layer)].neuronMaps;
    const int g = m_snapshot->gridSize;
    const auto at = [&](int neuron, int ix, int iy) {
        return neuron < maps.rows() ? maps(neuron, Index(iy) * g + ix) : 0.0;
    };
    for (int k = 0; k < kGridLines; ++k) {
        const int fixed = std::min(g - 1, int(std::lround(double(k) * (g - 1) / (kGridLines - 1))));
        QVector<double> t, x1, y1, x2, y2;
        for (int m = 0; m < g; ++m) {
            t << m;
            x1 << at(m_a, m, fixed);  // a row of the grid (y fixed)
            y1 << (oneNeuron ? 0.0 : at(m_b, m, fixed));
            x2 << at(m_a, fixed, m);  // a column (x fixed)
            y2 << (oneNeuron ? 0.0 : at(m_b, fixed, m));
        }
        m_gridLines[std::size_t(2 * k)]->setData(t, x1, y1, true);
        m_gridLines[std::size_t(2 * k + 1)]->setData(t, x2, y2, true);
    }
    // The points, by class (a regression's values by sign, as the map colours them).
    for (Index i = 0; i < points->values.rows() && i < labels->values.rows(); ++i) {
        const double label = labels->values(i, 0);
        int k = m_numClasses > 0 ? int(label) : (label >= 0.0 ? 1 : 0);
        k = std::clamp(k, 0, MapColors::kMaxClassColors - 1);
        const double x = points->values(i, m_a);
        const double y = oneNeuron ? 0.0 : points->values(i, std::min<Index>(m_b, points->values.cols() - 1));
        m_classPoints[std::size_t(k)]->addData(double(i), x, y);
    }
    m_plot->rescaleAxes();
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        QCPRange r = axis->range();
        const double pad = std::max(0.05 * r.size(), 0.05);
        axis->setRange(r.lower - pad, r.upper + pad);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace nnlab
