#include "playground/NetworkScene.h"

#include "common/BackgroundPainter.h"
#include "common/FrameReplot.h"
#include "playground/CanvasPalette.h"

#include "playground/NetworkEdits.h"
#include "data/Features.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

constexpr qreal kControlY = 18;     // the "+ - N hidden layers" row
constexpr qreal kHeaderTop = 40;    // column headers start here
constexpr qreal kNeuronsTop = 116;  // the first neuron row
constexpr qreal kMaxLeftMargin = 86;  // room for the widest feature label ("sin(X1)")
constexpr qreal kFitScale = 0.95;     // below this scale full headers make way for short ones
constexpr qreal kButtonSize = 20;
constexpr int kDefaultFeatureGrid = 24;
constexpr double kPlaneMin = -6.0, kPlaneMax = 6.0;  // Playground's input plane

const QColor kText(0x20, 0x24, 0x28);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kWarn(0xb0, 0x60, 0x00);

int drawnCount(Index units) {
    return units > NetworkScene::kMaxDrawn ? NetworkScene::kShownWhenMany : int(units);
}

QString neuronCountText(Index n) {
    return n == 1 ? NetworkScene::tr("1 neuron") : NetworkScene::tr("%1 neurons").arg(QLocale().toString(qlonglong(n)));
}

QString chipText(const LayerSpec& l) {
    if (l.type == "dropout")
        return NetworkScene::tr("dropout %1").arg(QLocale().toString(l.option("rate", 0.5), 'g', 3));
    if (l.type == "batchnorm") return NetworkScene::tr("batch norm");
    if (l.type == "prelu") return NetworkScene::tr("PReLU");
    return QString::fromStdString(l.type);
}

QString inputLabel(const Experiment& e, int n) {
    return n < int(e.features.size()) ? NetworkEdits::featureLabel(e.features[std::size_t(n)])
                                      : NetworkScene::tr("input %1").arg(n + 1);
}

// "8 neurons" (maxout: "8 neurons ×2"); short: "8" ("8×2").
QString columnTitle(const NetworkScene::Column& col, const LayerSpec& l, bool compact) {
    QString title = compact ? QLocale().toString(qlonglong(col.units)) : neuronCountText(col.units);
    if (l.type == "maxout") title += NetworkScene::tr(" ×%1").arg(col.pieces);
    return title;
}

}  // namespace

NetworkScene::NetworkScene(QObject* parent)
    : QGraphicsScene(parent),
      m_edgePainter(new BackgroundPainter(this)),
      m_thumbnailPainter(new BackgroundPainter(this)),
      m_edgeTimer(new QTimer(this)),
      m_frameTimer(new QTimer(this)) {
    m_edgeTimer->setSingleShot(true);
    connect(m_edgeTimer, &QTimer::timeout, this, &NetworkScene::repaintEdges);
    m_frameTimer->setSingleShot(true);
    // Two frames: while training, snapshots (30 to 60 a second) take the
    // pictures along; paused, a picture shows 33 ms after it was made.
    m_frameTimer->setInterval(2 * FrameReplot::kFrameMs);
    connect(m_frameTimer, &QTimer::timeout, this, &NetworkScene::applyWaitingPictures);
    m_sinceEdgePaint.start();
    m_font = QApplication::font();
    m_font.setPointSizeF(std::max(8.0, m_font.pointSizeF()));
    m_smallFont = m_font;
    m_smallFont.setPointSizeF(m_font.pointSizeF() * 0.88);
}

qreal NetworkScene::columnPitch(std::size_t columns, qreal viewWidth, qreal minPitch, qreal leftMargin) {
    const qreal n = qreal(std::max<std::size_t>(columns, 1));
    // Without a hint: about 720 px of columns. With one: fill the view's width
    // at scale 1, between a spacing where headers still fit and one where
    // edges are not needlessly long.
    const qreal wanted = viewWidth > 0 ? (viewWidth - leftMargin - 40) / (n - 0.5) : 720.0 / n;
    return std::clamp(wanted, std::min(minPitch, 150.0), 150.0);
}

