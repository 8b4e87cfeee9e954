#pragma once
// The network of an image model as a stack of layers, input at the top: each
// layer's settings, the shape of its output (channels x height x width) and
// its parameter count, updated as it is edited. Layers are added, removed
// and moved here (one undo step each); a stack that does not fit is refused
// with the engine's reason. Selecting a row opens the layer in the Layer
// panel, where its settings are edited.
#include "experiment/Experiment.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace nnlab {

class ExperimentDocument;
struct NetworkEdit;

class LayerStackView : public QWidget {
    Q_OBJECT
public:
    explicit LayerStackView(ExperimentDocument* document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* message() const { return m_message; }
    QLabel* total() const { return m_total; }
    // The layer whose row is selected; -1 the input, -2 none.
    int selectedLayer() const;

    void addLayer(const std::string& type);  // after the selected layer (at the end if none)
    void removeSelected();
    void moveSelected(int delta);

signals:
    void layerSelected(int layer);  // -1: the input

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void fitColumns();
    void selectLayer(int layer);
    void apply(const NetworkEdit& edit, int selectAfter);
    QString settingsText(const LayerSpec& layer) const;

    ExperimentDocument* m_document;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_total = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
};

}  // namespace nnlab
