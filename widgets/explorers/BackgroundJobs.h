#pragma once
// Work that must not run on the GUI thread (training a network for a figure,
// building a task for an export) runs here, on a thread of its own; its result
// comes back to the owner's thread through a queued signal, so nothing there
// waits for it. Destroying this object waits for jobs still running and drops
// their results (as TrainingController waits for its worker), so a job never
// reports to something that is gone.
#include <QObject>
#include <QPointer>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace nnlab {

class BackgroundJobs : public QObject {
public:
    using QObject::QObject;
    ~BackgroundJobs() override {
        for (const QPointer<QThread>& thread : m_threads)
            if (thread) thread->wait();
    }

    // work() runs on a new thread; it gets everything by value and must not
    // throw (catch inside and return the message). done(result) runs later on
    // this object's thread, unless this object is gone by then.
    template <class Work, class Done>
    void run(Work work, Done done) {
        using Result = decltype(work());
        auto result = std::make_shared<std::optional<Result>>();
        QThread* thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
        thread->setObjectName(QStringLiteral("nnlab background job"));
        ++m_pending;
        connect(thread, &QThread::finished, this, [this, result, done = std::move(done)]() mutable {
            --m_pending;
            done(std::move(**result));
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), nullptr), m_threads.end());
        m_threads.emplace_back(thread);
        thread->start();
    }

    // Jobs started whose result has not been handed over yet.
    int pending() const { return m_pending; }

private:
    std::vector<QPointer<QThread>> m_threads;
    int m_pending = 0;
};

}  // namespace nnlab
