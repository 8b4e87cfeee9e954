#include "parallel/SecondThread.h"

#include <Eigen/Core>

#include <chrono>
#include <exception>

namespace nnlab {

namespace {

using Clock = std::chrono::steady_clock;
// How long either side spins before it sleeps: a step's products follow each
// other within this, an epoch's evaluation or a paused run do not.
constexpr auto kSpin = std::chrono::microseconds(300);

}  // namespace

SecondThread& SecondThread::instance() {
    static SecondThread helper;
    return helper;
}

SecondThread::SecondThread() {
    Eigen::initParallel();  // before two threads run Eigen's products at once
    m_thread = std::thread([this] { loop(); });
}

SecondThread::~SecondThread() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void SecondThread::loop() {
    std::uint64_t done = 0;
    for (;;) {
        // Spin first: the next product of the step is usually a few microseconds away.
        const auto until = Clock::now() + kSpin;
        while (m_posted.load(std::memory_order_acquire) == done && Clock::now() < until) std::this_thread::yield();
        if (m_posted.load(std::memory_order_acquire) == done) {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_sleeping.store(true, std::memory_order_release);
            m_wake.wait(lock, [&] { return m_stop || m_posted.load(std::memory_order_acquire) != done; });
            m_sleeping.store(false, std::memory_order_release);
            if (m_stop) return;
        }
        const std::function<void(int)>* part = m_part;
        (*part)(1);
        ++done;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_finished.store(done, std::memory_order_release);
        }
        m_done.notify_one();
    }
}

void SecondThread::runBoth(const std::function<void(int)>& part) {
    std::lock_guard<std::mutex> caller(m_callers);
    const std::uint64_t ticket = m_posted.load(std::memory_order_relaxed) + 1;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_part = &part;
        m_posted.store(ticket, std::memory_order_release);
    }
    if (m_sleeping.load(std::memory_order_acquire)) m_wake.notify_one();
    std::exception_ptr error;
    try {
        part(0);
    } catch (...) {
        error = std::current_exception();  // after the helper is done with the shared buffers
    }
    const auto until = Clock::now() + kSpin;
    while (m_finished.load(std::memory_order_acquire) != ticket && Clock::now() < until) std::this_thread::yield();
    if (m_finished.load(std::memory_order_acquire) != ticket) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_done.wait(lock, [&] { return m_finished.load(std::memory_order_acquire) == ticket; });
    }
    if (error) std::rethrow_exception(error);
}

}  // namespace nnlab
