#include "playground/NetworkCanvas.h"

#include "playground/CanvasLegend.h"
#include "playground/ExperimentDocument.h"
#include "playground/NetworkEdits.h"
#include "playground/NetworkScene.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmapCache>
#include <QScrollBar>
#include <QStatusTipEvent>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace nnlab {
namespace {

constexpr int kMessageMs = 5000;
constexpr double kMinFit = 0.6, kMaxFit = 1.5;

// Everything the drawing depends on; other edits (learning rate, epochs)
// leave the scene alone.
std::string structureKey(const Experiment& e) {
    std::ostringstream s;
    for (const std::string& f : e.features) s << f << ',';
    s << '|';
    for (const LayerSpec& l : e.network.layers) {
        s << l.type << ':' << l.name << ':' << l.units << ':' << l.activation.name << ':';
        for (const auto& [k, v] : l.options) s << k << '=' << v << ';';
        for (const auto& [k, v] : l.choices) s << k << '=' << v << ';';
        s << '|';
    }
    s << e.loss.name << '|' << e.data.generator << ':' << e.data.classes << ':' << e.data.problem << ':'
      << e.data.customTargets.rows();
    if (e.data.customTargets.size() > 0) s << ':' << e.data.customTargets.maxCoeff();
    return s.str();
}

int indexOfName(const Experiment& e, const std::string& name) {
    if (name.empty()) return -2;
    for (std::size_t i = 0; i < e.network.layers.size(); ++i)
        if (e.network.layers[i].name == name) return int(i);
    return -2;
}

QString number(double v) {
    return QLocale().toString(v, 'g', 4);
}

}  // namespace

NetworkCanvas::NetworkCanvas(ExperimentDocument* doc, QWidget* parent)
    : QGraphicsView(parent), m_doc(doc), m_scene(new NetworkScene(this)) {
    setObjectName(QStringLiteral("networkCanvas"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing, true);
    setRenderHint(QPainter::SmoothPixmapTransform, true);
    setOptimizationFlag(QGraphicsView::DontSavePainterState, true);
    // One rectangle a frame, not the region of the changed items: under a
    // region clip Qt cannot blit the edge picture and the thumbnails, and
    // blends them span by span on its thread pool while the GUI thread waits
    // (stalls of 10-30 ms on a busy machine, for a paint of 1-2 ms of CPU).
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setAlignment(Qt::AlignCenter);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setBackgroundBrush(Qt::white);
    // Narrower than this, a 2-8-8-1 net only fits with unreadable labels:
    // the window's docks give way instead.
    setMinimumSize(340, 280);
    // The edges are one cached picture of the view's size (EdgeLayer); Qt's
    // default 10 MB pixmap cache would drop it for a big net on a big screen.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 64 * 1024));
    setToolTip(QString());
    setWhatsThis(tr("The network: click a layer to select it, use + and - to change layers and neurons, "
                    "click an edge to type its weight, right-click for more."));

    m_editor = new QLineEdit(viewport());
    m_editor->setObjectName(QStringLiteral("weightEditor"));
    m_editor->setToolTip(tr("Type the new weight and press Enter; Escape cancels."));
    m_editor->setFixedWidth(96);
    m_editor->hide();
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, &NetworkCanvas::commitWeightEditor);

    m_message = new QLabel(viewport());
    m_message->setObjectName(QStringLiteral("canvasMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; color: #202428; border: 1px solid #f5a742; border-radius: 4px; padding: 4px 8px; }"));
    m_message->hide();
    m_legend = new QLabel(viewport());
    m_legend->setObjectName(QStringLiteral("healthLegend"));
    m_legend->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255, 255, 255, 225); color: #202428; border: 1px solid #c8ccd0; border-radius: 4px; padding: 3px 6px; }"));
    m_legend->setToolTip(tr("Marks from the gradient health of the last recorded training step."));
    m_legend->hide();
    m_colours = new CanvasLegend(viewport());
    m_colours->resize(m_colours->sizeHint());
    m_colours->show();
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::hide);

    m_relayout = new QTimer(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(120);
    connect(m_relayout, &QTimer::timeout, this, &NetworkCanvas::rebuild);

    connect(m_doc, &ExperimentDocument::experimentChanged, this, &NetworkCanvas::onExperimentChanged);
    rebuild();
}

