#pragma once
// The network drawn as in TensorFlow Playground: input features on the left,
// one column of neurons per hidden layer, the output on the right, an edge per
// weight (width by |w|, blue positive, orange negative) and a live thumbnail
// per neuron. The network is edited right here: "+"/"-" buttons for layers
// and neurons, a context menu, Insert/Delete/+/- keys, click an edge to type a
// weight. Every structural edit goes through ExperimentDocument::change(), so
// it is undoable; impossible ones are refused with the reason shown.
#include "training/Snapshot.h"

#include <QGraphicsView>

#include <memory>
#include <string>

class QLabel;
class QLineEdit;
class QMenu;
class QTimer;

namespace nnlab {

class ExperimentDocument;
class NetworkScene;
class BiasItem;
class CanvasLegend;
class EdgeItem;
class NeuronItem;
struct Experiment;
struct NetworkEdit;

class NetworkCanvas : public QGraphicsView {
    Q_OBJECT
public:
    explicit NetworkCanvas(ExperimentDocument* doc, QWidget* parent = nullptr);
    ~NetworkCanvas() override;

public slots:
    // Live weights and thumbnails; recolours the existing items only.
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    // The output map's Discretize box, for the thumbnails too.
    void setDiscretized(bool on);

signals:
    void neuronHovered(int layer, int neuron);  // -1, -1 when none; layer -1 = input feature
    void layerSelected(int layer);
    // The user picked this layer (click, keys, menu), not an edit that moved
    // the selection: only then may the window bring the layer's form forward.
    void layerChosen(int layer);
    void weightEditRequested(int layer, int row, int col, double value);

protected:
    bool viewportEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onExperimentChanged(const Experiment& e);
    void rebuild();
    bool applyEdit(const NetworkEdit& edit);
    void reject(const QString& reason);
    void selectLayer(int layer);
    void moveSelection(int step);
    void updateHover(const QPoint& viewPos);
    void clearHover();
    QGraphicsItem* interactiveItemAt(const QPoint& viewPos) const;
    QString toolTipFor(QGraphicsItem* item) const;
    void openWeightEditor(EdgeItem* edge);
    void openBiasEditor(BiasItem* bias);
    bool isMaxoutColumn(int layer) const;  // one weight and bias per piece: not typed on the canvas
    // The number box over the canvas, for W(row, col) or b(0, col) of a layer.
    void openValueEditor(int layer, const QString& param, int row, int col, const QString& text, QPointF at);
    void commitWeightEditor();
    void closeWeightEditor();
    void fitToView();
    void updateLegend();
    void placeLegend();
    void placeColourLegend();
    int inputWidthHint() const;
    // Context menu parts (NetworkCanvasMenu.cpp).
    QAction* addEditAction(QMenu* menu, const QString& text, const NetworkEdit& edit, const QString& objectName);
    void fillLayerMenu(QMenu* menu, int layer);
    void fillBackgroundMenu(QMenu* menu);
    void addActivationMenu(QMenu* menu, int layer);

    ExperimentDocument* m_doc;
    NetworkScene* m_scene;
    std::shared_ptr<const Snapshot> m_latest;
    std::uint64_t m_revision = 0;
    std::string m_structure;          // what the scene was built from, to skip non-structural changes
    int m_selected = -2;              // -2 none, -1 inputs, else a layer index
    std::string m_selectedName;       // follows the selected layer across inserts and undo
    std::string m_selectAfterChange;  // a layer just added by this canvas
    int m_builtLayers = 0;            // layer count of the last build
    NeuronItem* m_hoverNeuron = nullptr;
    EdgeItem* m_hoverEdge = nullptr;
    BiasItem* m_hoverBias = nullptr;
    QGraphicsItem* m_pressed = nullptr;
    QLineEdit* m_editor;
    int m_editLayer = -1, m_editRow = -1, m_editCol = -1;
    QString m_editParam;  // "W" or "b"
    QLabel* m_message;
    QTimer* m_messageTimer;
    QLabel* m_legend;              // explains the dead and saturated marks while any show
    CanvasLegend* m_colours;       // the key to the colours, bottom right
    int m_legendDead = 0, m_legendSaturated = 0, m_legendHarmless = 0;
    QTimer* m_relayout = nullptr;  // rebuilds for a new width after a resize
    bool m_autoFit = true;
    bool m_selectionFollowsEdit = false;  // selectLayer() called by rebuild(), not by the user
};

}  // namespace nnlab
