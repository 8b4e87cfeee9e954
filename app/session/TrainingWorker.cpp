#include "TrainingWorker.h"

#include "Error.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"

#include <QMetaObject>

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent), m_throttle(this) {
    registerSessionMetaTypes();
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &TrainingWorker::runChunk);
    m_options.gridSize = 100;
    m_options.neuronMaps = true;
    m_options.weights = true;
    m_options.imageResults = true;
    m_options.textSamples = true;
}

TrainingWorker::~TrainingWorker() = default;

double TrainingWorker::stepsPerSecond(int level) {
    // Roughly x3 per level, from one step a second (watch every update) up.
    static const double kRates[] = {1, 3, 10, 30, 100, 300, 1000, 3000, 10000};
    level = std::clamp(level, 1, kMaxSpeed);
    return level >= kMaxSpeed ? 0.0 : kRates[level - 1];
}

void TrainingWorker::onCommand(const nnlab::Command& command) {
    m_pending.push_back(command);
    scheduleNow();
}

void TrainingWorker::setSpeed(int level) {
    m_speed = std::clamp(level, 1, kMaxSpeed);
    m_stepCredit = 0.0;
}

void TrainingWorker::setInterpolation(int from, int to) {
    if (m_options.interpolationFrom == from && m_options.interpolationTo == to) return;
    m_options.interpolationFrom = from;
    m_options.interpolationTo = to;
    m_dirty = true;
    scheduleNow();
}

void TrainingWorker::setHiddenSpace(bool on) {
    if (m_options.hiddenSpace == on) return;
    m_options.hiddenSpace = on;
    m_dirty = true;
    scheduleNow();
}

void TrainingWorker::setSequenceSample(long sample) {
    if (m_options.sequenceSample == sample) return;
    m_options.sequenceSample = sample;
    m_dirty = true;
    scheduleNow();
}

void TrainingWorker::runChunk() {
    m_chunkQueued = false;
    m_throttle.stop();
    applyPending();
    if (m_task && wantsSteps()) stepForBudget();
    maybePublish();
    reschedule();
}

void TrainingWorker::onStateRequest() {
    // Commands queued before the request have not run yet (runChunk comes later
    // in the queue): apply them, so the state is the one the window asked after.
    applyPending();
    if (!m_task) {
        emit stateReady(nullptr);
        return;
    }
    auto state = std::make_shared<RunState>();
    state->experiment = m_task->experiment();
    state->experiment.weights = m_task->weights();
    state->series = m_task->series();
    state->history = m_task->history();
    state->step = m_task->stepCount();
    state->epoch = m_task->epoch();
    state->lastAppliedCommand = m_lastApplied;
    emit stateReady(std::move(state));
    reschedule();
}

