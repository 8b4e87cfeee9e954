#pragma once
// The worker object of the training thread (the QThread documentation's
// worker pattern). It owns the Task (any kind, made by the task registry): only this object, on its own
// thread, ever steps or reads the model, so there is no mutex anywhere.
//
// While playing, runChunk() steps for about 8 ms and queues itself again, so
// commands queued by the window always run between two steps. A snapshot is
// made only when 16 ms have passed and the window has taken the previous one
// (frameInFlight), so a slow window gets fewer frames and never stale ones;
// the history inside the snapshots still carries every point.
#include "SessionTypes.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace nnlab {

class Task;

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxSpeed = 10;  // speed level: full speed, bounded by the time budget only

    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    // Thread-safe: the window calls it once it has taken a snapshot.
    void markFrameConsumed() { m_frameInFlight.store(false, std::memory_order_release); }
    bool frameInFlight() const { return m_frameInFlight.load(std::memory_order_acquire); }

    // Worker thread only (tests drive a worker on their own thread).
    const Task* task() const { return m_task.get(); }
    bool isPlaying() const { return m_playing; }
    void setSnapshotOptions(const SnapshotOptions& options) { m_options = options; }
    void setPublishInterval(std::chrono::milliseconds interval) { m_publishInterval = interval; }

    // Steps per second of each speed level 1..kMaxSpeed-1; kMaxSpeed is unlimited.
    static double stepsPerSecond(int level);

public slots:
    // Records the command; it is applied at the start of the next chunk.
    void onCommand(const nnlab::Command& command);
    void setSpeed(int level);
    // SnapshotOptions::sequenceSample; the next frame has it, paused or not.
    void setSequenceSample(long sample);
    // SnapshotOptions::hiddenSpace, likewise.
    void setHiddenSpace(bool on);
    // SnapshotOptions::interpolationFrom and To; the next frame has them.
    void setInterpolation(int from, int to);
    void runChunk();
    // Answers with stateReady after applying every command received so far
    // (a null state when there is no task yet).
    void onStateRequest();
    // One frame with the whole history and health record (TrainingController::requestFullFrame).
    void onFullFrameRequest();
    // File > Open and its kin: after the commands received so far, builds a
    // task from the experiment; if that throws, the old task stays and goes
    // on as before. Answers with loadAnswered (an empty error on success).
    void onLoadRequest(quint64 sequence, const nnlab::Experiment& experiment);

signals:
    void stateReady(nnlab::RunStatePtr state);
    void loadAnswered(quint64 sequence, const QString& error);
    void snapshotReady(nnlab::SnapshotPtr snapshot);
    void dataReady(nnlab::DataFramePtr data);
    void failed(const QString& message);
    // appliedCommand: the last command applied when the state changed, so the
    // window can ignore a report older than its own latest play/pause.
    void playingChanged(bool playing, quint64 appliedCommand);

private:
    void applyPending();
    void apply(const Command& command);
    void buildTask(const Experiment& experiment);
    void setPlaying(bool playing);
    bool wantsSteps() const;
    // Steps for at most the time budget; returns false if the speed limit left nothing to do now.
    void stepForBudget();
    void maybePublish();
    void publishData(std::uint64_t staleHistoryUpTo);
    void reschedule();
    void scheduleNow();
    void scheduleLater(int milliseconds);
    void fail(const QString& message);

    using Clock = std::chrono::steady_clock;

    std::unique_ptr<Task> m_task;
    std::vector<Command> m_pending;
    std::uint64_t m_lastApplied = 0;
    std::optional<DataSpec> m_publishedData;
    std::vector<std::string> m_publishedFeatures;

    bool m_playing = false;
    std::uint64_t m_stepsLeft = 0;                 // StepBatches
    std::optional<std::uint64_t> m_epochTarget;    // StepEpochs
    int m_speed = kMaxSpeed;
    double m_stepCredit = 0.0;                     // throttled speeds: steps earned so far
    Clock::time_point m_lastChunk{};
    Clock::time_point m_lastChunkEnd{};
    bool m_playingChunk = false;  // the last chunk ran while playing

    bool m_dirty = true;                           // something changed since the last snapshot
    bool m_chunkQueued = false;
    QTimer m_throttle;                             // delayed chunk (slow speeds, frame retry)
    std::atomic<bool> m_frameInFlight{false};
    Clock::time_point m_lastPublish{};
    std::chrono::milliseconds m_publishInterval{17};  // at most 60 frames/s (16 ms would be 62.5)
    std::chrono::microseconds m_budget{8000};
    SnapshotOptions m_options;
    std::optional<SetInspection> m_inspection;  // the window's last one, for every task built later
};

}  // namespace nnlab