void NetworkScene::build(const Experiment& e, int inputCount, qreal viewWidth) {
    clear();
    m_edgeLayer = nullptr;
    ++m_generation;
    m_edgeTimer->stop();
    m_frameTimer->stop();
    m_waitingPictures.clear();
    m_columns.clear();
    m_buttons.clear();
    m_dead = m_saturated = m_deadHarmless = 0;
    m_features = e.features;
    // The teacher hid the shape controls (classroom.hide): the +/- buttons are not drawn.
    m_shapeLocked = shapeHiddenIn(e);
    m_featureGrid = 0;
    m_inputCount = e.features.empty() ? std::max(1, inputCount) : int(e.features.size());

    // Columns: the inputs, then one per weighted layer; chips join the column before them.
    Column input;
    input.layer = -1;
    input.units = m_inputCount;
    m_columns.push_back(input);
    const int out = NetworkEdits::outputLayer(e);
    for (int i = 0; i < int(e.network.layers.size()); ++i) {
        const LayerSpec& l = e.network.layers[std::size_t(i)];
        if (NetworkEdits::isWeighted(l)) {
            Column c;
            c.layer = i;
            c.units = std::max<Index>(1, l.units);
            c.pieces = l.type == "maxout" ? std::max(1, int(l.option("pieces", 2.0))) : 1;
            c.output = i == out;
            const std::string& f = l.activation.name;
            if (f == "sigmoid" || f == "hard_sigmoid" || f == "softmax") c.middle = 0.5;
            m_columns.push_back(c);
        } else {
            m_columns.back().chips.push_back(i);
            m_columns.back().middle = 0.0;  // batchnorm and the like centre the maps again
        }
    }

    // Sizes shrink with the widest column and the number of columns, down to a
    // floor that stays readable; past it the scene grows and the view scrolls.
    int widest = 1;
    std::size_t mostChips = 0;
    for (const Column& c : m_columns) {
        widest = std::max(widest, drawnCount(c.units));
        mostChips = std::max(mostChips, c.chips.size());
    }
    m_nodeSize = std::clamp(300.0 / widest, 16.0, 36.0);
    m_pitchY = m_nodeSize + std::clamp(m_nodeSize * 0.4, 6.0, 12.0);
    // As narrow as the widest header allows, not a fixed 84: a deep lesson
    // network then fills a narrow canvas at a readable scale instead of
    // being shrunk to 7 px labels with half the canvas empty. If even that is
    // too wide for the view, the headers get short (compactHeaders()).
    {
        const QFontMetricsF title(m_font), detail(m_smallFont);
        qreal labels = 0;
        for (int n = 0; n < drawnCount(m_columns.front().units); ++n)
            labels = std::max(labels, title.horizontalAdvance(inputLabel(e, n)));
        m_leftMargin = std::clamp(labels + 16, 40.0, kMaxLeftMargin);
        auto widestHeader = [&](bool compact) {
            qreal widest = 0;
            for (const Column& col : m_columns) {
                if (col.layer < 0) {
                    widest = std::max({widest, title.horizontalAdvance(compact ? QString::number(col.units) : tr("Features")),
                                       detail.horizontalAdvance(compact ? tr("inputs") : tr("%1 inputs").arg(col.units))});
                    continue;
                }
                const LayerSpec& l = e.network.layers[std::size_t(col.layer)];
                widest = std::max({widest, title.horizontalAdvance(col.output ? tr("Output") : columnTitle(col, l, compact)),
                                   detail.horizontalAdvance(NetworkEdits::activationLabel(l.activation.name))});
            }
            // Short headers also let the edges between columns get shorter.
            return std::clamp(widest / 0.86 + 4, m_nodeSize + (compact ? 20.0 : 28.0), 84.0);
        };
        m_compact = false;
        m_minPitch = widestHeader(false);
        const qreal n = qreal(m_columns.size());
        const qreal fullWidth = m_leftMargin + m_nodeSize / 2 + (n - 0.5) * m_minPitch + 12;
        if (viewWidth > 0 && fullWidth * kFitScale > viewWidth) {
            m_compact = true;
            m_minPitch = widestHeader(true);
        }
    }
    m_pitchX = columnPitch(m_columns.size(), viewWidth, m_minPitch, m_leftMargin);
    const qreal columnHeight = widest * m_pitchY;
    const qreal chipsTop = kNeuronsTop + columnHeight + 6;
    const qreal bottom = chipsTop + qreal(mostChips) * 22 + 8;

    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        Column& col = m_columns[c];
        col.x = m_leftMargin + m_nodeSize / 2 + qreal(c) * m_pitchX;
        const QRectF bg(col.x - m_pitchX * 0.45, kHeaderTop - 4, m_pitchX * 0.9, bottom - kHeaderTop + 4);
        col.background = new ColumnItem(col.layer, bg);
        col.background->setToolTip(col.layer < 0 ? tr("The input features; choose them in the data panel.")
                                                  : tr("Click to select this layer; right-click for more edits."));
        addItem(col.background);
        addHeader(e, col, kHeaderTop);

        const int drawn = drawnCount(col.units);
        const qreal top = kNeuronsTop + (columnHeight - drawn * m_pitchY) / 2 + m_pitchY / 2;
        for (int n = 0; n < drawn; ++n) {
            auto* item = new NeuronItem(col.layer, n, m_nodeSize);
            item->setPos(col.x, top + n * m_pitchY);
            if (col.layer >= 0) item->addBiasItem();
            addItem(item);
            col.neurons.push_back(item);
            if (col.layer < 0) {
                addLabel(inputLabel(e, n), m_font, kText, QPointF(col.x - m_nodeSize / 2 - 6, item->y()), m_leftMargin - 10,
                         Qt::AlignRight);
            }
        }
        if (drawn < col.units)
            addLabel(tr("+%1 more").arg(QLocale().toString(qlonglong(col.units - drawn))), m_smallFont, kMuted,
                     QPointF(col.x, top + drawn * m_pitchY - m_pitchY / 4), m_pitchX * 0.9);
        addChips(e, col, chipsTop, m_pitchX * 0.84);
        if (c > 0) addEdges(c);
    }
    std::vector<EdgeItem*> edges;
    for (const Column& col : m_columns) edges.insert(edges.end(), col.edgesIn.begin(), col.edgesIn.end());
    m_edgeLayer = new EdgeLayer(std::move(edges));
    // A paint at a new scale strokes the edges itself and asks for a picture.
    m_edgeLayer->setOnStale([this] { QTimer::singleShot(0, this, &NetworkScene::repaintEdges); });
    addItem(m_edgeLayer);
    addLayerCountControl(e);
    fillFeatureMaps(kDefaultFeatureGrid, kPlaneMin, kPlaneMax);

    const qreal right = m_columns.back().x + m_pitchX / 2 + 12;
    setSceneRect(QRectF(0, 0, right, bottom + 10));
}

