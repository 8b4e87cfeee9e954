#pragma once
// The window's handle on training: owns the worker thread, turns button
// presses and experiment edits into Commands, and hands snapshots on to the
// views. It never steps training and never waits on a lock; the only wait is
// QThread::wait() in the destructor.
#include "SessionTypes.h"

#include <QObject>
#include <QThread>

namespace nnlab {

class TrainingWorker;

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    SnapshotPtr latest() const { return m_latest; }
    DataFramePtr latestData() const { return m_latestData; }
    bool isPlaying() const { return m_playing; }
    int speed() const { return m_speed; }
    std::uint64_t lastSentCommand() const { return m_sequence; }
    // The experiment the worker was last told about.
    const Experiment* sentExperiment() const { return m_hasSent ? &m_sent : nullptr; }
    // For tests and the bench only: the worker lives on another thread, so
    // only its thread-safe members may be called from here.
    TrainingWorker* worker() const { return m_worker; }

    // The run as it is now (settings, weights, history), for Save and autosave:
    // asks the worker and runs a local event loop (user input held back) until
    // the answer comes. Null on timeout or when there is no task. The GUI
    // thread never waits on a lock.
    RunStatePtr fetchState(int timeoutMs = 3000);

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepBatch();
    void stepBatches(quint64 count);
    void stepEpoch();
    void reset();
    void setHyper(const QString& key, double value);
    // The user typed a weight: layer index, parameter ("W", "b"), entry.
    void setWeight(int layer, const QString& param, int row, int col, double value);
    // Sends only what changed: live hyperparameters as SetHyper (weights are
    // kept), anything else as SetExperiment (the task rebuilds what it must).
    void setExperiment(const nnlab::Experiment& experiment);
    // Replaces the run (File > Open, New, recovery): a new task from this
    // experiment, going on from its saved weights and run if it has them.
    void loadExperiment(const nnlab::Experiment& experiment);
    void setSpeed(int level);
    // Asks the worker for the run; the answer comes as stateReady.
    void requestState();

signals:
    void snapshotReady(nnlab::SnapshotPtr snapshot);
    void dataReady(nnlab::DataFramePtr data);
    void failed(const QString& message);
    void playingChanged(bool playing);
    void speedChanged(int level);
    void stateReady(nnlab::RunStatePtr state);

    // To the worker thread (queued).
    void commandIssued(const nnlab::Command& command);
    void speedRequested(int level);
    void stateRequested();

private slots:
    void onSnapshot(nnlab::SnapshotPtr snapshot);
    void onData(nnlab::DataFramePtr data);
    void onWorkerPlaying(bool playing, quint64 appliedCommand);

private:
    void send(CommandBody body);

    QThread m_thread;
    TrainingWorker* m_worker = nullptr;  // lives on m_thread, deleted there when it finishes
    SnapshotPtr m_latest;
    DataFramePtr m_latestData;
    std::uint64_t m_sequence = 0;
    std::uint64_t m_lastPlayCommand = 0;  // last command that set playing or paused
    bool m_playing = false;
    int m_speed = 10;
    Experiment m_sent;
    bool m_hasSent = false;
};

}  // namespace nnlab
