// The reference LSTM (issue 13, "Performance"): the adding problem's sequences
// of 50 steps x 2 features -> LSTM 64 units (many-to-one, the last h) -> dense
// 1 linear, MSE, Adam lr 0.001, batch 32, 1024 generated sequences (the core's
// own adding generator). Training steps (EngineLoop::step) alternate with
// PyTorch's rounds of nn.LSTM(2, 64) + nn.Linear(64, 1) when it is installed.
//
// Multiply-adds x 2 per sequence, forward: per step the gates' products
// 4H*(I + H), plus the head H: 50 * 2 * 256 * 66 + 2 * 64 = 1,689,728.
// Training adds the weight gradients (the same again) and dL/dh_{t-1} through
// W_hh (the recurrent part again); no input gradient (first layer). The gate
// functions and the cell's element-wise work are not counted.
#include "BenchCases.h"
#include "EngineLoop.h"
#include "Timing.h"
#include "TorchPeer.h"

#include "data/Dataset.h"
#include "data/Functions.h"

namespace nnlab::bench {
namespace {

constexpr Index kBatch = 32;
constexpr Index kSteps = 50;
constexpr Index kFeatures = 2;
constexpr Index kUnits = 64;
constexpr Index kRows = 1024;
constexpr double kLearningRate = 0.001;
constexpr double kGateFlops = 2.0 * kSteps * 4 * kUnits * (kFeatures + kUnits);
constexpr double kRecurrentFlops = 2.0 * kSteps * 4 * kUnits * kUnits;
constexpr double kForwardFlops = kGateFlops + 2.0 * kUnits;
constexpr double kTrainFlops = 2.0 * kForwardFlops + kRecurrentFlops + 2.0 * kUnits;

NetworkSpec referenceLstm() {
    LayerSpec lstm;
    lstm.type = "lstm";
    lstm.units = kUnits;
    LayerSpec head;
    head.units = 1;
    NetworkSpec spec;
    spec.layers = {lstm, head};
    return spec;
}

}  // namespace

nlohmann::ordered_json runLstmCase(const BenchOptions& options) {
    Dataset adding;
    adding.sampleShape = Shape{kSteps, kFeatures};
    adding.points = Matrix::Zero(kRows, kSteps * kFeatures);
    adding.targets = Matrix::Zero(kRows, 1);
    Rng dataRng(5);
    addingGenerate(adding, 0.0, dataRng);
    EngineLoop engine(referenceLstm(), adding.sampleShape, kBatch, adding.points, adding.targets, kLearningRate, 1,
                      "mse");

    measureRate(options.warmup, [&] { return engine.step(); }, 1);
    std::vector<double> trainRuns, trainWall;
    for (int run = 0; run < options.runs; ++run) {
        const Rate t = measureRate(options.seconds, [&] { return engine.step(); }, 1);
        trainRuns.push_back(t.perCpuSecond);
        trainWall.push_back(t.perWallSecond);
        if (options.torch) options.torch->runRound("lstm", options.seconds, options.warmup);
    }
    const double train = median(trainRuns);

    nlohmann::ordered_json out;
    out["name"] = "lstm";
    out["network"] = "50x2 sequence, lstm 64 (last h), dense 1";
    out["activation"] = "lstm gates (sigmoid, tanh), linear output";
    out["loss"] = "mse";
    out["batch"] = kBatch;
    out["optimizer"] = {{"name", "adam"}, {"lr", kLearningRate}};
    out["data"] = "adding problem: 1024 sequences of 50 steps (value U(0,1), marker), target the marked sum";
    out["samples"] = kRows;
    out["path"] = "SupervisedTask::step's calls (training)";
    out["rates"] = "sequences per CPU second of the bench process (medians of the runs); 'wall' per wall second";
    out["samples_per_s"] = train;
    out["samples_per_s_runs"] = trainRuns;
    out["steps_per_s"] = train / double(kBatch);
    out["flops_per_sample_train"] = kTrainFlops;
    out["gflops_train"] = train * kTrainFlops * 1e-9;
    out["wall"] = {{"samples_per_s", median(trainWall)}};
    if (options.torch) out["pytorch"] = options.torch->comparison("lstm", train);
    out["final_batch_loss"] = engine.lastLoss();
    return out;
}

}  // namespace nnlab::bench