void NetworkScene::addHeader(const Experiment& e, Column& col, qreal top) {
    const qreal width = m_pitchX * 0.86;
    const qreal buttonsY = top + 14;
    const qreal titleY = top + 38;
    const qreal detailY = top + 56;
    if (col.layer < 0) {
        addLabel(m_compact ? QString::number(col.units) : tr("Features"), m_font, kText, QPointF(col.x, titleY), width)
            ->setToolTip(tr("Features: %1 inputs").arg(col.units));
        addLabel(m_compact ? tr("inputs") : tr("%1 inputs").arg(col.units), m_smallFont, kMuted, QPointF(col.x, detailY), width);
        return;
    }
    const LayerSpec& l = e.network.layers[std::size_t(col.layer)];
    const bool outputFixed = col.output && NetworkEdits::taskOutput(e).unitsKnown;
    if (!outputFixed) {
        addButton(CanvasButton::AddNeuron, col.layer, QStringLiteral("+"), QPointF(col.x - 14, buttonsY),
                  tr("Add a neuron to this layer."));
        CanvasButton* minus = addButton(CanvasButton::RemoveNeuron, col.layer, QStringLiteral("-"),
                                        QPointF(col.x + 14, buttonsY), tr("Remove the last neuron of this layer."));
        if (col.units <= 1) {
            minus->setEnabled(false);
            minus->setToolTip(tr("A layer needs at least one neuron; remove the layer instead."));
        }
    }
    if (col.output) {
        addLabel(tr("Output"), m_font, kText, QPointF(col.x, titleY), width);
        const bool follows = NetworkEdits::outputFollowsTask(e);
        QGraphicsSimpleTextItem* detail =
            addLabel(NetworkEdits::activationLabel(l.activation.name) + (follows ? QString() : tr(" (custom)")),
                     m_smallFont, follows ? kMuted : kWarn, QPointF(col.x, detailY), width);
        detail->setToolTip(follows ? tr("The output follows the task: the data and the loss choose its width and activation.")
                                   : tr("The output activation was chosen by hand; the inspector can make it follow the task again."));
        if (outputFixed)
            addLabel(neuronCountText(col.units), m_smallFont, kMuted, QPointF(col.x, buttonsY), width)
                ->setToolTip(tr("The task fixes the number of outputs: one per class for softmax, else one."));
        return;
    }
    addLabel(columnTitle(col, l, m_compact), m_font, kText, QPointF(col.x, titleY), width)
        ->setToolTip(columnTitle(col, l, false));
    addLabel(NetworkEdits::activationLabel(l.activation.name), m_smallFont, kMuted, QPointF(col.x, detailY), width);
}

