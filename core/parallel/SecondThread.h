#pragma once
// One helper thread that takes half of a large product (training.threads 2):
// runBoth(part) runs part(1) on the helper and part(0) on the calling thread,
// and returns when both are done. Each part writes its own rows of the
// result, so a run is the same for a fixed seed and thread count. The helper
// is started on first use. Between two products of a step it spins for a
// short while (waking a sleeping thread costs about as much as the half
// product it would take), then sleeps; the small networks never wake it.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace nnlab {

class SecondThread {
public:
    static SecondThread& instance();
    ~SecondThread();
    SecondThread(const SecondThread&) = delete;
    SecondThread& operator=(const SecondThread&) = delete;

    void runBoth(const std::function<void(int part)>& part);

private:
    SecondThread();
    void loop();

    std::mutex m_callers;  // one product at a time (the worker and an export thread)
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    const std::function<void(int)>* m_part = nullptr;  // the work in hand
    std::atomic<std::uint64_t> m_posted{0};            // products handed over so far
    std::atomic<std::uint64_t> m_finished{0};          // products the helper finished
    std::atomic<bool> m_sleeping{false};
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace nnlab