NetworkCanvas::~NetworkCanvas() = default;

// ---- model -> scene ------------------------------------------------------------

void NetworkCanvas::onExperimentChanged(const Experiment& e) {
    m_scene->setShapeLocked(shapeHiddenIn(e));
    if (structureKey(e) == m_structure) return;
    rebuild();
}

int NetworkCanvas::inputWidthHint() const {
    const Experiment& e = m_doc->experiment();
    if (!e.features.empty()) return int(e.features.size());
    // CSV data: the engine knows the width; until it tells, the chosen columns.
    if (m_latest) {
        for (std::size_t i = 0; i < m_latest->layers.size() && i < e.network.layers.size(); ++i)
            if (NetworkEdits::isWeighted(e.network.layers[i]) && m_latest->layers[i].weights.cols() > 0)
                return int(m_latest->layers[i].weights.cols());
    }
    return std::max(1, int(e.data.inputColumns.size()));
}

void NetworkCanvas::rebuild() {
    const Experiment& e = m_doc->experiment();
    closeWeightEditor();
    clearHover();
    m_pressed = nullptr;
    m_relayout->stop();
    m_structure = structureKey(e);
    const int builtBefore = m_builtLayers;
    m_builtLayers = int(e.network.layers.size());
    m_scene->build(e, inputWidthHint(), m_autoFit ? viewport()->width() : 0);
    if (m_latest) m_scene->apply(*m_latest);

    // Keep the selection on the same layer (by name) across inserts and undo;
    // a layer this canvas just added becomes the selection.
    int selected = m_selected;
    const int added = indexOfName(e, m_selectAfterChange);
    m_selectAfterChange.clear();
    if (added >= 0) selected = added;
    else if (m_selected >= 0 && !m_selectedName.empty()) {
        selected = indexOfName(e, m_selectedName);
        // Renamed in place (a new layer type): same place, same count.
        if (selected == -2 && m_builtLayers == builtBefore) selected = m_selected;
    }
    if (selected >= int(e.network.layers.size())) selected = -2;
    if (selected != m_selected) m_selected = -3;  // the index moved: tell the inspector
    m_selectionFollowsEdit = true;
    selectLayer(selected);
    m_selectionFollowsEdit = false;
    if (m_autoFit) fitToView();
    updateLegend();
}

void NetworkCanvas::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    m_latest = std::move(snapshot);
    const bool newStructure = m_latest->structureRevision != m_revision;
    m_revision = m_latest->structureRevision;
    // The engine bumps its revision whenever it rebuilds the model (a reset, a
    // new initializer); the drawing only changes with the structure, so a
    // frame of a new revision relayouts only if the scene no longer fits it.
    const bool layoutStale = newStructure && m_structure != structureKey(m_doc->experiment());
    if (layoutStale || m_scene->inputCount() != inputWidthHint()) {
        rebuild();  // also applies m_latest
    } else {
        m_scene->apply(m_latest);  // thumbnails coloured off the GUI thread
    }
    updateLegend();
}

void NetworkCanvas::setDiscretized(bool on) {
    m_scene->setDiscretized(on);
    m_colours->setDiscretized(on);
    if (m_latest) m_scene->apply(*m_latest);
}