void NetworkScene::addLayerCountControl(const Experiment& e) {
    const int hidden = int(NetworkEdits::hiddenLayers(e).size());
    // Centred over the hidden columns, as in Playground; over the gap when there are none.
    qreal center = (m_columns.front().x + m_columns.back().x) / 2;
    if (m_columns.size() > 2) center = (m_columns[1].x + m_columns[m_columns.size() - 2].x) / 2;
    const QString text = hidden == 1 ? tr("1 hidden layer") : tr("%1 hidden layers").arg(hidden);
    QFont bold = m_font;
    bold.setBold(true);
    const qreal textWidth = QFontMetricsF(bold).horizontalAdvance(text);
    const qreal left = center - (textWidth + 2 * kButtonSize + 16) / 2;
    addButton(CanvasButton::AddHiddenLayer, -2, QStringLiteral("+"), QPointF(left + kButtonSize / 2, kControlY),
              tr("Add a hidden layer before the output layer."));
    CanvasButton* minus = addButton(CanvasButton::RemoveHiddenLayer, -2, QStringLiteral("-"),
                                    QPointF(left + kButtonSize * 1.5 + 4, kControlY),
                                    tr("Remove the last hidden layer."));
    if (hidden == 0) {
        minus->setEnabled(false);
        minus->setToolTip(tr("There is no hidden layer left to remove."));
    }
    addLabel(text, bold, kText, QPointF(left + 2 * kButtonSize + 12, kControlY), textWidth + 4, Qt::AlignLeft);
}

void NetworkScene::addChips(const Experiment& e, Column& col, qreal top, qreal width) {
    for (std::size_t k = 0; k < col.chips.size(); ++k) {
        const int layer = col.chips[k];
        const LayerSpec& l = e.network.layers[std::size_t(layer)];
        const QRectF rect(col.x - width / 2, top + qreal(k) * 22, width, 18);
        auto* chip = new ChipItem(layer, chipText(l), rect, m_smallFont);
        chip->setToolTip(tr("%1: click to select it, right-click to remove it.")
                             .arg(NetworkEdits::layerTypeLabel(l.type)));
        addItem(chip);
        col.chipItems.push_back(chip);
    }
}

void NetworkScene::addEdges(std::size_t c) {
    Column& to = m_columns[c];
    const Column& from = m_columns[c - 1];
    const int nTo = int(to.neurons.size()), nFrom = int(from.neurons.size());
    to.edgesIn.reserve(std::size_t(nTo) * std::size_t(nFrom));
    // Many edges between two columns blend into a wall: thin them all a little.
    const qreal density = std::clamp(std::sqrt(64.0 / std::max(1, nTo * nFrom)), 0.5, 1.0);
    const qreal scale = m_nodeSize / 36.0 * density;
    for (int r = 0; r < nTo; ++r) {
        const QPointF end(to.x - m_nodeSize / 2, to.neurons[std::size_t(r)]->y());
        for (int s = 0; s < nFrom; ++s) {
            const QPointF start(from.x + m_nodeSize / 2, from.neurons[std::size_t(s)]->y());
            auto* edge = new EdgeItem(to.layer, r, s, start, end, scale);
            addItem(edge);
            to.edgesIn.push_back(edge);
        }
    }
}

bool shapeHiddenIn(const Experiment& e) {
    return std::find(e.hiddenControls.begin(), e.hiddenControls.end(), "network_shape") != e.hiddenControls.end();
}

void NetworkScene::setShapeLocked(bool locked) {
    m_shapeLocked = locked;
    for (CanvasButton* b : m_buttons) b->setVisible(!locked);
}

