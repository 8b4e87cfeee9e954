// Slow motion: one iteration walked through its ten phases (GanTask.h). Only
// phases 5 and 10 change the weights, with the same code and the same random
// draws as step(), so a walked iteration is bit for bit a played one; the
// other phases compute what they show on the batch drawn in phase 1 or 6.
#include "tasks/gan/GanTask.h"

#include "tasks/gan/GanNoise.h"

#include <cmath>

namespace nnlab {
namespace {

double gradientNorm(Network& network) {
    double squares = 0.0;
    for (const Param& p : network.params())
        if (p.grad) squares += p.grad->squaredNorm();
    return std::sqrt(squares);
}

}  // namespace

int GanTask::nextPhase() const {
    const int kD = m_settings.discriminatorSteps, kG = m_settings.generatorSteps;
    if (m_phase == 0) return kD > 0 ? 1 : (kG > 0 ? 6 : 11);
    if (m_phase == 5) return m_phaseRepeat + 1 < kD ? 1 : (kG > 0 ? 6 : 11);
    if (m_phase == 10) return m_phaseRepeat + 1 < kG ? 6 : 11;
    return m_phase + 1;
}

void GanTask::stepPhase() {
    if (m_finished) return;
    const int phase = nextPhase();
    if (phase == 11) {  // no player steps at all (k_D = k_G = 0): the iteration is only counted
        m_phase = m_phaseRepeat = 0;
        endIteration();
        return;
    }
    // A new block (D's or G's) starts its repetitions again; phase 1 after 5 is the next one.
    if (phase == 1 && m_phase == 5) ++m_phaseRepeat;
    else if (phase == 6 && m_phase == 10) ++m_phaseRepeat;
    else if (phase == 1 || phase == 6) m_phaseRepeat = 0;
    double figure = 0.0;
    switch (phase) {
    case 1: drawDiscriminatorBatch(); break;
    case 2: figure = discriminatorGradients(false).fakeMean; break;
    case 3: figure = discriminatorGradients(false).loss; break;
    case 4:
        discriminatorGradients(false);
        figure = gradientNorm(m_discriminator.network());
        break;
    case 5: updateDiscriminator(); break;
    case 6: sampleNoise(m_rng, m_settings.noiseType, m_noise); break;
    case 7: figure = generatorGradients(false).fakeMean; break;
    case 8: figure = generatorGradients(false).loss; break;
    case 9:
        generatorGradients(false);
        figure = gradientNorm(m_generator.network());
        break;
    default: updateGenerator(); break;  // 10
    }
    m_phase = phase;
    const int repeats = phase <= 5 ? m_settings.discriminatorSteps : m_settings.generatorSteps;
    m_shownPhase = {double(phase), double(m_phaseRepeat + 1), double(repeats), figure};
    // The iteration's last update: it is counted as step() counts it.
    const bool last = (phase == 10 && m_phaseRepeat + 1 >= m_settings.generatorSteps) ||
                      (phase == 5 && m_phaseRepeat + 1 >= m_settings.discriminatorSteps && m_settings.generatorSteps == 0);
    if (last) {
        m_phase = m_phaseRepeat = 0;
        endIteration();
    }
}

}  // namespace nnlab
