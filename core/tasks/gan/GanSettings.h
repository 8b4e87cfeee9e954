#pragma once
// The "gan" kind's settings: the experiment file's "gan" section, read and
// checked here with messages naming the field ("gan.generator.layers[1].units: ...").
// The top level gives seed, epochs and batch_size (samples per batch, real and
// generated alike); everything else is here:
//
//   "gan": {
//     "distribution": "gaussians",            RealDistributions.h; "drawn" takes "points"
//     "points": [[-0.6, 0.4], ...],           the user's drawing in the plane [-1, 1]^2 (drawn)
//     "noise": {"dimension": 2, "type": "gaussian"},      1 or 2; "uniform" U(-1,1) or N(0,1)
//     "generator": {"layers": [...]},         as network.layers; the last has 2 units
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

#include <string>

namespace nnlab {

enum class NoiseType { Uniform, Gaussian };

struct GanSettings {
    std::string distribution = "gaussians";
    Matrix points;  // (n, 2), the drawn distribution's points
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
};

// The default networks: one hidden ReLU layer of 16 each; G ends in 2 linear
// units (a point of the plane), D in 1 linear unit (the logit of D(x)).
NetworkSpec defaultGenerator();
NetworkSpec defaultDiscriminator();

// Reads experiment.kindSection and batch_size; throws SpecError naming the field.
GanSettings readGanSettings(const Experiment& experiment);
void checkGanSection(const Experiment& experiment);
// The whole section, every setting written out (defaults too), so a setting
// the file left out can still be changed by its path ("gan.generator_steps").
nlohmann::json ganSectionJson(const GanSettings& settings);
// The experiment's section read and written out whole (TaskKind::fullSection).
nlohmann::json fullGanSection(const Experiment& experiment);

}  // namespace nnlab
