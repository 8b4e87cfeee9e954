#pragma once
// The big output plot: the network's output over the input plane as a
// 100 x 100 colour map (one colour per class, confidence as lightness; a
// diverging map for regression), with training points filled and test points
// outlined. Hovering a neuron on the canvas shows that neuron's map instead.
#include "data/Dataset.h"
#include "experiment/Experiment.h"
#include "training/Snapshot.h"

#include <QWidget>

#include <functional>

#include <memory>
#include <vector>

class QCheckBox;
class QCustomPlot;
class QCPColorMap;
class QCPLayer;
class QCPColorScale;
class QCPGraph;
class QCPScatterStyle;

namespace nnlab {

class BackgroundPainter;
class PlaneUnitsOverlay;
class ReadoutLabel;
class ReadyColorMap;

class DecisionMapView : public QWidget {
    Q_OBJECT
public:
    enum class OutputKind {
        Probability,   // one output in [0, 1], class 1 above 0.5 (sigmoid + bce)
        PlusMinusOne,  // one output in [-1, 1], class 1 above 0 (tanh + hinge / mse)
        ClassScores,   // K outputs, the class is the largest (softmax)
        Regression,    // one value
    };

    explicit DecisionMapView(QWidget* parent = nullptr);
    ~DecisionMapView() override;

    // What the output column(s) mean for this experiment and data.
    static OutputKind outputKindFor(const Experiment& e, ProblemKind problem, int outputs);

    // The data as the task sees it: raw plane points (n, 2) and labels (n, 1).
    void setPoints(const Matrix& trainPoints, const Matrix& trainLabels, const Matrix& testPoints,
                   const Matrix& testLabels, int numClasses);
    void setOutputKind(OutputKind kind);
    OutputKind outputKind() const { return m_kind; }
    bool isDiscretized() const;
    bool showsTestData() const;
    // Points of the plane may be edited (DataPanel::pointsEditable): clicks
    // are reported, not ignored, as ConvNetJS's classify2d takes them.
    void setPointEditingEnabled(bool on);
    bool pointEditingEnabled() const { return m_drawing; }
    // The experiment's features, for the input tiles' maps (hover layer -1).
    void setFeatures(const std::vector<std::string>& features);
    // How the caption names a hovered neuron, as the canvas does ("neuron 3
    // of hidden layer 2"); without it, by the engine's layer name.
    void setNeuronNamer(std::function<QString(int layer, int neuron)> namer) { m_neuronNamer = std::move(namer); }
    QString captionText() const;

    QCustomPlot* plot() const { return m_plot; }
    // A map's units over the points (Snapshot::planeUnits).
    const PlaneUnitsOverlay& unitsOverlay() const { return *m_units; }
    QCPColorMap* colorMap() const;
    // The colour map that blits pictures made on a helper thread.
    ReadyColorMap* readyMap() const { return m_map; }
    // Pictures still being made (tests wait for none).
    bool picturePending() const;
    // Frames asked for (each snapshot or setting change); painting coalesces them.
    int framesDrawn() const { return m_frames; }
    // Which map is on show: (-1, -1) the output, else (layer, neuron).
    std::pair<int, int> shownNeuron() const { return {m_neuronLayer, m_neuron}; }

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    // (-1, -1): back to the output.
    void showNeuron(int layer, int neuron);
    void setDiscretized(bool on);
    void setShowTestData(bool on);

signals:
    // The Discretize box changed: the canvas's thumbnails follow it.
    void discretizedChanged(bool on);
    // Plane coordinates of a click while point editing is enabled.
    void pointClicked(double x1, double x2, Qt::MouseButton button, Qt::KeyboardModifiers modifiers);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitPlot();
    void keepSquare();
    // Sizes the colour map's cells for the snapshot's grid, when it changed.
    void sizeGrid(const Snapshot& s);
    void redrawMap();
    // Full replot (axes, scale) only when colours or range changed; else the
    // map layer alone, once the helper thread has made its picture.
    void requestReplot(bool full);
    void postPicture();
    void replotMapLayer();
    // The values of every cell, [iy * g + ix]: into the data model and the next picture.
    void setCells(std::vector<double> cells, int g);
    static QCPScatterStyle pointStyle(const QColor& color, bool test);
    void redrawPoints();
    void fillOutputMap(const Snapshot& s);
    bool fillNeuronMap(const Snapshot& s);

    QCustomPlot* m_plot = nullptr;
    ReadyColorMap* m_map = nullptr;
    BackgroundPainter* m_painter = nullptr;
    QCPLayer* m_mapLayer = nullptr;
    QString m_style;  // colours and range of the last frame
    bool m_fullReplotPending = false;
    bool m_layerReplotPending = false;
    QCPColorScale* m_scale = nullptr;
    std::vector<QCPGraph*> m_graphs;  // per class/bin: train then test
    QCheckBox* m_discretize = nullptr;
    QCheckBox* m_showTest = nullptr;
    ReadoutLabel* m_caption = nullptr;
    std::unique_ptr<PlaneUnitsOverlay> m_units;

    std::shared_ptr<const Snapshot> m_snapshot;
    std::vector<std::string> m_features;
    std::function<QString(int, int)> m_neuronNamer;
    Matrix m_trainPoints, m_trainLabels, m_testPoints, m_testLabels;
    int m_numClasses = 2;
    OutputKind m_kind = OutputKind::Probability;
    int m_neuronLayer = -1, m_neuron = -1;
    int m_gridSize = 0;
    int m_frames = 0;
    bool m_drawing = false;
};

}  // namespace nnlab
