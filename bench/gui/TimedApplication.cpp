#include "TimedApplication.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace nnlab {

namespace {

std::string milliseconds(double ms) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", ms);
    return text;
}

}  // namespace

TimedApplication::TimedApplication(int& argc, char** argv) : QApplication(argc, argv) {
    // Bound to the thread that opens it: this one, the GUI thread.
    m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
}

void TimedApplication::startRecording() {
    m_handled.clear();
    m_handled.reserve(100000);
    m_byReceiver.clear();
    m_total = m_totalCpu = m_totalWait = m_totalBlocked = 0;
    m_clock.start();
    m_recording = true;
}

double TimedApplication::threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double TimedApplication::runDelayMs() const {
    if (m_schedstat < 0) return -1;
    char text[128] = {};
    if (::pread(m_schedstat, text, sizeof text - 1, 0) <= 0) return -1;
    unsigned long long running = 0, waiting = 0;
    if (std::sscanf(text, "%llu %llu", &running, &waiting) != 2) return -1;
    return double(waiting) / 1e6;
}

std::string TimedApplication::describe(const QObject* receiver) {
    std::string out;
    const QObject* object = receiver;
    for (int level = 0; object && level < 5; ++level) {
        if (level > 0) out += " in ";
        out += object->metaObject()->className();
        if (!object->objectName().isEmpty()) out += " '" + object->objectName().toStdString() + "'";
        if (level > 0 && std::string(object->metaObject()->className()).rfind("nnlab::", 0) == 0) break;
        object = object->parent();
    }
    return out;
}

std::string TimedApplication::eventName(int type) {
    const char* key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return key ? key : std::to_string(type);
}

std::vector<TimedApplication::Handled> TimedApplication::slowest(std::size_t count) const {
    std::vector<Handled> out = m_handled;
    const auto longer = [](const Handled& a, const Handled& b) { return a.endNs - a.startNs > b.endNs - b.startNs; };
    count = std::min(count, out.size());
    std::partial_sort(out.begin(), out.begin() + std::ptrdiff_t(count), out.end(), longer);
    out.resize(count);
    return out;
}

bool TimedApplication::notify(QObject* receiver, QEvent* event) {
    if (!m_recording || QThread::currentThread() != thread()) return QApplication::notify(receiver, event);
    // Named before delivery: a DeferredDelete leaves the receiver dangling.
    const bool topLevel = m_open.empty();
    m_open.push_back({describe(receiver) + " " + eventName(event->type()), m_clock.nsecsElapsed(), threadCpuMs(),
                      topLevel ? runDelayMs() : 0.0});
    const bool result = QApplication::notify(receiver, event);
    Open done = std::move(m_open.back());
    m_open.pop_back();
    const std::int64_t endNs = m_clock.nsecsElapsed();
    const double ms = double(endNs - done.startNs) / 1e6;
    const double cpu = threadCpuMs() - done.cpuBefore;
    const double wait = m_open.empty() ? std::max(0.0, runDelayMs() - done.waitBefore) : 0.0;
    std::string chain = done.what + " " + milliseconds(ms) + " ms (cpu " + milliseconds(cpu) +
                        (m_open.empty() ? ", waiting for a core " + milliseconds(wait) : std::string()) + ")";
    if (!done.slowestChild.empty()) chain += " > " + done.slowestChild;
    if (!m_open.empty()) {
        Open& parent = m_open.back();
        if (ms > parent.slowestChildMs) {
            parent.slowestChildMs = ms;
            parent.slowestChild = std::move(chain);
        }
        return result;
    }
    Handled handled{done.startNs, endNs, cpu, wait, std::move(chain)};
    m_total += ms;
    m_totalCpu += cpu;
    m_totalWait += handled.waitMs;
    m_totalBlocked += handled.blockedMs();
    m_byReceiver[done.what] += cpu;
    m_handled.push_back(std::move(handled));
    return result;
}

}  // namespace nnlab