CanvasButton* NetworkScene::addButton(CanvasButton::Action action, int layer, const QString& glyph, QPointF at,
                                      const QString& tip) {
    auto* b = new CanvasButton(action, layer, glyph, kButtonSize);
    static const char* const names[] = {"addHiddenLayer", "removeHiddenLayer", "addNeuron", "removeNeuron"};
    b->setObjectName(layer >= 0 ? QStringLiteral("%1:%2").arg(QLatin1String(names[action])).arg(layer)
                                : QString::fromLatin1(names[action]));
    b->setPos(at);
    b->setToolTip(tip);
    b->setVisible(!m_shapeLocked);
    addItem(b);
    m_buttons.push_back(b);
    return b;
}

QGraphicsSimpleTextItem* NetworkScene::addLabel(const QString& text, const QFont& font, const QColor& colour,
                                                QPointF center, qreal maxWidth, Qt::Alignment align) {
    const QFontMetricsF fm(font);
    const QString shown = fm.elidedText(text, Qt::ElideRight, maxWidth);
    auto* item = new QGraphicsSimpleTextItem(shown);
    item->setFont(font);
    item->setBrush(colour);
    if (shown != text) item->setToolTip(text);
    const QRectF r = item->boundingRect();
    qreal x = center.x() - r.width() / 2;
    if (align & Qt::AlignRight) x = center.x() - r.width();
    if (align & Qt::AlignLeft) x = center.x();
    item->setPos(x, center.y() - r.height() / 2);
    item->setZValue(2);
    addItem(item);
    return item;
}

void NetworkScene::fillFeatureMaps(int grid, double lo, double hi) {
    if (grid <= 0 || m_features.empty()) return;
    if (grid == m_featureGrid && lo == m_featureLo && hi == m_featureHi) return;
    m_featureGrid = grid;
    m_featureLo = lo;
    m_featureHi = hi;
    m_scratch.resize(std::size_t(grid) * std::size_t(grid));
    const Column& input = m_columns.front();
    for (std::size_t k = 0; k < input.neurons.size() && k < m_features.size(); ++k) {
        FeatureFn fn = nullptr;
        for (const FeatureInfo& info : featureTable())
            if (m_features[k] == info.name) fn = info.fn;
        if (!fn) continue;
        double peak = 0.0;
        for (int iy = 0; iy < grid; ++iy)
            for (int ix = 0; ix < grid; ++ix) {
                // Cell centres, as the engine samples its grid.
                const double x1 = lo + (hi - lo) * (ix + 0.5) / grid;
                const double x2 = lo + (hi - lo) * (iy + 0.5) / grid;
                const double v = fn(x1, x2);
                m_scratch[std::size_t(iy * grid + ix)] = v;
                peak = std::max(peak, std::fabs(v));
            }
        input.neurons[k]->setMap(m_scratch.data(), grid, peak > 0 ? peak : 1.0, m_discretize, 0.0);
    }
}

void NetworkScene::apply(const Snapshot& s) {
    applyFrame(s);
    applyThumbnails(s);
}

void NetworkScene::apply(std::shared_ptr<const Snapshot> s) {
    if (!s) return;
    applyFrame(*s);
    postThumbnails(std::move(s));
}

bool NetworkScene::picturesPending() const { return picturesBeingMade() || !m_waitingPictures.empty(); }

bool NetworkScene::picturesBeingMade() const { return !m_edgePainter->isIdle() || !m_thumbnailPainter->isIdle(); }

void NetworkScene::setPictureWait(int ms) { m_frameTimer->setInterval(ms); }

void NetworkScene::atNextFrame(std::function<void()> change) {
    m_waitingPictures.push_back(std::move(change));
    if (!m_frameTimer->isActive()) m_frameTimer->start();
}

void NetworkScene::applyWaitingPictures() {
    m_frameTimer->stop();
    std::vector<std::function<void()>> changes;
    changes.swap(m_waitingPictures);
    for (const auto& change : changes) change();
}

const Matrix* NetworkScene::columnMaps(const Column& col, const Snapshot& s) const {
    const long cells = long(s.gridSize) * s.gridSize;
    if (cells <= 0 || col.layer < 0) return nullptr;
    // Thumbnails show what the column passes on: after its batchnorm or dropout.
    const Matrix* maps = nullptr;
    const int last = col.chips.empty() ? col.layer : col.chips.back();
    for (int l = col.layer; l <= last && l < int(s.layers.size()); ++l) {
        const Matrix& m = s.layers[std::size_t(l)].neuronMaps;
        if (m.rows() == col.units && m.cols() == cells) maps = &m;
    }
    return maps;
}

