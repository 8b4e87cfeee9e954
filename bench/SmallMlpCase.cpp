// Playground-sized networks through the engine's real training step
// (SupervisedTask::step) and through BaselineMlp, alternating, same data.
// The per-epoch evaluation (loss and accuracy on the training and test sets)
// runs inside the step that ends an epoch; that step is timed apart, so the
// case reports the step loop alone and the loop with evaluation.
#include "BaselineMlp.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "BenchCases.h"
#include "Timing.h"

#include "experiment/Experiment.h"
#include "tasks/supervised/SupervisedTask.h"

namespace nnlab::bench {
namespace {

constexpr double kLearningRate = 0.03;
constexpr Index kBatch = 10;

Experiment smallExperiment(int hiddenLayers) {
    Experiment e;
    e.title = "bench";
    e.data.generator = "spiral";
    e.data.points = 500;  // Playground: 500 points, half of them train
    e.data.noise = 0.0;
    e.data.trainRatio = 0.5;
    e.data.seed = 1;
    e.features = {"x1", "x2"};
    LayerSpec hidden;
    hidden.type = "dense";
    hidden.units = 8;
    hidden.activation = NamedSpec("tanh");
    for (int i = 0; i < hiddenLayers; ++i) e.network.layers.push_back(hidden);
    LayerSpec output = hidden;
    output.units = 1;
    e.network.layers.push_back(output);
    e.loss = NamedSpec("mse");  // Playground's square loss with a tanh output
    e.optimizer = NamedSpec("sgd", {{"lr", kLearningRate}});
    e.batchSize = int(kBatch);
    e.epochs = 0;  // never finishes
    e.seed = 1;
    return e;
}

struct TaskRates {
    Rate steps;     // the steps that do not end an epoch
    Rate withEval;  // whole epochs, evaluation included
};

// Whole epochs for `seconds`; the task must stand at an epoch boundary. The
// steady clock (vDSO, ~20 ns) splits each epoch into its plain steps and the
// step that ends it; the process's CPU time (a system call, ~1 us) is read
// only at both ends and shared out in proportion to wall time.
TaskRates timeTask(SupervisedTask& task, double seconds, Index stepsPerEpoch, Index samplesPerEpoch) {
    double stepWall = 0.0;
    double stepSamples = 0.0, totalSamples = 0.0;
    const Stamp start;
    Clock::time_point a = start.wall;
    do {
        for (Index s = 0; s + 1 < stepsPerEpoch; ++s) task.step();
        const Clock::time_point b = Clock::now();
        task.step();  // ends the epoch: evaluation
        const Clock::time_point c = Clock::now();
        stepWall += std::chrono::duration<double>(b - a).count();
        stepSamples += double((stepsPerEpoch - 1) * kBatch);
        totalSamples += double(samplesPerEpoch);
        a = c;
    } while (std::chrono::duration<double>(a - start.wall).count() < seconds);
    Span total;
    total.add(start, Stamp());
    const double stepCpu = total.cpu * stepWall / total.wall;
    return {{stepSamples / stepCpu, stepSamples / stepWall}, {totalSamples / total.cpu, totalSamples / total.wall}};
}

// Medians of the runs, per CPU second and per wall second.
struct Runs {
    std::vector<double> cpu, wall;
    void add(const Rate& r) {
        cpu.push_back(r.perCpuSecond);
        wall.push_back(r.perWallSecond);
    }
    double rate() const { return median(cpu); }
    double wallRate() const { return median(wall); }
};

std::string layerString(int hiddenLayers) {
    std::string s = "2";
    for (int i = 0; i < hiddenLayers; ++i) s += "-8";
    return s + "-1";
}

}  // namespace

nlohmann::ordered_json runSmallMlpCase(const std::string& name, int hiddenLayers, double target, const BenchOptions& options) {
    const Experiment experiment = smallExperiment(hiddenLayers);
    SupervisedTask task(experiment);
    const Index samples = task.data().trainX.rows();
    const Index stepsPerEpoch = (samples + kBatch - 1) / kBatch;

    // The baseline starts from the engine's initial weights.
    std::vector<Matrix> W, b;
    const WeightSet initial = task.weights();
    for (std::size_t i = 0; i < task.network().size(); ++i) {
        const auto& layer = initial.at(task.network().layer(i).name());
        W.push_back(layer.at("W"));
        b.push_back(layer.at("b"));
    }
    BaselineMlp baseline(W, b, kBatch, kLearningRate, task.data().trainX, task.data().trainY, experiment.seed,
                         BaselineTanh::Eigen);
    BaselineMlp baselineFastTanh(W, b, kBatch, kLearningRate, task.data().trainX, task.data().trainY, experiment.seed,
                                 BaselineTanh::Engine);

    const Clock::time_point warm = Clock::now();
    while (secondsSince(warm) < options.warmup) task.runEpoch();
    measureRate(options.warmup, [&] { return baseline.step(); });
    measureRate(options.warmup, [&] { return baselineFastTanh.step(); });

    Runs engine, engineEval, reference, referenceFastTanh;
    for (int run = 0; run < options.runs; ++run) {
        const TaskRates r = timeTask(task, options.seconds, stepsPerEpoch, samples);
        engine.add(r.steps);
        engineEval.add(r.withEval);
        if (options.engineOnly) continue;
        reference.add(measureRate(options.seconds, [&] { return baseline.step(); }));
        referenceFastTanh.add(measureRate(options.seconds, [&] { return baselineFastTanh.step(); }));
    }
    nlohmann::ordered_json out;
    out["name"] = name;
    out["network"] = layerString(hiddenLayers);
    out["activation"] = "tanh (hidden and output)";
    out["loss"] = "mse (targets 0/1)";
    out["batch"] = kBatch;
    out["optimizer"] = {{"name", "sgd"}, {"lr", kLearningRate}};
    out["data"] = "spiral, 500 points, noise 0, train ratio 0.5, features x1 x2";
    out["samples"] = samples;
    out["path"] = "SupervisedTask::step()";
    out["rates"] = "samples per CPU second of the bench process (medians of the runs); 'wall' per wall second";
    out["samples_per_s"] = engine.rate();
    out["samples_per_s_runs"] = engine.cpu;
    out["samples_per_s_with_eval"] = engineEval.rate();
    out["samples_per_s_with_eval_runs"] = engineEval.cpu;
    out["baseline_samples_per_s"] = reference.rate();
    out["baseline_runs"] = reference.cpu;
    out["ratio_to_baseline"] = engine.rate() / reference.rate();
    out["baseline_engine_tanh_samples_per_s"] = referenceFastTanh.rate();
    out["baseline_engine_tanh_runs"] = referenceFastTanh.cpu;
    out["ratio_to_baseline_engine_tanh"] = engine.rate() / referenceFastTanh.rate();
    out["wall"] = {{"samples_per_s", engine.wallRate()},
                   {"samples_per_s_with_eval", engineEval.wallRate()},
                   {"baseline_samples_per_s", reference.wallRate()},
                   {"baseline_engine_tanh_samples_per_s", referenceFastTanh.wallRate()}};
    out["target_samples_per_s"] = target;
    out["meets_target"] = engine.rate() >= target;
    out["final_epoch"] = task.epoch();
    out["final_train_loss"] = task.history().empty() ? 0.0 : task.history().back().values[kTrainLoss];
    return out;
}

}  // namespace nnlab::bench
