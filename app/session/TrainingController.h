#pragma once
// The window's handle on training: owns the worker thread, turns button
// presses and experiment edits into Commands, and hands snapshots on to the
// views. It never steps training, never waits on a lock and never runs an
// event loop of its own: questions to the worker (the run's state, whether a
// file builds) are answered by queued signals. The only wait is
// QThread::wait() in the destructor.
#include "SessionTypes.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <optional>
#include <vector>

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

    // The run as it is now (settings, weights, history), for Save, autosave and
    // the exports: asks the worker and returns at once; done(state) runs later
    // on this thread, with a state that has taken every command sent before
    // the call (null when there is no task). Dropped if context is gone by then.
    void fetchState(QObject* context, std::function<void(nnlab::RunStatePtr)> done);

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepBatch();
    void stepBatches(quint64 count);
    void stepEpoch();
    // One part of the model steps (the kind's StepPart: "discriminator",
    // "generator", "phase" for slow motion); pauses play as a step does.
    void stepPart(const QString& part, quint64 count = 1);
    void reset();
    void setHyper(const QString& key, double value);
    // How the live text preview samples (SetTextSampling): not an edit of the
    // experiment, so not undone or saved.
    void setTextSampling(double temperature, const QString& seedText);
    // The user typed a weight: layer index, parameter ("W", "b"), entry.
    void setWeight(int layer, const QString& param, int row, int col, double value);
    // Look inside (training/InsideNames.h): which image the worker opens up in
    // its snapshots, or off. Kept by the worker for the tasks it builds later.
    void inspect(const nnlab::SetInspection& inspection);
    // Sends only what changed: live hyperparameters as SetHyper (weights are
    // kept), anything else as SetExperiment (the task rebuilds what it must).
    void setExperiment(const nnlab::Experiment& experiment);
    // Replaces the run (File > Open, New, recovery), if it can: the worker tries
    // to build a new task from this experiment (going on from its saved weights
    // and run if it has them) and keeps the old one if that throws. The answer
    // is loadFinished(request, error) with the returned request number. Edits
    // sent while it is under way wait for the answer, then reach the task they
    // were meant for (or none, if the load replaced it).
    quint64 loadExperiment(const nnlab::Experiment& experiment);
    bool isLoading() const { return !m_loads.empty(); }
    void setSpeed(int level);
    // The validation sequence whose payloads frames carry (Sequences dock;
    // SnapshotOptions::sequenceSample), -1 for none; a paused run sends a
    // frame with it.
    void setSequenceSample(long sample);
    // Frames carry the hidden-space points (SnapshotOptions::hiddenSpace): only
    // while the Hidden space dock is on screen.
    void setHiddenSpace(bool on);
    // A generator of images: the latent interpolation runs between these two
    // samples of the fixed noise batch (SnapshotOptions::interpolationFrom, To).
    void setInterpolation(int from, int to);
    // Asks the worker for the run; the answer comes as stateReady.
    void requestState();
    // Asks the worker for one frame with the whole history and health record,
    // not only what is new: for views built while a run is under way (the
    // window rebuilt in another language).
    void requestFullFrame();

signals:
    void snapshotReady(nnlab::SnapshotPtr snapshot);
    void dataReady(nnlab::DataFramePtr data);
    void failed(const QString& message);
    void playingChanged(bool playing);
    void speedChanged(int level);
    void stateReady(nnlab::RunStatePtr state);
    // The answer to loadExperiment(): an empty error means the new task runs.
    void loadFinished(quint64 request, const QString& error);

    // To the worker thread (queued).
    void commandIssued(const nnlab::Command& command);
    void speedRequested(int level);
    void sequenceSampleRequested(long sample);
    void hiddenSpaceRequested(bool on);
    void interpolationRequested(int from, int to);
    void stateRequested();
    void fullFrameRequested();
    void loadRequested(quint64 request, const nnlab::Experiment& experiment);

private slots:
    void onSnapshot(nnlab::SnapshotPtr snapshot);
    void onData(nnlab::DataFramePtr data);
    void onWorkerPlaying(bool playing, quint64 appliedCommand);
    void onState(nnlab::RunStatePtr state);
    void onLoadAnswered(quint64 request, const QString& error);

private:
    void send(CommandBody body);

    struct StateRequest {
        std::uint64_t wanted = 0;  // the answer must have applied this command
        QPointer<QObject> context;
        std::function<void(RunStatePtr)> done;
    };
    struct LoadRequest {
        quint64 request = 0;
        Experiment settings;  // without weights and run: what later edits diff against
    };

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
    std::vector<StateRequest> m_stateRequests;
    std::vector<LoadRequest> m_loads;           // sent, not answered yet (oldest first)
    std::optional<Experiment> m_heldExperiment;  // the latest edit made during a load
};

}  // namespace nnlab
