#pragma once
// The experiment being edited in the window, with undo/redo. Every panel and
// the canvas change it only through change(), so every edit is undoable and
// every view hears about it through experimentChanged().
#include "experiment/Experiment.h"

#include <QObject>
#include <QUndoStack>

namespace nnlab {

class ExperimentDocument : public QObject {
    Q_OBJECT
public:
    explicit ExperimentDocument(QObject* parent = nullptr);

    const Experiment& experiment() const { return m_experiment; }
    QUndoStack* undoStack() { return &m_undo; }

    // Pushes an undoable edit. mergeKey != 0 merges consecutive edits with the
    // same key (dragging a slider gives one undo step).
    void change(const Experiment& next, const QString& description, int mergeKey = 0);
    // Replaces everything and clears the undo history (File > Open, New).
    void reset(const Experiment& experiment);

    // Used by the undo command only.
    void setExperimentSilently(const Experiment& e);

signals:
    void experimentChanged(const nnlab::Experiment& experiment);

private:
    Experiment m_experiment;
    QUndoStack m_undo;
};

}  // namespace nnlab
