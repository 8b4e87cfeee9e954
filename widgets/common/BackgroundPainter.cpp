#include "common/BackgroundPainter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>

#ifdef __linux__
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace nnlab {

BackgroundPainter::BackgroundPainter(QObject* parent) : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("nnlab pictures"));
    m_runner = new QObject;
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    // Below the window and below the training thread (nice 5): pictures are
    // made in the time the others leave, and a late one only means an older
    // picture shown a little longer. QThread priorities do nothing on Linux
    // under the default scheduler, so the thread's own nice value is raised
    // (Linux threads have their own), on the new thread (direct connection).
    connect(&m_thread, &QThread::started, [] {
#ifdef __linux__
        const auto self = static_cast<id_t>(syscall(SYS_gettid));
        errno = 0;
        const int inherited = getpriority(PRIO_PROCESS, self);  // a whole run under `nice` stays lower
        if (errno == 0 && inherited < kPictureNice) setpriority(PRIO_PROCESS, self, kPictureNice);
#endif
    });
    m_thread.start(QThread::LowPriority);
}

BackgroundPainter::~BackgroundPainter() {
    m_thread.quit();
    m_thread.wait();
}

void BackgroundPainter::settle(QObject* root, int timeoutMs) {
    constexpr qint64 kQuietMs = 60;
    QElapsedTimer total, quiet;
    total.start();
    quiet.start();
    while (total.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        bool idle = true;
        for (const BackgroundPainter* p : root->findChildren<BackgroundPainter*>()) idle = idle && p->isIdle();
        if (!idle) quiet.restart();
        else if (quiet.elapsed() >= kQuietMs) return;
        QThread::msleep(2);
    }
}

void BackgroundPainter::post(Job job) {
    if (m_running) {
        m_waiting = std::move(job);
        return;
    }
    start(std::move(job));
}

void BackgroundPainter::start(Job job) {
    m_running = true;
    // The result comes back as a queued call; the destructor's wait() means
    // `this` outlives every job that could still post to it.
    QMetaObject::invokeMethod(
        m_runner,
        [this, job = std::move(job)] {
            Done done = job();
            QMetaObject::invokeMethod(this, [this, done = std::move(done)] { onFinished(done); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BackgroundPainter::onFinished(const Done& done) {
    m_running = false;
    ++m_finished;
    if (done) done();
    if (m_waiting) {
        Job next = std::move(m_waiting);
        m_waiting = nullptr;
        start(std::move(next));
    } else {
        emit idle();
    }
}

}  // namespace nnlab
