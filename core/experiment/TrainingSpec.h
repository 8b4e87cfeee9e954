#pragma once
// Regularisation, clipping, learning-rate schedule and early stopping as the
// experiment file, the CLI and the training panel set them.
#include "layers/Precision.h"

#include <string>

namespace nnlab {

struct RegularizationSpec {
    double l1 = 0.0;          // + l1 * sum|W|   (weights only, not biases: Keras convention)
    // How the L1 term moves the weights. Proximal (the default, as TensorFlow
    // Playground): after the update, w = sign(w) max(|w| - lr l1, 0), so a weight
    // the data does not need lands on exactly 0. Otherwise l1 sign(W) is added to
    // the gradient (PyTorch's autograd of the penalty, as ../shared/oracle does),
    // which makes weights hover around 0 but never reach it.
    bool l1Proximal = true;
    double l2 = 0.0;          // + l2 * sum W^2  (no 1/2, no 1/n)
    double maxNorm = 0.0;     // > 0: each unit's incoming weight vector is rescaled to norm <= maxNorm
    double clipValue = 0.0;   // > 0: clamp every gradient component to [-c, c]
    double clipNorm = 0.0;    // > 0: scale all gradients by min(1, c / (||g|| + 1e-6))
    bool operator==(const RegularizationSpec& o) const {
        return l1 == o.l1 && l1Proximal == o.l1Proximal && l2 == o.l2 && maxNorm == o.maxNorm && clipValue == o.clipValue && clipNorm == o.clipNorm;
    }
};

struct ScheduleSpec {
    std::string kind = "constant";  // constant, step, exponential, cosine
    double stepEpochs = 50;         // step: every stepEpochs epochs lr *= gamma
    double gamma = 0.5;             // step and exponential: lr0 * gamma^(epoch / stepEpochs) for exponential
    double minLr = 0.0;             // cosine: lr = minLr + (lr0 - minLr)(1 + cos(pi e / E)) / 2
    double periodEpochs = 0;        // cosine period E; 0 = the run's epochs
    double warmupEpochs = 0;        // linear warm-up from 0 over these epochs, then the schedule
};

// The file's "training" section: how the engine computes. float32 pays for
// big dense and convolutional layers; the default float64 is what the small
// networks and the reference cases use.
struct ComputeSpec {
    Precision precision = Precision::Float64;
    // 2: the large dense products (a million multiply-adds and up) split over
    // two threads. It pays on an idle machine (docs/benchmarks.md, "Both
    // cores"); with other work on the cores a step waits for the second one.
    int threads = 1;
};

struct EarlyStoppingSpec {
    bool enabled = false;
    int patience = 20;          // epochs without improvement before stopping
    double minDelta = 0.0;      // an improvement must beat the best by more than this
    bool restoreBest = true;    // put back the best weights when stopping
};

}  // namespace nnlab