void NetworkCanvas::updateLegend() {
    const int dead = m_scene->deadCount(), saturated = m_scene->saturatedCount(), harmless = m_scene->harmlessDeadCount();
    if (dead == m_legendDead && saturated == m_legendSaturated && harmless == m_legendHarmless) return;  // most frames: nothing to do
    m_legendDead = dead;
    m_legendSaturated = saturated;
    m_legendHarmless = harmless;
    QStringList lines;
    // Says whether the marks are a problem, as the Gradient health dock does:
    // a few dead units beside "No problem found" are not a contradiction.
    if (dead > 0 && harmless == dead)
        lines << tr("<span style=\"color:#c62828\">\u2715</span> dead (%1): outputs zero for every example of the batch; "
                    "fewer than half of each layer, so harmless while the others learn").arg(dead);
    else if (dead > 0)
        lines << tr("<span style=\"color:#c62828\">\u2715</span> dead (%1): outputs zero for every example of the batch; "
                    "half a layer or more: see Gradient health").arg(dead);
    if (saturated > 0)
        lines << tr("<span style=\"color:#f59322\">\u25a2</span> saturated (%1): stuck near its limit on most examples").arg(saturated);
    m_legend->setVisible(!lines.isEmpty());
    if (lines.isEmpty()) return;
    m_legend->setText(lines.join(QStringLiteral("<br>")));
    placeLegend();
}

void NetworkCanvas::placeLegend() {
    const int room = std::max(160, viewport()->width() - 16);
    m_legend->setWordWrap(false);
    m_legend->setMinimumWidth(0);
    m_legend->setMaximumWidth(QWIDGETSIZE_MAX);
    if (m_legend->sizeHint().width() > room) {
        m_legend->setWordWrap(true);
        m_legend->setFixedWidth(room);  // a wrapped label takes the height its width needs
    }
    m_legend->adjustSize();
    // Top right: the "+ - layers" row is top left, messages appear bottom left.
    m_legend->move(std::max(8, viewport()->width() - m_legend->width() - 8), 8);
    m_legend->raise();
}

// ---- edits -------------------------------------------------------------------

bool NetworkCanvas::applyEdit(const NetworkEdit& edit) {
    if (!edit.ok()) {
        reject(edit.error);
        return false;
    }
    const Experiment& e = m_doc->experiment();
    if (edit.next.network.layers == e.network.layers && edit.next.features == e.features) return true;  // nothing to do
    std::set<std::string> before;
    for (const LayerSpec& l : e.network.layers) before.insert(l.name);
    for (const LayerSpec& l : edit.next.network.layers)
        if (!before.count(l.name) && NetworkEdits::isWeighted(l)) m_selectAfterChange = l.name;
    m_message->hide();
    m_doc->change(edit.next, edit.description);
    return true;
}

void NetworkCanvas::reject(const QString& reason) {
    m_message->setText(reason);
    m_message->setMaximumWidth(std::max(200, viewport()->width() - 16));
    m_message->adjustSize();
    m_message->move(8, viewport()->height() - m_message->height() - 8);
    m_message->show();
    m_message->raise();
    m_messageTimer->start(kMessageMs);
    // The main window's status bar shows it too, where it stays readable.
    QStatusTipEvent tip(reason);
    QCoreApplication::sendEvent(this, &tip);
}

void NetworkCanvas::selectLayer(int layer) {
    const Experiment& e = m_doc->experiment();
    if (layer < -2 || layer >= int(e.network.layers.size())) layer = -2;
    m_selectedName = layer >= 0 ? e.network.layers[std::size_t(layer)].name : std::string();
    m_scene->setSelectedLayer(layer);
    if (layer == m_selected) return;
    m_selected = layer;
    if (layer < -1) return;
    emit layerSelected(layer);
    if (!m_selectionFollowsEdit) emit layerChosen(layer);
}

void NetworkCanvas::moveSelection(int step) {
    const auto& columns = m_scene->columns();
    int c = m_scene->columnOf(m_selected);
    if (m_selected == -1) c = 0;
    if (m_selected == -2) c = step > 0 ? -1 : int(columns.size());
    c = std::clamp(c + step, 0, int(columns.size()) - 1);
    selectLayer(columns[std::size_t(c)].layer);
}

// ---- hover, tooltips, clicks -------------------------------------------------

