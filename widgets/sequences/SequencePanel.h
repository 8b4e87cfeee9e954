#pragma once
// The Sequences dock: what a recurrent network does with one validation
// sequence, live while it trains (issue 13's views). A spin box and a slider
// choose the sequence; tabs show the prediction against the truth, |dL/dh_t|
// at every step on a log axis, the hidden states of a recurrent cell as a
// heat map over the steps, its gates, and the network unrolled over the steps
// with the values on hover. "Compare with RNN/LSTM" trains
// the other cell on the same data off the GUI thread and draws its gradient
// through time on the same plot.
//
// The numbers come from the worker (core/tasks/supervised/SequenceResults.h)
// in snapshots; the panel says which sequence it wants (sequenceWanted), the
// window passes that on, and -1 when the dock is hidden, so a hidden dock
// costs the worker nothing.
#include "experiment/Experiment.h"
#include "explorers/BackgroundJobs.h"
#include "sequences/SequenceFrame.h"
#include "tasks/RecurrentComparison.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;

namespace nnlab {

class GateActivityPlot;
class HiddenStateMap;
class SequencePredictionPlot;
class TimeGradientPlot;
class UnrolledNetworkView;

class SequencePanel : public QWidget {
    Q_OBJECT
public:
    explicit SequencePanel(QWidget* parent = nullptr);
    // The experiment has an rnn, lstm or gru layer: this panel is for it.
    static bool hasRecurrentLayer(const Experiment& experiment);

    // The validation sequence chosen (0-based).
    long sample() const;
    bool hasData() const { return m_frame.valid; }
    const SequenceFrame& frame() const { return m_frame; }
    QSpinBox* sampleBox() const { return m_sampleBox; }
    // The tabs: prediction, gradient through time, hidden states, gates.
    QTabWidget* views() const { return m_views; }
    QPushButton* compareButton() const { return m_compare; }
    SequencePredictionPlot* predictionPlot() const { return m_prediction; }
    HiddenStateMap* hiddenMap() const { return m_hidden; }
    GateActivityPlot* gatePlot() const { return m_gates; }
    TimeGradientPlot* gradientPlot() const { return m_gradient; }
    UnrolledNetworkView* unrolledView() const { return m_unrolled; }
    const RecurrentComparison& comparison() const { return m_comparison; }
    int backgroundJobs() const { return m_jobs.pending(); }

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);
    void setExperiment(const nnlab::Experiment& experiment);
    // Trains the other cell in the background (the button's action).
    void compare();

signals:
    void sequenceWanted(long sample);
    // The comparison finished (or failed: comparison().error).
    void comparisonFinished();

private:
    void setSample(long sample);
    void showCell();
    void showComparison();
    QString cellLabel(const SequenceCellFrame& cell) const;

    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QSpinBox* m_sampleBox = nullptr;
    QSlider* m_sampleSlider = nullptr;
    QLabel* m_sampleCount = nullptr;
    QComboBox* m_cell = nullptr;
    QPushButton* m_compare = nullptr;
    QLabel* m_compareNote = nullptr;
    SequencePredictionPlot* m_prediction = nullptr;
    HiddenStateMap* m_hidden = nullptr;
    GateActivityPlot* m_gates = nullptr;
    TimeGradientPlot* m_gradient = nullptr;
    UnrolledNetworkView* m_unrolled = nullptr;
    QTabWidget* m_views = nullptr;

    Experiment m_experiment;
    std::string m_otherType;      // the cell "Compare" trains: "rnn", "lstm"; empty without one
    SequenceFrame m_frame;
    RecurrentComparison m_comparison;
    std::string m_comparedSetup;  // network and data the comparison was trained on (JSON)
    BackgroundJobs m_jobs;        // last: destroyed first, waiting for a comparison still running
};

}  // namespace nnlab
