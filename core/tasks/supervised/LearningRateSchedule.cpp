#include "tasks/supervised/LearningRateSchedule.h"

#include <algorithm>
#include <cmath>

namespace nnlab {

double scheduledLearningRate(const ScheduleSpec& s, double lr0, int runEpochs, double epoch) {
    if (s.warmupEpochs > 0 && epoch < s.warmupEpochs) return lr0 * (epoch + 1.0) / (s.warmupEpochs + 1.0);
    const double e = epoch - s.warmupEpochs;
    if (s.kind == "step") return lr0 * std::pow(s.gamma, std::floor(e / std::max(1.0, s.stepEpochs)));
    if (s.kind == "exponential") return lr0 * std::pow(s.gamma, e / std::max(1.0, s.stepEpochs));
    if (s.kind == "cosine") {
        const double period = s.periodEpochs > 0 ? s.periodEpochs : std::max(1.0, double(runEpochs) - s.warmupEpochs);
        const double phase = std::min(e, period) / period;
        return s.minLr + (lr0 - s.minLr) * 0.5 * (1.0 + std::cos(M_PI * phase));
    }
    return lr0;
}

}  // namespace nnlab