QGraphicsItem* NetworkCanvas::interactiveItemAt(const QPoint& viewPos) const {
    for (QGraphicsItem* item : items(viewPos)) {
        switch (item->type()) {
            case kButtonItemType:
            case kNeuronItemType:
            case kEdgeItemType:
            case kChipItemType:
            case kBiasItemType:
            case kColumnItemType: return item;
            default: break;
        }
    }
    return nullptr;
}

void NetworkCanvas::updateHover(const QPoint& viewPos) {
    NeuronItem* neuron = nullptr;
    EdgeItem* edge = nullptr;
    BiasItem* bias = nullptr;
    if (QGraphicsItem* item = interactiveItemAt(viewPos)) {
        if (item->type() == kNeuronItemType) neuron = static_cast<NeuronItem*>(item);
        if (item->type() == kEdgeItemType) edge = static_cast<EdgeItem*>(item);
        if (item->type() == kBiasItemType) bias = static_cast<BiasItem*>(item);
    }
    if (bias != m_hoverBias) {
        if (m_hoverBias) m_hoverBias->setHovered(false);
        if (bias) bias->setHovered(true);
        m_hoverBias = bias;
    }
    if (edge != m_hoverEdge) {
        if (m_hoverEdge) m_hoverEdge->setHovered(false);
        if (edge) edge->setHovered(true);
        m_hoverEdge = edge;
    }
    if (neuron == m_hoverNeuron) return;
    if (m_hoverNeuron) m_hoverNeuron->setHovered(false);
    m_hoverNeuron = neuron;
    if (neuron) {
        neuron->setHovered(true);
        emit neuronHovered(neuron->layer(), neuron->neuron());
    } else {
        emit neuronHovered(-1, -1);
    }
}

void NetworkCanvas::clearHover() {
    const bool had = m_hoverNeuron != nullptr;
    if (m_hoverNeuron) m_hoverNeuron->setHovered(false);
    if (m_hoverEdge) m_hoverEdge->setHovered(false);
    if (m_hoverBias) m_hoverBias->setHovered(false);
    m_hoverNeuron = nullptr;
    m_hoverEdge = nullptr;
    m_hoverBias = nullptr;
    if (had) emit neuronHovered(-1, -1);
}

QString NetworkCanvas::toolTipFor(QGraphicsItem* item) const {
    const Experiment& e = m_doc->experiment();
    if (item->type() == kNeuronItemType) {
        auto* n = static_cast<NeuronItem*>(item);
        if (n->layer() < 0) {
            const QString name = n->neuron() < int(e.features.size())
                                     ? NetworkEdits::featureLabel(e.features[std::size_t(n->neuron())])
                                     : tr("input %1").arg(n->neuron() + 1);
            return tr("Input %1: its value over the input plane, orange negative and blue positive.").arg(name);
        }
        const QString where = NetworkEdits::layerName(e, n->layer());
        QString mark;
        if (n->state() == UnitState::Dead)
            mark = QLatin1Char('\n') + tr("Dead: it outputs zero for every example of the batch, so no gradient reaches its "
                                          "weights; a leaky ReLU or a lower learning rate avoids this.");
        else if (n->state() == UnitState::Saturated)
            mark = QLatin1Char('\n') + tr("Saturated: on most examples its output sits near a limit of its activation, "
                                          "where the slope is almost 0, so it learns very slowly.");
        const QString neuron = NetworkEdits::neuronName(e, n->layer(), n->neuron(), true);
        if (!n->hasBias())
            return tr("%1: its output over the input plane appears here once training runs.").arg(neuron) + mark;
        return tr("%1: bias %2; the picture is its output over the input plane.").arg(neuron, number(n->bias())) + mark;
    }
    if (item->type() == kBiasItemType) {
        const NeuronItem* n = static_cast<BiasItem*>(item)->neuron();
        const QString neuron = NetworkEdits::neuronName(e, n->layer(), n->neuron(), true);
        if (!n->hasBias()) return tr("%1: its bias appears here once training runs.").arg(neuron);
        return tr("%1: bias %2 (the square's colour: orange negative, blue positive); click to type a new value.")
            .arg(neuron, number(n->bias()));
    }
    if (item->type() == kEdgeItemType) {
        auto* edge = static_cast<EdgeItem*>(item);
        const int c = m_scene->columnOf(edge->layer());
        const int fromLayer = c > 0 ? m_scene->columns()[std::size_t(c - 1)].layer : -1;
        const QString from = fromLayer < 0 && edge->col() < int(e.features.size())
                                 ? NetworkEdits::featureLabel(e.features[std::size_t(edge->col())])
                                 : NetworkEdits::neuronName(e, fromLayer, edge->col());
        const QString to = NetworkEdits::neuronName(e, edge->layer(), edge->row());
        if (!edge->hasWeight()) return tr("The weight from %1 to %2 appears here once training runs.").arg(from, to);
        if (edge->isDead())
            return tr("Weight 0 from %1 to %2: a dead edge (dashed) that passes nothing. L1 regularisation sets "
                      "the weights the data does not need to exactly 0. Click to type a new value.")
                .arg(from, to);
        return tr("Weight %1 from %2 to %3; click to type a new value.").arg(number(edge->weight()), from, to);
    }
    return QString();
}

