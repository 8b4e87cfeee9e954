#include "TrainingController.h"

#include "ExperimentDiff.h"
#include "TrainingWorker.h"

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
    connect(this, &TrainingController::sequenceSampleRequested, m_worker, &TrainingWorker::setSequenceSample);
    connect(this, &TrainingController::hiddenSpaceRequested, m_worker, &TrainingWorker::setHiddenSpace);
    connect(this, &TrainingController::interpolationRequested, m_worker, &TrainingWorker::setInterpolation);
    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingController::onSnapshot);
    connect(m_worker, &TrainingWorker::dataReady, this, &TrainingController::onData);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingController::failed);
    connect(m_worker, &TrainingWorker::playingChanged, this, &TrainingController::onWorkerPlaying);
    connect(this, &TrainingController::stateRequested, m_worker, &TrainingWorker::onStateRequest);
    connect(m_worker, &TrainingWorker::stateReady, this, &TrainingController::onState);
    connect(this, &TrainingController::fullFrameRequested, m_worker, &TrainingWorker::onFullFrameRequest);
    connect(this, &TrainingController::loadRequested, m_worker, &TrainingWorker::onLoadRequest);
    connect(m_worker, &TrainingWorker::loadAnswered, this, &TrainingController::onLoadAnswered);
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

void TrainingController::stepPart(const QString& part, quint64 count) {
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
    send(StepPart{part.toStdString(), count});
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

void TrainingController::setTextSampling(double temperature, const QString& seedText) {
    send(SetTextSampling{temperature, seedText.toStdString()});
}
void TrainingController::inspect(const SetInspection& inspection) { send(inspection); }

void TrainingController::setWeight(int layer, const QString& param, int row, int col, double value) {
    if (layer < 0) return;
    send(SetWeight{std::size_t(layer), param.toStdString(), Index(row), Index(col), value});
}

void TrainingController::setExperiment(const Experiment& experiment) {
    if (!m_loads.empty()) {
        // Which task it is for is known only when the load is answered.
        m_heldExperiment = experiment;
        return;
    }
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

quint64 TrainingController::loadExperiment(const Experiment& experiment) {
    // A sequence number of its own: the worker's answer and its frames carry it.
    const quint64 request = ++m_sequence;
    LoadRequest load{request, experiment};
    load.settings.weights.reset();
    load.settings.run.reset();
    m_loads.push_back(std::move(load));
    emit loadRequested(request, experiment);
    return request;
}

void TrainingController::onLoadAnswered(quint64 request, const QString& error) {
    if (m_loads.empty() || m_loads.front().request != request) return;  // not ours (cannot happen: answers come in order)
    const LoadRequest load = std::move(m_loads.front());
    m_loads.erase(m_loads.begin());
    if (error.isEmpty()) {
        // The new task starts paused, unless the user pressed Play after asking.
        if (m_lastPlayCommand <= request) {
            m_lastPlayCommand = request;
            if (m_playing) {
                m_playing = false;
                emit playingChanged(false);
            }
        }
        // Later edits are diffed against the settings; weights and run were used once.
        m_sent = load.settings;
        m_hasSent = true;
        // An edit made meanwhile was of the document this load replaces.
        if (m_loads.empty()) m_heldExperiment.reset();
    } else if (m_loads.empty() && m_heldExperiment) {
        // The old task stays: the edit made meanwhile is for it.
        const Experiment held = std::move(*m_heldExperiment);
        m_heldExperiment.reset();
        setExperiment(held);
    }
    emit loadFinished(request, error);
}

void TrainingController::requestState() { emit stateRequested(); }

void TrainingController::requestFullFrame() { emit fullFrameRequested(); }

void TrainingController::fetchState(QObject* context, std::function<void(RunStatePtr)> done) {
    m_stateRequests.push_back(StateRequest{m_sequence, context, std::move(done)});
    requestState();
}

void TrainingController::onState(RunStatePtr state) {
    // Each request takes the first answer that has seen every command sent
    // before it; a null state (no task yet) answers them all.
    std::vector<StateRequest> answered;
    for (auto it = m_stateRequests.begin(); it != m_stateRequests.end();) {
        if (!state || state->lastAppliedCommand >= it->wanted) {
            answered.push_back(std::move(*it));
            it = m_stateRequests.erase(it);
        } else {
            ++it;
        }
    }
    emit stateReady(state);
    for (StateRequest& r : answered)
        if (r.context) r.done(state);
}

void TrainingController::setSpeed(int level) {
    if (level == m_speed) return;
    m_speed = level;
    emit speedRequested(level);
    emit speedChanged(level);
}

void TrainingController::setSequenceSample(long sample) { emit sequenceSampleRequested(sample); }

void TrainingController::setHiddenSpace(bool on) { emit hiddenSpaceRequested(on); }

void TrainingController::setInterpolation(int from, int to) { emit interpolationRequested(from, to); }

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
