// The reference CNN (the small image network PyTorch is compared on):
//   1x28x28 -> conv 3x3x32 ReLU -> maxpool 2 (32x13x13) -> conv 3x3x64 ReLU
//   -> maxpool 2 (64x5x5) -> flatten 1600 -> dense 128 ReLU -> dense 10 softmax
// cce, Adam lr 0.001, batch 64, 1024 random images with random classes.
// Training (EngineLoop::step) and inference (the forward pass alone) alternate
// with PyTorch's rounds when it is installed.
//
// Multiply-adds x 2 per image, forward: conv1 26*26*32*9, conv2 11*11*64*288,
// dense 1600*128 + 128*10 = 5,262,080. Training adds the weight gradients (the
// same again) and the input gradients of all but the first layer.
#include "BenchCases.h"
#include "EngineLoop.h"
#include "Timing.h"
#include "TorchPeer.h"

namespace nnlab::bench {
namespace {

constexpr Index kBatch = 64;
constexpr Index kRows = 1024;
constexpr int kClasses = 10;
constexpr double kLearningRate = 0.001;
constexpr double kConv1Flops = 2.0 * 26 * 26 * 32 * 9;
constexpr double kForwardFlops = kConv1Flops + 2.0 * 11 * 11 * 64 * 288 + 2.0 * 1600 * 128 + 2.0 * 128 * 10;
constexpr double kTrainFlops = 3.0 * kForwardFlops - kConv1Flops;

LayerSpec layer(const std::string& type, Index units, const std::string& activation) {
    LayerSpec l;
    l.type = type;
    l.units = units;
    if (!activation.empty()) {
        l.activation = NamedSpec(activation);
        l.weightInit = NamedSpec(activation == "relu" ? "he_uniform" : "glorot_uniform");
    }
    return l;
}

NetworkSpec referenceCnn() {
    NetworkSpec spec;
    spec.layers = {layer("conv2d", 32, "relu"), layer("maxpool2d", 0, ""),   layer("conv2d", 64, "relu"),
                   layer("maxpool2d", 0, ""),   layer("flatten", 0, ""),     layer("dense", 128, "relu"),
                   layer("dense", 10, "softmax")};
    spec.layers[1].options["kernel"] = spec.layers[3].options["kernel"] = 2;
    spec.layers[1].options["stride"] = spec.layers[3].options["stride"] = 2;
    return spec;
}

// Training and inference rates of one engine, run after run.
struct Runs {
    std::vector<double> train, infer, trainWall, inferWall;
    void measure(EngineLoop& engine, double seconds) {
        const Rate t = measureRate(seconds, [&] { return engine.step(); }, 1);
        const Rate i = measureRate(seconds, [&] { return engine.infer(); }, 1);
        train.push_back(t.perCpuSecond);
        trainWall.push_back(t.perWallSecond);
        infer.push_back(i.perCpuSecond);
        inferWall.push_back(i.perWallSecond);
    }
};

}  // namespace

nlohmann::ordered_json runCnnCase(const BenchOptions& options) {
    Matrix x, y;
    randomTable(kRows, 28 * 28, kClasses, 5, x, y);
    EngineLoop engine(referenceCnn(), Shape{1, 28, 28}, kBatch, x, y, kLearningRate, 1);
    EngineLoop single(referenceCnn(), Shape{1, 28, 28}, kBatch, x, y, kLearningRate, 1, "cce", Precision::Float32);
    Runs doubles, singles;
    for (EngineLoop* e : {&engine, &single}) {
        measureRate(options.warmup, [&] { return e->step(); }, 1);
        measureRate(options.warmup, [&] { return e->infer(); }, 1);
    }
    for (int run = 0; run < options.runs; ++run) {
        doubles.measure(engine, options.seconds);
        singles.measure(single, options.seconds);
        if (options.torch) options.torch->runRound("cnn", options.seconds, options.warmup);
    }
    const std::vector<double>&trainRuns = doubles.train, &inferRuns = doubles.infer;
    const std::vector<double>&trainWall = doubles.trainWall, &inferWall = doubles.inferWall;
    const double train = median(trainRuns), infer = median(inferRuns);

    nlohmann::ordered_json out;
    out["name"] = "cnn";
    out["network"] = "1x28x28 conv3x3x32 relu, maxpool2, conv3x3x64 relu, maxpool2, flatten, dense 128 relu, dense 10";
    out["activation"] = "relu hidden, softmax output";
    out["loss"] = "cce";
    out["batch"] = kBatch;
    out["optimizer"] = {{"name", "adam"}, {"lr", kLearningRate}};
    out["data"] = "random: 1024 images of U(0,1) pixels, 10 classes one-hot";
    out["samples"] = kRows;
    out["path"] = "SupervisedTask::step's calls (training); Network::forward in inference mode on one batch";
    out["rates"] = "images per CPU second of the bench process (medians of the runs); 'wall' per wall second";
    out["precision"] = "float64 (training.precision); the float32 block: products in single precision, weights kept in double";
    out["samples_per_s"] = train;
    out["samples_per_s_runs"] = trainRuns;
    out["infer_samples_per_s"] = infer;
    out["infer_samples_per_s_runs"] = inferRuns;
    out["flops_per_sample_train"] = kTrainFlops;
    out["flops_per_sample_infer"] = kForwardFlops;
    out["gflops_train"] = train * kTrainFlops * 1e-9;
    out["gflops_infer"] = infer * kForwardFlops * 1e-9;
    out["wall"] = {{"samples_per_s", median(trainWall)}, {"infer_samples_per_s", median(inferWall)}};
    if (options.torch) out["pytorch"] = options.torch->comparison("cnn", train, infer);
    out["final_batch_loss"] = engine.lastLoss();
    const double train32 = median(singles.train), infer32 = median(singles.infer);
    nlohmann::ordered_json f32;
    f32["samples_per_s"] = train32;
    f32["samples_per_s_runs"] = singles.train;
    f32["infer_samples_per_s"] = infer32;
    f32["infer_samples_per_s_runs"] = singles.infer;
    f32["gflops_train"] = train32 * kTrainFlops * 1e-9;
    f32["over_float64_train"] = train > 0.0 ? train32 / train : 0.0;
    f32["over_float64_infer"] = infer > 0.0 ? infer32 / infer : 0.0;
    f32["wall"] = {{"samples_per_s", median(singles.trainWall)}, {"infer_samples_per_s", median(singles.inferWall)}};
    if (options.torch) f32["pytorch"] = options.torch->comparison("cnn", train32, infer32);
    f32["final_batch_loss"] = single.lastLoss();
    out["float32"] = f32;
    return out;
}

}  // namespace nnlab::bench