bool NetworkCanvas::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (QGraphicsItem* item = interactiveItemAt(help->pos())) {
            // Neuron and edge values change every frame: word them when asked.
            const QString text = toolTipFor(item);
            if (!text.isEmpty()) {
                QToolTip::showText(help->globalPos(), text, viewport());
                return true;
            }
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void NetworkCanvas::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    m_pressed = event->button() == Qt::LeftButton ? interactiveItemAt(event->pos()) : nullptr;
    if (m_editor->isVisible()) closeWeightEditor();
    QGraphicsView::mousePressEvent(event);
    if (m_pressed) event->accept();  // the release acts on it
}

void NetworkCanvas::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) return;
    QGraphicsItem* item = interactiveItemAt(event->pos());
    QGraphicsItem* pressed = m_pressed;
    m_pressed = nullptr;
    if (!item) {
        selectLayer(-2);
        return;
    }
    if (item != pressed) return;
    const Experiment& e = m_doc->experiment();
    switch (item->type()) {
        case kButtonItemType: {
            auto* b = static_cast<CanvasButton*>(item);
            if (!b->isEnabled()) {
                reject(b->toolTip());
                return;
            }
            const int layer = b->layer();
            switch (b->action()) {
                case CanvasButton::AddHiddenLayer: applyEdit(NetworkEdits::addHiddenLayerAtEnd(e)); break;
                case CanvasButton::RemoveHiddenLayer: applyEdit(NetworkEdits::removeLastHiddenLayer(e)); break;
                case CanvasButton::AddNeuron:
                    selectLayer(layer);
                    applyEdit(NetworkEdits::addNeuron(e, layer));
                    break;
                case CanvasButton::RemoveNeuron:
                    selectLayer(layer);
                    applyEdit(NetworkEdits::removeNeuron(e, layer));
                    break;
            }
            return;
        }
        case kEdgeItemType: {
            auto* edge = static_cast<EdgeItem*>(item);
            selectLayer(edge->layer());
            openWeightEditor(edge);
            return;
        }
        case kBiasItemType: {
            auto* bias = static_cast<BiasItem*>(item);
            selectLayer(bias->neuron()->layer());
            openBiasEditor(bias);
            return;
        }
        default: selectLayer(item->data(kLayerDataKey).toInt()); return;
    }
}

void NetworkCanvas::mouseMoveEvent(QMouseEvent* event) {
    QGraphicsView::mouseMoveEvent(event);
    updateHover(event->pos());
}

void NetworkCanvas::leaveEvent(QEvent* event) {
    clearHover();
    QGraphicsView::leaveEvent(event);
}

// ---- keyboard, zoom ------------------------------------------------------------

