#pragma once
// A QApplication that times every event the GUI thread handles, so a stall
// can be blamed on a receiver ("QCustomPlot in LossPlot, Paint, 12 ms")
// rather than guessed. For each top-level event it keeps the wall time, the
// GUI thread's CPU time (on a loaded machine the wall time is mostly waiting
// for a core) and the chain of slowest nested events (a scene's queued call
// that paints the whole window: MetaCall > UpdateRequest > Paint of the
// canvas), so the events inside the longest gap between two timer ticks can
// be listed afterwards.
#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace nnlab {

class TimedApplication : public QApplication {
public:
    TimedApplication(int& argc, char** argv);

    struct Handled {
        std::int64_t startNs = 0, endNs = 0;  // on clock()
        double cpuMs = 0;
        double waitMs = 0;  // runnable, waiting for a core
        // Neither on a core nor waiting for one: asleep inside the event
        // (Qt's thread pool finishing a fill, the X server answering).
        double blockedMs() const { return std::max(0.0, double(endNs - startNs) / 1e6 - cpuMs - waitMs); }
        std::string chain;  // "Receiver Type 12.3 ms (cpu 4.5) > slowest nested > ..."
    };

    void startRecording();
    void stopRecording() { m_recording = false; }
    const QElapsedTimer& clock() const { return m_clock; }

    // Top-level events of the recording, in order.
    const std::vector<Handled>& handled() const { return m_handled; }
    // The longest top-level events (wall time), longest first.
    std::vector<Handled> slowest(std::size_t count) const;
    // CPU ms per receiver and event type, top-level events only.
    const std::map<std::string, double>& cpuByReceiver() const { return m_byReceiver; }
    double totalMs() const { return m_total; }
    double totalCpuMs() const { return m_totalCpu; }
    double totalWaitMs() const { return m_totalWait; }
    double totalBlockedMs() const { return m_totalBlocked; }

    static double threadCpuMs();
    // The calling thread's time spent runnable but waiting for a core
    // (/proc/thread-self/schedstat, Linux); -1 where unknown. Call from the GUI thread.
    double runDelayMs() const;
    // "QTimer in FrameReplot in QCustomPlot in nnlab::LossPlot": up to the
    // first nnlab class above the receiver, with object names.
    static std::string describe(const QObject* receiver);
    static std::string eventName(int type);

    bool notify(QObject* receiver, QEvent* event) override;

private:
    struct Open {
        std::string what;
        std::int64_t startNs;
        double cpuBefore;
        double waitBefore = 0;
        double slowestChildMs = -1;
        std::string slowestChild;
    };
    bool m_recording = false;
    QElapsedTimer m_clock;
    std::vector<Open> m_open;  // the nesting of the events being delivered
    std::vector<Handled> m_handled;
    std::map<std::string, double> m_byReceiver;
    double m_total = 0, m_totalCpu = 0, m_totalWait = 0, m_totalBlocked = 0;
    int m_schedstat = -1;
};

}  // namespace nnlab
