#pragma once
// Clocks for the bench. The machine the figures come from is shared, so every
// rate is measured twice: per wall second and per CPU second of this process
// (CLOCK_PROCESS_CPUTIME_ID), which other processes on the same cores affect
// much less (only through caches and clock speed). The process clock, not the
// thread's, so that Eigen's helper threads (--threads 2) are paid for too; with
// one thread both are the same.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <vector>

namespace nnlab::bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

inline double processCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

// Wall and CPU time together.
struct Stamp {
    Clock::time_point wall = Clock::now();
    double cpu = processCpuSeconds();
};
struct Span {
    double wall = 0.0, cpu = 0.0;
    void add(const Stamp& a, const Stamp& b) {
        wall += std::chrono::duration<double>(b.wall - a.wall).count();
        cpu += b.cpu - a.cpu;
    }
};

struct Rate {
    double perCpuSecond = 0.0;
    double perWallSecond = 0.0;
};

inline double median(std::vector<double> v) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// Calls body() (which returns the samples it processed) until `seconds` of
// wall time have passed. The clocks are read every `stride` calls so that
// reading them costs nothing measurable, even at 300 ns per call.
template <class Body>
Rate measureRate(double seconds, Body&& body, int stride = 32) {
    std::uint64_t samples = 0;
    const Stamp start;
    Stamp now;
    do {
        for (int i = 0; i < stride; ++i) samples += std::uint64_t(body());
        now = Stamp();
    } while (std::chrono::duration<double>(now.wall - start.wall).count() < seconds);
    Span span;
    span.add(start, now);
    return {double(samples) / span.cpu, double(samples) / span.wall};
}

}  // namespace nnlab::bench
