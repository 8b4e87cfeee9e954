#pragma once
// Values that cross the thread boundary between the worker and the window,
// registered as metatypes so queued connections can carry them.
#include "data/Dataset.h"
#include "training/Command.h"
#include "training/Snapshot.h"
#include "training/Task.h"

#include <QMetaType>
#include <memory>

namespace nnlab {

// The data the worker's task trains on, copied out once per data change so
// the decision map can draw train and test points without touching the task.
struct DataFrame {
    Matrix trainPoints, testPoints;  // (n, 2) raw plane points
    Matrix trainLabels, testLabels;  // (n, 1) class index or value
    int numClasses = 2;              // 0: regression
    ProblemKind kind = ProblemKind::Classification;
    std::vector<std::string> classNames;  // as the data set names them (images too)
    // Images: the first few training images as the network sees them (NCHW
    // rows, normalised, not augmented) and their shape, for the augmentation preview.
    Matrix trainImages;
    Shape imageShape;
    std::uint64_t structureRevision = 0;
    std::uint64_t step = 0;          // the task's step count when this data arrived
    // History points up to this step were made on the data this frame replaces.
    // 0 for a new task: its whole history (a reopened run's too) is of this data.
    std::uint64_t staleHistoryUpTo = 0;
};

// Everything needed to save a run and go on with it later: the settings the
// task runs with, experiment.weights filled with the current parameters
// (batch-norm running statistics included), and the whole history.
struct RunState {
    Experiment experiment;
    std::vector<SeriesInfo> series;  // what history's values are
    std::vector<HistoryPoint> history;
    std::uint64_t step = 0, epoch = 0;
    std::uint64_t lastAppliedCommand = 0;  // the state reflects every command up to this one
};

// The run part of a saved file: counters, series names and history.
RunRecord runRecordOf(const RunState& state);

using SnapshotPtr = std::shared_ptr<const Snapshot>;
using DataFramePtr = std::shared_ptr<const DataFrame>;
using RunStatePtr = std::shared_ptr<const RunState>;

// Call once before connecting (TrainingController does).
void registerSessionMetaTypes();

}  // namespace nnlab

Q_DECLARE_METATYPE(nnlab::Command)
Q_DECLARE_METATYPE(nnlab::Experiment)
Q_DECLARE_METATYPE(nnlab::SnapshotPtr)
Q_DECLARE_METATYPE(nnlab::DataFramePtr)
Q_DECLARE_METATYPE(nnlab::RunStatePtr)
