#pragma once
// Slow motion's words and lights: the numbered caption of each of an
// iteration's ten phases (from the "phase" payload: phase, repetition,
// repetitions, the phase's figure), the overview boxes it lights and the
// flow arrows that carry its data (GAN Lab lights only those).
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
    // The arrows at work in a phase: forward for samples and predictions on
    // their way, backward for a gradient going back to D. Empty for the
    // updates (5, 10) and for phase 0.
    static std::vector<AdversarialOverview::Flow> flow(int phase);
};

}  // namespace nnlab
