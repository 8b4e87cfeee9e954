#pragma once
// The "gan" kind's settings: the experiment file's "gan" section, read and
// checked here with messages naming the field ("gan.generator.layers[1].units: ...").
// The top level gives seed, epochs and batch_size (samples per batch, real and
// generated alike); everything else is here:
//
//   "gan": {
//     "distribution": "gaussians",            RealDistributions.h; "drawn" takes "points"
//     "images": {"source": "digits", "samples": 3000, "noise": 0.0, "seed": 1},
//                                             instead of a distribution: an image GAN on an
//                                             image set (GanImages.h); noise dimension 1 .. 256
//     "points": [[-0.6, 0.4], ...],           the user's drawing in the plane [-1, 1]^2 (drawn)
//     "noise": {"dimension": 2, "type": "gaussian"},      1 or 2; "uniform" U(-1,1) or N(0,1)
//     "generator": {"layers": [...]},         as network.layers; the last has 2 units (an image
//                                             GAN: one value per pixel, flat or the images' {C, H, W})
//     "discriminator": {"layers": [...]},     the last has 1 unit, linear: a logit
//     "loss": "non_saturating",               losses/AdversarialLoss.h
//     "real_label": 1.0,                      < 1: one-sided label smoothing
//     "generator_optimizer": {"name": "sgd", "lr": 0.03},
//     "discriminator_optimizer": {"name": "sgd", "lr": 0.1},
//     "discriminator_steps": 2, "generator_steps": 1,   per iteration
//     "iterations_per_epoch": 50,             one history point per epoch
//     "pool_size": 12000                      real samples drawn once, handed out in turn
//   }
//
// Defaults are GAN Lab's (../shared/parity.md section 2) where it has one.
#include "experiment/Experiment.h"
#include "losses/AdversarialLoss.h"
#include "spec/LayerSpec.h"
#include "spec/NamedSpec.h"

#include <optional>
#include <string>

namespace nnlab {

enum class NoiseType { Uniform, Gaussian };

// An image GAN's real data: an image set of core/data ("digits" drawn here,
// "fashion_mnist" from Debian's files), its pixels 0..1 scaled to what G's
// last activation reaches (sigmoid 0..1, tanh -1..1).
struct GanImages {
    std::string source = "digits";
    int samples = 3000;   // images in the pool (fashion_mnist: a random subset)
    double noise = 0.0;   // the drawn digits' pixel noise, 0 .. 0.8
    std::uint64_t seed = 1;  // the images' own seed, as data.seed
    bool operator==(const GanImages& o) const {
        return source == o.source && samples == o.samples && noise == o.noise && seed == o.seed;
    }
    bool operator!=(const GanImages& o) const { return !(*this == o); }
};

struct GanSettings {
    std::string distribution = "gaussians";
    Matrix points;  // (n, 2), the drawn distribution's points
    std::optional<GanImages> images;  // set: an image GAN (no distribution)
    int noiseDimension = 2;
    NoiseType noiseType = NoiseType::Gaussian;
    NetworkSpec generator, discriminator;
    AdversarialLoss loss = AdversarialLoss::NonSaturating;
    double realLabel = 1.0;
    NamedSpec generatorOptimizer{"sgd", {{"lr", 0.03}}};
    NamedSpec discriminatorOptimizer{"sgd", {{"lr", 0.1}}};
    int discriminatorSteps = 2, generatorSteps = 1;
    int iterationsPerEpoch = 50;
    int poolSize = 12000;
    int batchSize = 150;  // the experiment's batch_size

    bool isImage() const { return images.has_value(); }
    // One real or generated sample: {2} (a point), or the images' {C, H, W}.
    Shape sampleShape() const;
    // The range of a sample's values: the plane's [-1, 1], or the pixels' as
    // G's last activation reaches them (sigmoid [0, 1], tanh [-1, 1]).
    double sampleLo() const;
    double sampleHi() const { return 1.0; }
};

constexpr int kMaxImageNoiseDimension = 256;

// The default networks: one hidden ReLU layer of 16 each; G ends in 2 linear
// units (a point of the plane), D in 1 linear unit (the logit of D(x)).
NetworkSpec defaultGenerator();
NetworkSpec defaultDiscriminator();
// An image GAN's: G 128 ReLU units, then one sigmoid unit per pixel; D
// flattens, 128 leaky-ReLU units, one linear unit.
NetworkSpec defaultImageGenerator(Index pixels);
NetworkSpec defaultImageDiscriminator();

// Reads experiment.kindSection and batch_size; throws SpecError naming the field.
GanSettings readGanSettings(const Experiment& experiment);
void checkGanSection(const Experiment& experiment);
// The whole section, every setting written out (defaults too), so a setting
// the file left out can still be changed by its path ("gan.generator_steps").
nlohmann::json ganSectionJson(const GanSettings& settings);
// The experiment's section read and written out whole (TaskKind::fullSection).
nlohmann::json fullGanSection(const Experiment& experiment);

}  // namespace nnlab