void NetworkCanvas::keyPressEvent(QKeyEvent* event) {
    const Experiment& e = m_doc->experiment();
    const int out = NetworkEdits::outputLayer(e);
    const QString pick = tr("Select a layer first: click its column.");
    switch (event->key()) {
        case Qt::Key_Insert:
            if (m_selected == -2) applyEdit(NetworkEdits::addHiddenLayerAtEnd(e));
            else if (m_selected >= 0 && NetworkEdits::ownerOf(e, m_selected) == out)
                applyEdit(NetworkEdits::addLayerBefore(e, out));
            else applyEdit(NetworkEdits::addLayerAfter(e, m_selected));
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (m_selected == -2) reject(pick);
            else applyEdit(NetworkEdits::removeLayer(e, m_selected));
            return;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            if (event->modifiers() & Qt::ControlModifier) break;  // Ctrl++ zooms
            if (m_selected == -2) reject(pick);
            else applyEdit(NetworkEdits::addNeuron(e, m_selected));
            return;
        case Qt::Key_Minus:
        case Qt::Key_Underscore:
            if (event->modifiers() & Qt::ControlModifier) break;
            if (m_selected == -2) reject(pick);
            else applyEdit(NetworkEdits::removeNeuron(e, m_selected));
            return;
        case Qt::Key_Left: moveSelection(-1); return;
        case Qt::Key_Right: moveSelection(+1); return;
        case Qt::Key_Escape: selectLayer(-2); return;
        case Qt::Key_0:
            if (event->modifiers() & Qt::ControlModifier) {
                m_autoFit = true;
                fitToView();
                return;
            }
            break;
        default: break;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            m_autoFit = false;
            scale(1.2, 1.2);
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            m_autoFit = false;
            scale(1 / 1.2, 1 / 1.2);
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void NetworkCanvas::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_autoFit = false;
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double now = transform().m11();
    const double target = std::clamp(now * factor, 0.2, 4.0);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    scale(target / now, target / now);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    event->accept();
}

void NetworkCanvas::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_autoFit && m_relayout) {
        // Spread the columns to the new width: at once for the first size,
        // once the resizing settles for a splitter being dragged.
        const qreal pitch = NetworkScene::columnPitch(m_scene->columns().size(), viewport()->width(), m_scene->minPitch(),
                                                        m_scene->leftMargin());
        if (std::fabs(pitch - m_scene->pitchX()) <= 6) fitToView();
        else if (!event->oldSize().isValid()) rebuild();
        else {
            fitToView();
            m_relayout->start();
        }
    }
    if (m_message->isVisible()) m_message->move(8, viewport()->height() - m_message->height() - 8);
    if (m_legend->isVisible()) placeLegend();
    placeColourLegend();
}

void NetworkCanvas::placeColourLegend() {
    // Bottom right: messages appear bottom left, the health marks top right.
    m_colours->resize(m_colours->sizeHint());
    m_colours->move(std::max(8, viewport()->width() - m_colours->width() - 8),
                    std::max(8, viewport()->height() - m_colours->height() - 8));
    m_colours->raise();
}

void NetworkCanvas::fitToView() {
    const QRectF r = m_scene->sceneRect();
    if (r.isEmpty()) return;
    const QSize v = viewport()->size();
    // Fit the whole net, but never so small that labels blur, nor so big
    // that a 2-2-1 net looks like a poster: past these limits it scrolls.
    const double s = std::clamp(std::min(v.width() / r.width(), v.height() / r.height()), kMinFit, kMaxFit);
    setTransform(QTransform::fromScale(s, s));
}

// ---- weight editor -----------------------------------------------------------

void NetworkCanvas::openWeightEditor(EdgeItem* edge) {
    if (isMaxoutColumn(edge->layer())) {
        reject(tr("A maxout edge stands for one weight per piece; edit maxout weights from a saved experiment instead."));
        return;
    }
    m_editor->setPlaceholderText(tr("weight"));
    m_editor->setToolTip(tr("Type the new weight and press Enter; Escape cancels."));
    openValueEditor(edge->layer(), QStringLiteral("W"), edge->row(), edge->col(),
                    edge->hasWeight() ? QLocale().toString(edge->weight(), 'g', 6) : QString(), edge->midPoint());
}

