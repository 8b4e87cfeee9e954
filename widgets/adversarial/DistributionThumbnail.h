#pragma once
// GAN Lab's picker shows a small picture of each real distribution. This one
// is made from the kind's own sampler: a task built through the registry for
// the experiment with that distribution, its first real samples drawn as
// green dots on the plane's square. A QImage, so it can be made off the GUI
// thread (the settings panel does, once per panel).
#include "experiment/Experiment.h"

#include <QImage>

#include <string>

namespace nnlab {

// A side x side picture of `distribution` for the two-player experiment e
// (its section's "distribution" replaced); a null image if the kind cannot
// build it (an image GAN, a broken file).
QImage distributionThumbnail(const Experiment& e, const std::string& distribution, int side);

}  // namespace nnlab
