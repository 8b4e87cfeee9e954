#pragma once
// Samples per second and elapsed time, over training time only: the driver
// reports the time it spent training (Task::addTrainingTime), so a pause or a
// single Step never reads as 0 samples/s. The rate is taken over about the
// last quarter second of training: a short burst (one Step) shows its own
// rate at once, and idle time keeps the last figure.
#include <cstdint>

namespace nnlab {

class TrainingClock {
public:
    void addTime(double seconds) {
        m_rateSeconds += seconds;
        m_elapsed += seconds;
    }
    void addSamples(std::uint64_t samples) { m_rateSamples += samples; }
    // Takes the rate of the samples and time added since the last window.
    double samplesPerSecond() {
        if (m_rateSamples > 0 && m_rateSeconds > 0.0) {
            m_samplesPerSecond = double(m_rateSamples) / m_rateSeconds;
            if (m_rateSeconds >= kWindowSeconds) {
                m_rateSamples = 0;
                m_rateSeconds = 0.0;
            }
        }
        return m_samplesPerSecond;
    }
    double elapsedSeconds() const { return m_elapsed; }
    void reset() { *this = TrainingClock(); }

private:
    static constexpr double kWindowSeconds = 0.25;
    double m_rateSeconds = 0.0, m_samplesPerSecond = 0.0, m_elapsed = 0.0;
    std::uint64_t m_rateSamples = 0;
};

}  // namespace nnlab
