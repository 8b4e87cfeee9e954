#pragma once
// The experiment being edited in the window, with undo/redo. Every panel and
// the canvas change it only through change() or changeWeight(), so every edit
// is undoable and every view hears about it through experimentChanged().
// Trained weights are not part of the experiment, so an undo command keeps
// the weights it would otherwise throw away (weightsRestoreRequested).
#include "experiment/Experiment.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace nnlab {

class ExperimentDocument : public QObject {
    Q_OBJECT
public:
    // The weights of the network on screen (by layer name), or none if unknown.
    using WeightProvider = std::function<std::optional<WeightSet>()>;

    explicit ExperimentDocument(QObject* parent = nullptr);

    const Experiment& experiment() const { return m_experiment; }
    QUndoStack* undoStack() { return &m_undo; }

    // Pushes an undoable edit. mergeKey != 0 merges consecutive edits with the
    // same key (dragging a slider gives one undo step).
    void change(const Experiment& next, const QString& description, int mergeKey = 0);
    // Pushes an undoable edit of one parameter entry (a weight or bias typed
    // on the canvas): redo and undo ask for it through weightSetRequested.
    void changeWeight(int layer, const QString& param, int row, int col, double before, double after,
                      const QString& description);
    // Replaces everything and clears the undo history (File > Open, New).
    void reset(const Experiment& experiment);
    // Where undo finds the trained weights of the network on screen; without
    // one, undoing a structural edit initialises the changed layers again.
    void setWeightProvider(WeightProvider provider) { m_weights = std::move(provider); }

    // Used by the undo commands only.
    void setExperimentSilently(const Experiment& e);
    std::optional<WeightSet> currentWeights() const { return m_weights ? m_weights() : std::nullopt; }
    void requestWeight(int layer, const QString& param, int row, int col, double value) {
        emit weightSetRequested(layer, param, row, col, value);
    }
    void requestWeights(const WeightSet& weights) { emit weightsRestoreRequested(weights); }

signals:
    void experimentChanged(const nnlab::Experiment& experiment);
    // Set this entry of the running model (layer index, "W" or "b").
    void weightSetRequested(int layer, const QString& param, int row, int col, double value);
    // Put these trained weights back (after experimentChanged for the same step).
    void weightsRestoreRequested(const nnlab::WeightSet& weights);

private:
    Experiment m_experiment;
    QUndoStack m_undo;
    WeightProvider m_weights;
};

// True if going from one experiment to the other makes the engine initialise
// some layers again (the network, data, features, loss, optimizer or batch changed).
bool reinitialisesLayers(const Experiment& from, const Experiment& to);

}  // namespace nnlab
