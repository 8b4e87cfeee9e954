// What the views get of a GAN (the payload's layout is in GanTask.h). Every
// entry is computed on the networks' own buffers between two steps, in
// inference mode, so a frame changes nothing about the training.
#include "tasks/gan/GanTask.h"

#include "tasks/gan/GanNoise.h"

namespace nnlab {
namespace {

constexpr int kManifoldNodes2d = 21;   // 20 x 20 cells, as GAN Lab
constexpr int kManifoldNodes1d = 101;  // a curve for 1-D noise

Matrix plainGrid(int g, double lo, double hi) {
    Matrix points(Index(g) * g, 2);
    for (int iy = 0; iy < g; ++iy)
        for (int ix = 0; ix < g; ++ix) {
            points(Index(iy) * g + ix, 0) = lo + (hi - lo) * (ix + 0.5) / g;
            points(Index(iy) * g + ix, 1) = lo + (hi - lo) * (iy + 0.5) / g;
        }
    return points;
}

}  // namespace

void GanTask::fillSnapshot(Snapshot& s, const SnapshotOptions& options) {
    fillRunFrame(*this, s, m_clock.samplesPerSecond(), m_clock.elapsedSeconds());
    if (m_settings.isImage()) {
        fillImageSnapshot(s, options);
        return;
    }
    const Matrix real = m_pool.topRows(std::min(kShownReal, m_pool.rows()));
    const Matrix fake = generate(m_fixedNoise);

    // The generator's pull on each fake sample: its own loss term's gradient
    // (the batch mean's, times the batch size), reversed.
    Network& d = m_discriminator.network();
    Pass pass{false, &m_rng};
    Matrix pull(fake.rows(), 2), grad(fake.rows(), 1);
    const Matrix fakeLogits = m_discriminator.evaluate(fake, m_rng);
    generatorLoss(m_settings.loss, fakeLogits, grad);
    d.forward(fake, pass);
    d.backward(fake, grad, true);
    pull = -double(fake.rows()) * d.layer(0).inputGrad();

    s.verdicts = m_verdicts;
    s.payload.clear();
    s.payload.push_back({"real", real});
    s.payload.push_back({"fake", fake});
    s.payload.push_back({"noise", m_fixedNoise});
    s.payload.push_back({"d_real", discriminate(real)});
    s.payload.push_back({"d_fake", logistic(fakeLogits).matrix()});
    s.payload.push_back({"fake_gradient", pull});
    if (options.gridSize > 0) {
        Matrix geometry(1, 3);
        geometry << double(options.gridSize), kPlaneLo, kPlaneHi;
        s.payload.push_back({"grid", geometry});
        s.payload.push_back({"d_grid", discriminate(plainGrid(options.gridSize, kPlaneLo, kPlaneHi))});
    }
    const int nodes = m_settings.noiseDimension == 1 ? kManifoldNodes1d : kManifoldNodes2d;
    const Matrix noise = noiseGrid(m_settings.noiseDimension, m_settings.noiseType, nodes);
    s.payload.push_back({"manifold_noise", noise});
    s.payload.push_back({"manifold", generate(noise)});
    s.payload.push_back({"manifold_weight", noiseGridWeight(noise, m_settings.noiseType)});
    Matrix phase(1, 4);
    phase << m_shownPhase[0], m_shownPhase[1], m_shownPhase[2], m_shownPhase[3];
    s.payload.push_back({"phase", phase});
}

}  // namespace nnlab
