#pragma once
// Slow motion's words and lights: the numbered caption of each of an
// iteration's ten phases (from the "phase" payload: phase, repetition,
// repetitions, the phase's figure) and the overview boxes it lights.
#include "adversarial/AdversarialOverview.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace nnlab {

class AdversarialPhases {
    Q_DECLARE_TR_FUNCTIONS(AdversarialPhases)
public:
    // "3. The discriminator's loss on both: 1.31 (discriminator step 1 of 2)"; empty for phase 0.
    static QString caption(int phase, int repetition, int repetitions, double figure);
    // The boxes at work in a phase (the rest is dimmed); empty for phase 0: all lit.
    static std::vector<AdversarialOverview::Box> lit(int phase);
};

}  // namespace nnlab
