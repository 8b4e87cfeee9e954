// An MNIST-sized MLP, 784-256-128-10, where the matrix products dominate: the
// engine's step (EngineLoop: the calls SupervisedTask::step makes) against the
// same products done bare, and against PyTorch when it is installed.
//
// Flops per sample, counted as multiply-adds x 2:
//   forward 2 sum(in*out), dW 2 sum(in*out), dx 2 sum over layers 2.. (in*out)
// (the first layer's input gradient is not needed and not computed).
// "gflops" is the nominal 3 x 2 x sum(in*out) per sample; "gflops_executed"
// counts the products really done and is what the GEMM rate is compared with.
#include "BenchCases.h"
#include "EngineLoop.h"
#include "Timing.h"
#include "TorchPeer.h"

#include "random/Rng.h"

namespace nnlab::bench {
namespace {

const std::vector<Index> kSizes = {784, 256, 128, 10};
constexpr Index kBatch = 64;
constexpr Index kRows = 2048;
constexpr int kClasses = 10;
constexpr double kLearningRate = 0.001;

// The same products as the engine's step, bare: per layer z = x W^T,
// dW = dz^T x, and dx = dz W for every layer but the first.
class BareProducts {
public:
    BareProducts() {
        Rng rng(7);
        auto random = [&](Index r, Index c) {
            Matrix m(r, c);
            for (Index i = 0; i < m.size(); ++i) m.data()[i] = uniform(rng, -0.1, 0.1);
            return m;
        };
        for (std::size_t l = 0; l + 1 < kSizes.size(); ++l) {
            const Index in = kSizes[l], out = kSizes[l + 1];
            m_x.push_back(random(kBatch, in));
            m_w.push_back(random(out, in));
            m_z.push_back(Matrix::Zero(kBatch, out));
            m_dz.push_back(random(kBatch, out));
            m_dw.push_back(Matrix::Zero(out, in));
            m_dx.push_back(Matrix::Zero(kBatch, in));
        }
    }
    Index step() {
        for (std::size_t l = 0; l < m_w.size(); ++l) m_z[l].noalias() = m_x[l] * m_w[l].transpose();
        for (std::size_t l = m_w.size(); l-- > 0;) {
            m_dw[l].noalias() = m_dz[l].transpose() * m_x[l];
            if (l > 0) m_dx[l].noalias() = m_dz[l] * m_w[l];
        }
        return kBatch;
    }

private:
    std::vector<Matrix> m_x, m_w, m_z, m_dz, m_dw, m_dx;
};

}  // namespace

nlohmann::ordered_json runLargeMlpCase(const BenchOptions& options) {
    Matrix x, y;
    randomTable(kRows, kSizes.front(), kClasses, 3, x, y);

    NetworkSpec spec;
    for (std::size_t l = 1; l < kSizes.size(); ++l) {
        LayerSpec layer;
        layer.type = "dense";
        layer.units = kSizes[l];
        const bool last = l + 1 == kSizes.size();
        layer.activation = NamedSpec(last ? "softmax" : "relu");
        layer.weightInit = NamedSpec(last ? "glorot_uniform" : "he_uniform");
        spec.layers.push_back(layer);
    }
    EngineLoop engine(spec, Shape{kSizes.front()}, kBatch, x, y, kLearningRate, 1);
    EngineLoop single(spec, Shape{kSizes.front()}, kBatch, x, y, kLearningRate, 1, "cce", Precision::Float32);
    BareProducts bare;

    double sumInOut = 0.0, sumInOutAfterFirst = 0.0;
    for (std::size_t l = 0; l + 1 < kSizes.size(); ++l) {
        sumInOut += double(kSizes[l] * kSizes[l + 1]);
        if (l > 0) sumInOutAfterFirst += double(kSizes[l] * kSizes[l + 1]);
    }
    const double nominalFlops = 3.0 * 2.0 * sumInOut;
    const double executedFlops = 2.0 * (2.0 * sumInOut + sumInOutAfterFirst);

    measureRate(options.warmup, [&] { return engine.step(); }, 1);
    measureRate(options.warmup, [&] { return single.step(); }, 1);
    measureRate(options.warmup, [&] { return bare.step(); }, 1);
    std::vector<double> engineRuns, bareRuns, engineWall, bareWall, singleRuns, singleWall;
    for (int run = 0; run < options.runs; ++run) {
        const Rate e = measureRate(options.seconds, [&] { return engine.step(); }, 1);
        const Rate s = measureRate(options.seconds, [&] { return single.step(); }, 1);
        const Rate g = options.engineOnly ? Rate{} : measureRate(options.seconds, [&] { return bare.step(); }, 1);
        engineRuns.push_back(e.perCpuSecond);
        engineWall.push_back(e.perWallSecond);
        singleRuns.push_back(s.perCpuSecond);
        singleWall.push_back(s.perWallSecond);
        bareRuns.push_back(g.perCpuSecond);
        bareWall.push_back(g.perWallSecond);
        if (options.torch) options.torch->runRound("mlp", options.seconds, options.warmup);
    }
    const double engineRate = median(engineRuns), bareRate = median(bareRuns), singleRate = median(singleRuns);
    const double gemmGflops = bareRate * executedFlops * 1e-9;
    const double executedGflops = engineRate * executedFlops * 1e-9;

    nlohmann::ordered_json out;
    out["name"] = "784-256-128-10";
    out["network"] = "784-256-128-10";
    out["activation"] = "relu hidden, softmax output";
    out["loss"] = "cce";
    out["batch"] = kBatch;
    out["optimizer"] = {{"name", "adam"}, {"lr", kLearningRate}};
    out["data"] = "random: 2048 rows of U(0,1) inputs, 10 classes one-hot";
    out["samples"] = kRows;
    out["path"] = "SupervisedTask::step's calls: gather, computeGradients, checkFiniteStep, applyUpdate";
    out["rates"] = "per CPU second of the bench process (medians of the runs); 'wall' per wall second";
    out["precision"] = "float64 (training.precision); the float32 block: products in single precision, weights kept in double";
    out["samples_per_s"] = engineRate;
    out["samples_per_s_runs"] = engineRuns;
    out["flops_per_sample_nominal"] = nominalFlops;
    out["flops_per_sample_executed"] = executedFlops;
    out["gflops"] = engineRate * nominalFlops * 1e-9;
    out["gflops_executed"] = executedGflops;
    out["gemm_gflops"] = gemmGflops;
    out["gemm_samples_per_s"] = bareRate;
    out["gemm_runs_samples_per_s"] = bareRuns;
    out["ratio_to_gemm"] = executedGflops / gemmGflops;
    out["target_ratio_to_gemm"] = 0.6;
    out["meets_target"] = executedGflops / gemmGflops >= 0.6;
    out["wall"] = {{"samples_per_s", median(engineWall)}, {"gemm_samples_per_s", median(bareWall)}};
    if (options.torch) out["pytorch"] = options.torch->comparison("mlp", engineRate);
    out["final_batch_loss"] = engine.lastLoss();
    nlohmann::ordered_json f32;
    f32["samples_per_s"] = singleRate;
    f32["samples_per_s_runs"] = singleRuns;
    f32["gflops_executed"] = singleRate * executedFlops * 1e-9;
    f32["over_float64"] = engineRate > 0.0 ? singleRate / engineRate : 0.0;
    f32["wall"] = {{"samples_per_s", median(singleWall)}};
    if (options.torch) f32["pytorch"] = options.torch->comparison("mlp", singleRate);
    f32["final_batch_loss"] = single.lastLoss();
    out["float32"] = f32;
    return out;
}

}  // namespace nnlab::bench