void NetworkScene::applyThumbnails(const Snapshot& s) {
    const long cells = long(s.gridSize) * s.gridSize;
    for (std::size_t c = 1; c < m_columns.size(); ++c) {
        const Matrix* maps = columnMaps(m_columns[c], s);
        if (!maps) continue;
        for (NeuronItem* n : m_columns[c].neurons)
            n->setThumbnail(CanvasPalette::neuronThumbnail(maps->data() + Index(n->neuron()) * cells, s.gridSize,
                                                           m_discretize, m_columns[c].middle));
    }
}

void NetworkScene::postThumbnails(std::shared_ptr<const Snapshot> s) {
    // What to colour, by position: the job reads the snapshot it keeps alive,
    // and its result lands only on the scene it was made for.
    struct Wanted {
        std::size_t column, neuron;
        const double* values;
        double threshold;
        QSize shown;  // the device pixels it was last painted at: scaled there too
    };
    std::vector<Wanted> wanted;
    const long cells = long(s->gridSize) * s->gridSize;
    for (std::size_t c = 1; c < m_columns.size(); ++c) {
        const Matrix* maps = columnMaps(m_columns[c], *s);
        if (!maps) continue;
        for (std::size_t k = 0; k < m_columns[c].neurons.size(); ++k)
            wanted.push_back({c, k, maps->data() + Index(m_columns[c].neurons[k]->neuron()) * cells, m_columns[c].middle,
                              m_columns[c].neurons[k]->displaySize()});
    }
    if (wanted.empty()) return;
    const int grid = s->gridSize;
    const bool discretize = m_discretize;
    const std::uint64_t generation = m_generation;
    m_thumbnailPainter->post([this, s = std::move(s), wanted = std::move(wanted), grid, discretize, generation] {
        std::vector<QImage> images, shown;
        images.reserve(wanted.size());
        shown.reserve(wanted.size());
        for (const Wanted& w : wanted) {
            images.push_back(CanvasPalette::neuronThumbnail(w.values, grid, discretize, w.threshold));
            // Scaled here, not in every paint: the canvas then only blits it.
            shown.push_back(w.shown.isEmpty() ? QImage()
                                              : images.back().scaled(w.shown, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        }
        return BackgroundPainter::Done([this, wanted, images = std::move(images), shown = std::move(shown), generation, discretize] {
            atNextFrame([this, wanted, images, shown, generation, discretize] {
                if (generation != m_generation || discretize != m_discretize) return;  // a rebuilt scene, or a newer look
                for (std::size_t i = 0; i < wanted.size(); ++i)
                    m_columns[wanted[i].column].neurons[wanted[i].neuron]->setThumbnail(images[i], shown[i]);
            });
        });
    });
}

void NetworkScene::applyFrame(const Snapshot& s) {
    applyWaitingPictures();  // painted together with this frame
    if (s.gridSize > 0) fillFeatureMaps(s.gridSize, s.gridMin, s.gridMax);
    bool edgesChanged = false;
    m_dead = m_saturated = m_deadHarmless = 0;
    for (std::size_t c = 1; c < m_columns.size(); ++c) {
        Column& col = m_columns[c];
        if (col.layer >= int(s.layers.size())) continue;
        const LayerFrame& f = s.layers[std::size_t(col.layer)];
        applyUnitStates(col, f);
        const Index rows = col.units * col.pieces;
        // A frame of another shape belongs to a network the engine has not
        // rebuilt yet: keep the old picture until a matching one comes.
        if (f.weights.rows() == rows && f.weights.cols() == m_columns[c - 1].units) {
            for (EdgeItem* edge : col.edgesIn) {
                double w = f.weights(Index(edge->row()) * col.pieces, edge->col());
                for (int p = 1; p < col.pieces; ++p) {  // maxout: the strongest piece
                    const double v = f.weights(Index(edge->row()) * col.pieces + p, edge->col());
                    if (std::fabs(v) > std::fabs(w)) w = v;
                }
                edgesChanged |= edge->setWeight(w);
            }
        }
        if (f.bias.size() == rows)
            for (NeuronItem* n : col.neurons) n->setBias(f.bias(0, Index(n->neuron()) * col.pieces));
    }
    if (!edgesChanged || m_edgeTimer->isActive()) return;
    // A new picture of hundreds of curves at most every 33 ms, later rather than never.
    constexpr qint64 kEdgeIntervalMs = 33;
    const qint64 since = m_sinceEdgePaint.elapsed();
    if (since >= kEdgeIntervalMs) repaintEdges();
    else m_edgeTimer->start(int(kEdgeIntervalMs - since));
}

void NetworkScene::applyUnitStates(const Column& col, const LayerFrame& f) {
    // The activation is fused into the weighted layer, so its health holds the
    // per-unit records; a frame of another width is a net not rebuilt yet.
    const bool valid = f.hasHealth && (f.health.unitQuiet.empty() || Index(f.health.unitQuiet.size()) == col.units);
    int dead = 0;
    for (NeuronItem* n : col.neurons) {
        UnitState state = valid ? unitState(f.health, n->neuron()) : UnitState::Normal;
        // A confident output is what training is for, not a stuck unit (the
        // diagnosis, too, looks for saturation in hidden layers only).
        if (col.output && state == UnitState::Saturated) state = UnitState::Normal;
        n->setState(state);
        dead += state == UnitState::Dead ? 1 : 0;
        m_saturated += state == UnitState::Saturated ? 1 : 0;
    }
    m_dead += dead;
    if (col.units > 0 && double(dead) < kDeadLayerShare * double(col.units)) m_deadHarmless += dead;
}

void NetworkScene::setDiscretized(bool on) {
    if (m_discretize == on) return;
    m_discretize = on;
    const int grid = m_featureGrid;
    m_featureGrid = 0;  // the input maps are drawn again
    fillFeatureMaps(grid > 0 ? grid : kDefaultFeatureGrid, grid > 0 ? m_featureLo : kPlaneMin,
                    grid > 0 ? m_featureHi : kPlaneMax);
}

void NetworkScene::repaintEdges() {
    if (!m_edgeLayer) return;
    m_sinceEdgePaint.restart();
    const EdgeLayer::Placement placement = m_edgeLayer->lastPlacement();
    if (!placement.valid()) {
        m_edgeLayer->update();  // never painted yet: its first paint strokes the edges and asks again
        return;
    }
    const std::uint64_t generation = m_generation;
    m_edgePainter->post([this, job = m_edgeLayer->pictureJob(placement), placement, generation] {
        const QImage picture = job();
        return BackgroundPainter::Done([this, picture, placement, generation] {
            atNextFrame([this, picture, placement, generation] {
                if (generation == m_generation && m_edgeLayer) m_edgeLayer->setPicture(picture, placement);
            });
        });
    });
}

void NetworkScene::setSelectedLayer(int layer) {
    for (Column& col : m_columns) {
        col.background->setSelectedLayer(col.layer == layer && layer >= -1);
        for (ChipItem* chip : col.chipItems) chip->setSelectedLayer(chip->layer() == layer);
    }
}

int NetworkScene::columnOf(int layer) const {
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const Column& col = m_columns[c];
        if (col.layer == layer || std::find(col.chips.begin(), col.chips.end(), layer) != col.chips.end())
            return int(c);
    }
    return -1;
}

NeuronItem* NetworkScene::neuron(int layer, int index) const {
    for (const Column& col : m_columns)
        if (col.layer == layer) return index >= 0 && index < int(col.neurons.size()) ? col.neurons[std::size_t(index)] : nullptr;
    return nullptr;
}

EdgeItem* NetworkScene::edge(int layer, int row, int col) const {
    for (std::size_t c = 1; c < m_columns.size(); ++c) {
        const Column& to = m_columns[c];
        if (to.layer != layer) continue;
        const int nFrom = int(m_columns[c - 1].neurons.size());
        if (row < 0 || col < 0 || row >= int(to.neurons.size()) || col >= nFrom) return nullptr;
        return to.edgesIn[std::size_t(row * nFrom + col)];
    }
    return nullptr;
}

CanvasButton* NetworkScene::button(CanvasButton::Action action, int layer) const {
    for (CanvasButton* b : m_buttons)
        if (b->action() == action && (layer == -2 || b->layer() == layer)) return b;
    return nullptr;
}

std::size_t NetworkScene::edgeCount() const {
    std::size_t n = 0;
    for (const Column& c : m_columns) n += c.edgesIn.size();
    return n;
}

}  // namespace nnlab