void TrainingWorker::onLoadRequest(quint64 sequence, const Experiment& experiment) {
    applyPending();
    m_lastApplied = std::max(m_lastApplied, std::uint64_t(sequence));
    QString error;
    try {
        buildTask(experiment);
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    m_dirty = true;  // the next frame carries the request's number, either way
    emit loadAnswered(sequence, error);
    reschedule();
}

void TrainingWorker::applyPending() {
    // Swap first: a command may fail and we must not apply the rest twice.
    std::vector<Command> pending;
    pending.swap(m_pending);
    for (const Command& command : pending) {
        m_lastApplied = std::max(m_lastApplied, command.sequence);
        try {
            apply(command);
        } catch (const std::exception& e) {
            fail(QString::fromStdString(e.what()));
        }
        m_dirty = true;
    }
}

void TrainingWorker::apply(const Command& command) {
    std::visit(Overloaded{
                   [this](const Play&) {
                       if (m_task && !m_task->finished())
                           setPlaying(true);
                       else
                           emit playingChanged(false, m_lastApplied);  // nothing to play: tell the window
                   },
                   [this](const Pause&) {
                       setPlaying(false);
                       m_stepsLeft = 0;
                       m_epochTarget.reset();
                   },
                   [this](const StepBatches& s) {
                       setPlaying(false);
                       m_stepsLeft += s.count;
                   },
                   [this](const StepEpochs& s) {
                       setPlaying(false);
                       // Presses queued together add up, as StepBatches does.
                       if (m_task) m_epochTarget = (m_epochTarget ? *m_epochTarget : m_task->epoch()) + s.count;
                   },
                   [this, &command](const Reset&) {
                       // Playground: reset pauses, keeps the data, clears the history.
                       setPlaying(false);
                       m_stepsLeft = 0;
                       m_epochTarget.reset();
                       if (m_task) m_task->apply(command.body);
                   },
                   [this, &command](const SetExperiment& s) {
                       // Saved weights and runs are honoured by a new task only: build one.
                       if (!m_task || s.rebuild || s.experiment.weights || s.experiment.run) {
                           buildTask(s.experiment);
                       } else {
                           m_task->apply(command.body);
                           publishData(m_task->stepCount());
                       }
                   },
                   [this, &command](const SetInspection& s) {
                       m_inspection = s;
                       if (m_task) m_task->apply(command.body);
                   },
                   [this, &command](const auto&) {
                       if (m_task) m_task->apply(command.body);
                   },
               },
               command.body);
}

void TrainingWorker::buildTask(const Experiment& experiment) {
    std::unique_ptr<Task> task = makeTask(experiment);  // throws: the old task stays
    // Gradient-health statistics every 10th step: cheap, and allocation-free in the step.
    if (HealthMonitor* health = task->healthMonitor()) health->setRecordHealth(10);
    if (m_inspection) {
        try {
            task->apply(*m_inspection);
        } catch (const std::exception&) {
            // A drawing of another size than the new data's images: its test image instead.
            SetInspection testImage = *m_inspection;
            testImage.image = Matrix();
            task->apply(testImage);
        }
    }
    m_task = std::move(task);
    setPlaying(false);
    // Steps asked of the old task are not owed to a new one (it may be far ahead).
    m_stepsLeft = 0;
    m_epochTarget.reset();
    m_publishedData.reset();
    publishData(0);
}

void TrainingWorker::publishData(std::uint64_t staleHistoryUpTo) {
    const Experiment& e = m_task->experiment();
    if (m_publishedData && *m_publishedData == e.data && m_publishedFeatures == e.features) return;
    auto frame = std::make_shared<DataFrame>();
    // Kinds without a network on a data set (a map, later an RBM) send an
    // empty frame: the data views show nothing rather than a stale set.
    NetworkModel* model = m_task->networkModel();
    // Images (a shape of more than one dimension) are not points of the plane.
    if (model && model->dataset().sampleShape.dims.size() <= 1) {
        const PreparedData& data = model->data();
        frame->trainPoints = data.trainPoints;
        frame->testPoints = data.testPoints;
        frame->trainLabels = data.trainLabels;
        frame->testLabels = data.testLabels;
        frame->numClasses = model->dataset().numClasses;
        frame->kind = model->dataset().kind;
    }
    // A map's points: no labels, one colour.
    if (const Matrix* points = model ? nullptr : m_task->planePoints()) {
        frame->trainPoints = *points;
        frame->trainLabels = Matrix::Zero(points->rows(), 1);
        frame->numClasses = 1;
    }
    if (model) frame->classNames = model->dataset().classNames;
    if (model && model->dataset().sampleShape.dims.size() == 3) {
        constexpr Index kPreviewImages = 8;
        const Matrix& x = model->data().trainX;
        frame->trainImages = x.topRows(std::min(kPreviewImages, x.rows()));
        frame->imageShape = model->dataset().sampleShape;
    }
    frame->structureRevision = m_task->structureRevision();
    frame->step = m_task->stepCount();
    frame->staleHistoryUpTo = staleHistoryUpTo;
    m_publishedData = e.data;
    m_publishedFeatures = e.features;
    emit dataReady(frame);
}

void TrainingWorker::setPlaying(bool playing) {
    if (playing == m_playing) return;
    m_playing = playing;
    m_stepCredit = 0.0;
    m_lastChunk = Clock::now();
    m_dirty = true;
    emit playingChanged(playing, m_lastApplied);
}

bool TrainingWorker::wantsSteps() const { return m_playing || m_stepsLeft > 0 || m_epochTarget.has_value(); }

void TrainingWorker::stepForBudget() {
    const auto start = Clock::now();
    // Speed limit applies to playing only; Step runs at once.
    std::uint64_t allowed = UINT64_MAX;
    if (m_playing && m_speed < kMaxSpeed) {
        const double dt = std::chrono::duration<double>(start - m_lastChunk).count();
        const double rate = stepsPerSecond(m_speed);
        m_stepCredit = std::min(m_stepCredit + rate * dt, std::max(1.0, rate * 0.05));
        allowed = static_cast<std::uint64_t>(m_stepCredit);
        m_stepCredit -= double(allowed);
    }
    m_lastChunk = start;
    try {
        while (allowed > 0) {
            if (m_task->finished()) {
                setPlaying(false);
                m_stepsLeft = 0;
                m_epochTarget.reset();
                break;
            }
            if (!m_playing) {
                if (m_stepsLeft > 0) {
                    --m_stepsLeft;
                } else if (m_epochTarget) {
                    if (m_task->epoch() >= *m_epochTarget) {
                        m_epochTarget.reset();
                        break;
                    }
                } else {
                    break;
                }
            }
            m_task->step();
            m_dirty = true;
            --allowed;
            const auto now = Clock::now();
            if (now - start >= m_budget) break;
            // A frame is due and the window is free: end the chunk early, so frames
            // come at the frame rate, not at the next chunk boundary.
            if (now - m_lastPublish >= m_publishInterval && !m_frameInFlight.load(std::memory_order_acquire)) break;
        }
        if (m_epochTarget && m_task->epoch() >= *m_epochTarget) m_epochTarget.reset();
        // Playing, the time since the previous chunk counts too (a slowed-down
        // run shows its real pace); a Step counts only its own chunk.
        const auto end = Clock::now();
        const auto from = m_playingChunk ? std::max(m_lastChunkEnd, start - std::chrono::milliseconds(250)) : start;
        m_task->addTrainingTime(std::chrono::duration<double>(end - from).count());
        m_lastChunkEnd = end;
        m_playingChunk = m_playing;
    } catch (const std::exception& e) {
        // NumericError names the layer ("dense_2: output is NaN ..."); pause and tell.
        setPlaying(false);
        m_stepsLeft = 0;
        m_epochTarget.reset();
        fail(QString::fromStdString(e.what()));
    }
}

void TrainingWorker::onFullFrameRequest() {
    applyPending();
    if (!m_task) return;
    auto snapshot = std::make_shared<Snapshot>();
    m_task->fillSnapshot(*snapshot, m_options);
    m_task->takeHistory();  // sent below, in full
    snapshot->newHistory = m_task->history();
    if (HealthMonitor* monitor = m_task->healthMonitor(); monitor && monitor->health())
        snapshot->newHealth = monitor->health()->history().since(0);
    snapshot->running = m_playing;
    snapshot->lastAppliedCommand = m_lastApplied;
    m_lastPublish = Clock::now();
    m_dirty = false;
    m_frameInFlight.store(true, std::memory_order_release);
    emit snapshotReady(std::move(snapshot));
}

void TrainingWorker::maybePublish() {
    if (!m_task || !m_dirty) return;
    const auto now = Clock::now();
    if (m_frameInFlight.load(std::memory_order_acquire)) return;
    if (m_lastPublish != Clock::time_point{} && now - m_lastPublish < m_publishInterval) return;
    auto snapshot = std::make_shared<Snapshot>();
    m_task->fillSnapshot(*snapshot, m_options);
    // Every point since the last frame, so the loss plot never misses one.
    std::vector<HistoryPoint> history = m_task->takeHistory();
    snapshot->newHistory.insert(snapshot->newHistory.end(), history.begin(), history.end());
    std::vector<Note> notes = m_task->takeNotes();
    snapshot->notes.insert(snapshot->notes.end(), notes.begin(), notes.end());
    snapshot->running = m_playing;
    snapshot->lastAppliedCommand = m_lastApplied;
    m_lastPublish = now;
    m_dirty = false;
    m_frameInFlight.store(true, std::memory_order_release);
    emit snapshotReady(std::move(snapshot));
}

void TrainingWorker::reschedule() {
    if (!m_pending.empty()) {
        scheduleNow();
    } else if (m_task && wantsSteps()) {
        if (m_playing && m_speed < kMaxSpeed && m_stepCredit < 1.0) {
            const double rate = stepsPerSecond(m_speed);
            const int wait = int(std::ceil(1000.0 * (1.0 - m_stepCredit) / rate));
            // Wake at least at frame rate so a frame the window has taken is followed up.
            scheduleLater(std::clamp(wait, 1, int(m_publishInterval.count())));
        } else {
            scheduleNow();
        }
    } else if (m_dirty && m_task) {
        // Paused with an unpublished change: try again once the frame is taken.
        scheduleLater(4);
    }
}

void TrainingWorker::scheduleNow() {
    if (m_chunkQueued) return;
    m_throttle.stop();
    m_chunkQueued = true;
    QMetaObject::invokeMethod(this, &TrainingWorker::runChunk, Qt::QueuedConnection);
}

void TrainingWorker::scheduleLater(int milliseconds) {
    if (m_chunkQueued || m_throttle.isActive()) return;
    m_throttle.start(milliseconds);
}

void TrainingWorker::fail(const QString& message) {
    m_dirty = true;
    emit failed(message);
}

}  // namespace nnlab
