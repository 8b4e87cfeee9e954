#include "TrainingController.h"

#include "ExperimentDiff.h"
#include "TrainingWorker.h"

#include <QEventLoop>
#include <QTimer>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace nnlab {

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
    registerSessionMetaTypes();
    m_thread.setObjectName(QStringLiteral("nnlab training"));
    m_worker = new TrainingWorker;
    m_worker->moveToThread(&m_thread);
    // The worker is deleted on its own thread as the thread finishes.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &TrainingController::commandIssued, m_worker, &TrainingWorker::onCommand);
    connect(this, &TrainingController::speedRequested, m_worker, &TrainingWorker::setSpeed);
    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingController::onSnapshot);
    connect(m_worker, &TrainingWorker::dataReady, this, &TrainingController::onData);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingController::failed);
    connect(m_worker, &TrainingWorker::playingChanged, this, &TrainingController::onWorkerPlaying);
    connect(this, &TrainingController::stateRequested, m_worker, &TrainingWorker::onStateRequest);
    connect(m_worker, &TrainingWorker::stateReady, this, &TrainingController::stateReady);
    // The worker keeps a core busy while playing. When cores are scarce the
    // window must still win: a slightly higher nice value for this thread only
    // (Linux threads have their own; QThread priorities do nothing there
    // under the default scheduler). Runs on the new thread (direct connection).
    connect(&m_thread, &QThread::started, [] {
#ifdef __linux__
        setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 5);
#endif
    });
    m_thread.start();
}

TrainingController::~TrainingController() {
    m_thread.quit();
    m_thread.wait();
}

void TrainingController::send(CommandBody body) {
    const bool changesPlaying = std::holds_alternative<Play>(body) || std::holds_alternative<Pause>(body) ||
                                std::holds_alternative<StepBatches>(body) ||
                                std::holds_alternative<StepEpochs>(body) || std::holds_alternative<Reset>(body);
    ++m_sequence;
    if (changesPlaying) m_lastPlayCommand = m_sequence;
    emit commandIssued(Command{m_sequence, std::move(body)});
}

void TrainingController::play() {
    if (!m_playing) {
        m_playing = true;
        emit playingChanged(true);
    }
    send(Play{});
}

void TrainingController::pause() {
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
    send(Pause{});
}

void TrainingController::togglePlay() { m_playing ? pause() : play(); }

void TrainingController::stepBatch() { stepBatches(1); }

void TrainingController::stepBatches(quint64 count) {
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
    send(StepBatches{count});
}

void TrainingController::stepEpoch() {
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
    send(StepEpochs{1});
}

void TrainingController::reset() {
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
    send(Reset{});
}

void TrainingController::setHyper(const QString& key, double value) { send(SetHyper{key.toStdString(), value}); }

void TrainingController::setWeight(int layer, const QString& param, int row, int col, double value) {
    if (layer < 0) return;
    send(SetWeight{std::size_t(layer), param.toStdString(), Index(row), Index(col), value});
}

void TrainingController::setExperiment(const Experiment& experiment) {
    if (!m_hasSent) {
        send(SetExperiment{experiment});
    } else {
        const ExperimentDiff diff = diffExperiments(m_sent, experiment);
        if (diff.structural) {
            send(SetExperiment{experiment});
        } else {
            for (const auto& [key, value] : diff.hyper) send(SetHyper{key, value});
        }
    }
    m_sent = experiment;
    m_hasSent = true;
}

void TrainingController::loadExperiment(const Experiment& experiment) {
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
    send(SetExperiment{experiment, true});
    // The new task pauses: a report from the old one must not restart the button.
    m_lastPlayCommand = m_sequence;
    // Later edits are diffed against the settings; weights and run were used once.
    m_sent = experiment;
    m_sent.weights.reset();
    m_sent.run.reset();
    m_hasSent = true;
}

void TrainingController::requestState() { emit stateRequested(); }

RunStatePtr TrainingController::fetchState(int timeoutMs) {
    const std::uint64_t wanted = m_sequence;
    RunStatePtr result;
    bool answered = false;
    QEventLoop loop;
    const auto connection = connect(this, &TrainingController::stateReady, &loop, [&](RunStatePtr state) {
        if (state && state->lastAppliedCommand < wanted) return;  // the answer to an older request
        result = std::move(state);
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    requestState();
    if (!answered) loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(connection);
    return result;
}

void TrainingController::setSpeed(int level) {
    if (level == m_speed) return;
    m_speed = level;
    emit speedRequested(level);
    emit speedChanged(level);
}

void TrainingController::onSnapshot(SnapshotPtr snapshot) {
    m_latest = snapshot;
    emit snapshotReady(snapshot);
    // Only now may the worker make the next frame: a slow view gets fewer.
    m_worker->markFrameConsumed();
}

void TrainingController::onData(DataFramePtr data) {
    m_latestData = data;
    emit dataReady(data);
}

void TrainingController::onWorkerPlaying(bool playing, quint64 appliedCommand) {
    // The worker pauses by itself (finished, NaN); the window follows, unless
    // the report predates the user's latest press.
    if (appliedCommand < m_lastPlayCommand || playing == m_playing) return;
    m_playing = playing;
    emit playingChanged(playing);
}

}  // namespace nnlab