void NetworkCanvas::openBiasEditor(BiasItem* bias) {
    const NeuronItem* n = bias->neuron();
    if (isMaxoutColumn(n->layer())) {
        reject(tr("A maxout neuron has one bias per piece; edit maxout biases from a saved experiment instead."));
        return;
    }
    m_editor->setPlaceholderText(tr("bias"));
    m_editor->setToolTip(tr("Type the new bias and press Enter; Escape cancels."));
    openValueEditor(n->layer(), QStringLiteral("b"), 0, n->neuron(),
                    n->hasBias() ? QLocale().toString(n->bias(), 'g', 6) : QString(),
                    bias->mapToScene(bias->boundingRect().center()));
}

bool NetworkCanvas::isMaxoutColumn(int layer) const {
    const int c = m_scene->columnOf(layer);
    return c > 0 && m_scene->columns()[std::size_t(c)].pieces > 1;
}

void NetworkCanvas::openValueEditor(int layer, const QString& param, int row, int col, const QString& text, QPointF at) {
    m_editLayer = layer;
    m_editParam = param;
    m_editRow = row;
    m_editCol = col;
    m_editor->setText(text);
    const QPoint p = mapFromScene(at);
    m_editor->adjustSize();
    m_editor->move(std::clamp(p.x() - m_editor->width() / 2, 0, std::max(0, viewport()->width() - m_editor->width())),
                   std::clamp(p.y() - m_editor->height() / 2, 0, std::max(0, viewport()->height() - m_editor->height())));
    m_editor->show();
    m_editor->raise();
    m_editor->setFocus(Qt::OtherFocusReason);
    m_editor->selectAll();
}

void NetworkCanvas::commitWeightEditor() {
    if (!m_editor->isVisible()) return;
    const bool isBias = m_editParam == QLatin1String("b");
    bool ok = false;
    const QString text = m_editor->text().trimmed();
    double value = QLocale().toDouble(text, &ok);
    if (!ok) value = QLocale::c().toDouble(text, &ok);  // "0.5" in a comma locale
    if (!ok || !std::isfinite(value)) {
        reject(isBias ? tr("Type a number for the bias, such as 0.1.") : tr("Type a number for the weight, such as -0.5."));
        return;
    }
    const int layer = m_editLayer, row = m_editRow, col = m_editCol;
    const QString param = m_editParam;
    closeWeightEditor();
    double before = 0.0;
    if (isBias) {
        if (NeuronItem* n = m_scene->neuron(layer, col)) {
            if (n->hasBias()) before = n->bias();
            n->setBias(value);  // shown now, confirmed by the next frame
        }
    } else if (EdgeItem* edge = m_scene->edge(layer, row, col)) {
        if (edge->hasWeight()) before = edge->weight();
        edge->setWeight(value);
    }
    // On the undo stack like every other edit: Ctrl+Z takes this value back,
    // not the structural edit before it.
    m_doc->changeWeight(layer, param, row, col, before, value,
                        isBias ? tr("Bias %1 \u2192 %2").arg(number(before), number(value))
                               : tr("Weight %1 \u2192 %2").arg(number(before), number(value)));
    if (!isBias) emit weightEditRequested(layer, row, col, value);
}

void NetworkCanvas::closeWeightEditor() {
    if (!m_editor->isVisible()) return;
    m_editor->hide();
    m_editLayer = m_editRow = m_editCol = -1;
    m_editParam.clear();
    setFocus(Qt::OtherFocusReason);
}

bool NetworkCanvas::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            closeWeightEditor();
            return true;
        }
        if (event->type() == QEvent::FocusOut && m_editor->isVisible()) {
            QTimer::singleShot(0, this, [this] { if (!m_editor->hasFocus()) closeWeightEditor(); });
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

}  // namespace nnlab
