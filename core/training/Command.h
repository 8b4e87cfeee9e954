#pragma once
// Commands from the window (or a script) to the Task that owns the model.
// They are values; the worker records them and applies them between steps.
#include "experiment/Experiment.h"

#include <cstdint>
#include <string>
#include <variant>

namespace nnlab {

struct Play {};
struct Pause {};
struct StepBatches { std::uint64_t count = 1; };
struct StepEpochs { std::uint64_t count = 1; };
struct Reset { std::uint64_t seed = 0; };  // 0: keep the experiment's seed
// One setting by its experiment-file path (experiment/ExperimentPath.h):
// "optimizer.lr", "regularization.l2", "batch_size", "network.layers[1].units".
// A live one (optimizer hyperparameters, regularization, batch size, epochs)
// keeps weights and optimizer state; any other is applied like SetExperiment.
// The short keys of before ("lr", "l2", "momentum") are still understood.
struct SetHyper { std::string key; double value = 0.0; };
// A new experiment (network, data, loss, ...): diffed against the current one,
// only what changed is rebuilt, and a Note says what was re-initialised.
// rebuild: start a new task from it instead (File > Open, New); so does an
// experiment with saved weights or a saved run.
struct SetExperiment { Experiment experiment; bool rebuild = false; };
// Overwrite one parameter entry (the user typed a weight on the canvas).
struct SetWeight { std::size_t layer = 0; std::string param = "W"; Index row = 0, col = 0; double value = 0.0; };

// One update of one part of the model only, e.g. a GAN's "discriminator" or
// "generator" (GAN Lab's step modes): no iteration is counted. A kind whose
// model has no such part throws SpecError naming the known ones; a kind with
// no parts at all ignores it.
struct StepPart { std::string part; std::uint64_t count = 1; };

// How the live text preview of a text data set samples (training/TextSampling.h):
// not a setting of the experiment, so not saved and not undone; the worker
// keeps it for the task, and kinds without a text preview ignore it.
struct SetTextSampling { double temperature = 1.0; std::string seedText; };

// Look inside (training/InsideNames.h): while on, the snapshots carry every
// layer's output for one sample, at most a few times a second while training.
// The sample is the test image testIndex, or image (raw pixels, one row of
// C*H*W, as the data set's) when it is not empty: a drawing, a file.
// expandStage >= 0 asks for that conv stage's unit split into its input
// channels' parts. Kinds without an image network ignore it.
struct SetInspection {
    bool on = false;
    Index testIndex = 0;
    Matrix image;
    int expandStage = -1;
    Index expandUnit = 0;
};


using CommandBody = std::variant<Play, Pause, StepBatches, StepEpochs, Reset, SetHyper, SetExperiment, SetWeight, StepPart,
                                 SetTextSampling, SetInspection>;

struct Command {
    std::uint64_t sequence = 0;
    CommandBody body;
};

}  // namespace nnlab
