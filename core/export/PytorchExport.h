#pragma once
// PyTorch export (docs/export.md): a directory with
//   train.py      rebuilds the network as a torch.nn.Sequential, loads the
//                 weights and data, and continues training the way nnlab does
//                 (same loss, optimizer and hyperparameters, penalties,
//                 clipping, max-norm, schedule, batch size, early stopping);
//                 `--check STEPS` prints predictions and step losses as JSON
//   weights.npz   every parameter and batch-norm statistic in nnlab's layout
//                 ("dense_1.W" (out, in), "dense_1.b" (1, out), ...)
//   data.npz      train_x, train_y, test_x, test_y (network inputs after the
//                 feature map, targets encoded for the loss), train_labels,
//                 test_labels (class index or value), train_points, test_points
// The script needs PyTorch and NumPy only. Batches are shuffled with NumPy's
// generator, so their order (not the rule) differs from nnlab's.
#include "experiment/Experiment.h"
#include "model/Network.h"

#include <string>
#include <vector>

namespace nnlab {

class NetworkModel;

// What the script trains and evaluates on, as the network sees it.
struct PytorchData {
    Matrix trainX, trainY, testX, testY;   // network inputs and encoded targets
    Matrix trainLabels, testLabels;        // (n, 1) class index (for accuracy) or value
    Matrix trainPoints, testPoints;        // raw inputs before the feature map (may be empty)
    bool classification = true;
    std::vector<std::string> features;     // the feature map for the script's features(); empty = none
};

// The script's text for this network and experiment (loss, optimizer,
// regularization, schedule, early stopping, batch size, epochs, seed, title).
// Throws SpecError for a layer type the script cannot build.
std::string pytorchScript(Network& net, const Experiment& experiment, const PytorchData& data);

// Writes dir/train.py, dir/weights.npz (the network's current parameters) and
// dir/data.npz, each whole or not at all. Returns the paths. Throws Error.
std::vector<std::string> exportPytorch(Network& net, const Experiment& experiment, const PytorchData& data,
                                       const std::string& dir);
// The task's network, experiment and data.
std::vector<std::string> exportPytorch(NetworkModel& task, const std::string& dir);

// The fixed part of train.py (PytorchTemplate.cpp), and of it the layers
// torch.nn lacks, @MODEL@, @PARAMS@ and load_weights (for other scripts).
const char* pytorchScriptTemplate();
const char* pytorchModulesTemplate();

// The network as build_model() and its PARAMS table (what @MODEL@ and
// @PARAMS@ become). Throws SpecError for a layer the script cannot build.
struct PytorchModelCode {
    std::string model, params;
    bool hasBatchNorm = false;
};
PytorchModelCode pytorchModelCode(Network& net);
// weights.npz's bytes: every parameter and buffer as "<layer>.<param>".
std::string pytorchWeights(Network& net);

}  // namespace nnlab
