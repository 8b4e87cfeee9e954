#pragma once
// Makes pictures (QImage: safe off the GUI thread, unlike QPixmap) on a
// thread of its own, so that the GUI thread only draws finished images.
// post(job): job runs on the painter's thread with copies of everything it
// reads (a Snapshot pointer, paths, pens, sizes) and returns what to do with
// its result back on this object's thread (usually: keep the image, update()).
// Newest first: while a job runs, a newer post replaces the one waiting, so a
// slow picture never queues up stale frames. The destructor waits for the
// job in flight (the QThread documentation's worker pattern).
#include <QObject>
#include <QThread>

#include <functional>

namespace nnlab {

class BackgroundPainter : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void()>;
    using Job = std::function<Done()>;

    // The picture thread's nice value on Linux (the GUI thread's is 0, the
    // training thread's 5).
    static constexpr int kPictureNice = 10;

    explicit BackgroundPainter(QObject* parent = nullptr);
    ~BackgroundPainter() override;

    void post(Job job);
    bool isIdle() const { return !m_running && !m_waiting; }
    // Jobs whose result arrived (tests wait for it).
    int finished() const { return m_finished; }
    // Before a screenshot or an exported picture: runs the event loop until
    // every painter under root has been idle for a little longer than a
    // view's own delay before it asks for a picture (the canvas waits up to
    // 33 ms between edge pictures), or until timeoutMs.
    static void settle(QObject* root, int timeoutMs = 3000);

signals:
    void idle();

private:
    void start(Job job);
    void onFinished(const Done& done);

    QThread m_thread;
    QObject* m_runner = nullptr;  // lives on m_thread, deleted there as it finishes
    Job m_waiting;
    bool m_running = false;
    int m_finished = 0;
};

}  // namespace nnlab
