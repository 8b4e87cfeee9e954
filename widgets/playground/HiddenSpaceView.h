#pragma once
// ConvNetJS's transformed-space view: how a layer bends the plane. The input
// grid and the training points are drawn where two neurons of the chosen
// layer put them (neuron a across, neuron b up); "Next pair" walks through
// the pairs. A layer that separates the classes pulls them apart here,
// often so far that a straight line between them would do.
// Reads the snapshot only: the grid's images are the neuron maps, the
// points come as a payload (training/HiddenSpaceNames.h).
#include "training/Snapshot.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPCurve;
class QLabel;
class QPushButton;

namespace nnlab {

class HiddenSpaceView : public QWidget {
    Q_OBJECT
public:
    explicit HiddenSpaceView(QWidget* parent = nullptr);

    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    // Layer names as the window shows them ("hidden layer 1"), by snapshot index.
    void setLayerTitles(std::vector<QString> titles);
    void setNumClasses(int numClasses) { m_numClasses = numClasses; }

    // For tests and the figure export.
    QCustomPlot* plot() const { return m_plot; }
    int layerIndex() const;  // the snapshot layer shown, or -1
    int neuronA() const { return m_a; }
    int neuronB() const { return m_b; }
    void setLayer(int snapshotLayer);
    void nextPair();
    // The plotted position of training point i (after the last snapshot).
    QPointF pointPosition(int i) const;
    int gridLineCount() const { return int(m_gridLines.size()); }
    QString caption() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildLayerList(const Snapshot& s);
    void redraw();
    int units() const;

    QComboBox* m_layer = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_note = nullptr;
    QCustomPlot* m_plot = nullptr;
    std::vector<QCPCurve*> m_gridLines;
    std::vector<QCPCurve*> m_classPoints;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::vector<QString> m_titles;
    std::vector<int> m_layerUnits;  // by snapshot index, of the listed layers
    int m_numClasses = 2;
    int m_a = 0, m_b = 1;
};

}  // namespace nnlab
