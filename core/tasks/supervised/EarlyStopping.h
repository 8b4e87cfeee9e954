#pragma once
// Early stopping: after each epoch the monitored loss (validation loss, else test
// loss, else training loss) either beats the best by more than min_delta or
// counts one more epoch without improvement; patience such epochs stop the run.
#include "experiment/TrainingSpec.h"

namespace nnlab {

class EarlyStopping {
public:
    enum class Verdict { Improved, NoImprovement, Stop };

    explicit EarlyStopping(const EarlyStoppingSpec& spec = {}) : m_spec(spec) {}
    void setSpec(const EarlyStoppingSpec& spec) { m_spec = spec; }
    const EarlyStoppingSpec& spec() const { return m_spec; }
    void reset() { m_seen = false; m_without = 0; m_best = 0.0; }

    // The loss of one more epoch; the first one always improves.
    Verdict observe(double monitored);
    int epochsWithoutImprovement() const { return m_without; }

private:
    EarlyStoppingSpec m_spec;
    bool m_seen = false;
    double m_best = 0.0;
    int m_without = 0;
};

}  // namespace nnlab
