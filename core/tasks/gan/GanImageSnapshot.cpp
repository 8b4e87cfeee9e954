// What the views get of an image GAN (the payload's layout is in GanTask.h):
// the generator's images of the fixed noise batch, so the same 64 images
// sharpen frame after frame, some real ones beside them, D's verdict on each,
// and the walk between two of them in noise space. Computed in inference mode
// on the networks' own buffers between two steps: a frame changes no weight.
#include "tasks/gan/GanTask.h"

#include <algorithm>

namespace nnlab {
namespace {

Index clampedIndex(int i, Index rows) { return std::clamp(Index(i), Index(0), rows - 1); }

}  // namespace

void GanTask::fillImageSnapshot(Snapshot& s, const SnapshotOptions& options) {
    const Shape shape = m_settings.sampleShape();
    const Index shown = std::min(kShownImages, m_fixedNoise.rows());
    const Matrix noise = m_fixedNoise.topRows(shown);
    const Matrix fake = generate(noise);
    const Matrix real = realSamples(kShownRealImages);

    // The line between two noise vectors: z_t = (1 - t) z_a + t z_b, t = 0 .. 1.
    const Index from = clampedIndex(options.interpolationFrom, shown), to = clampedIndex(options.interpolationTo, shown);
    Matrix line(kInterpolationSteps, noise.cols());
    for (Index k = 0; k < kInterpolationSteps; ++k) {
        const double t = double(k) / double(kInterpolationSteps - 1);
        line.row(k) = (1.0 - t) * noise.row(from) + t * noise.row(to);
    }

    Matrix geometry(1, 5);
    geometry << double(shape.dims[0]), double(shape.dims[1]), double(shape.dims[2]), sampleLo(), sampleHi();
    Matrix pair(1, 2);
    pair << double(from), double(to);
    s.verdicts = m_verdicts;
    s.payload.clear();
    s.payload.push_back({"image_shape", geometry});
    s.payload.push_back({"fake_images", fake});
    s.payload.push_back({"fake_images_d", discriminate(fake)});
    s.payload.push_back({"real_images", real});
    s.payload.push_back({"real_images_d", discriminate(real)});
    s.payload.push_back({"interpolation", generate(line)});
    s.payload.push_back({"interpolation_pair", pair});
}

}  // namespace nnlab
