#include "tasks/supervised/EarlyStopping.h"

namespace nnlab {

EarlyStopping::Verdict EarlyStopping::observe(double monitored) {
    if (!m_seen || monitored < m_best - m_spec.minDelta) {
        m_seen = true;
        m_best = monitored;
        m_without = 0;
        return Verdict::Improved;
    }
    return ++m_without >= m_spec.patience ? Verdict::Stop : Verdict::NoImprovement;
}

}  // namespace nnlab
