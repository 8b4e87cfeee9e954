#pragma once
// The bench's cases; each returns one JSON object for the "cases" array.
#include <nlohmann/json.hpp>

#include <string>

namespace nnlab::bench {

class TorchPeer;

struct BenchOptions {
    double seconds = 1.5;  // timed wall time per run and per contender
    double warmup = 0.3;   // untimed steps first (caches, branch predictors, clock)
    int runs = 3;          // engine and reference alternate; medians are reported
    bool engineOnly = false;  // skip the references (for profiling the engine)
    int threads = 1;          // Eigen's threads for the products (needs an OpenMP build)
    TorchPeer* torch = nullptr;  // PyTorch's rounds between the engine's runs, if available
};

// 2-H*8-1, tanh hidden and output, square loss, SGD lr 0.03, batch 10, on the
// 250 training points of Playground's spiral, through SupervisedTask::step(),
// next to the hand-written loop of BaselineMlp.
nlohmann::ordered_json runSmallMlpCase(const std::string& name, int hiddenLayers, double targetSamplesPerSecond,
                               const BenchOptions& options);
// 784-256-128-10, ReLU, softmax + cce, Adam, batch 64, on 2048 random rows,
// next to the bare Eigen products of the same sizes (and PyTorch, if available).
nlohmann::ordered_json runLargeMlpCase(const BenchOptions& options);

// The reference CNN: 1x28x28 -> conv 3x3x32 ReLU -> maxpool 2 -> conv 3x3x64
// ReLU -> maxpool 2 -> dense 128 ReLU -> dense 10 softmax, cce, Adam, batch 64,
// on 1024 random images: training and inference images per second.
nlohmann::ordered_json runCnnCase(const BenchOptions& options);

// The reference LSTM: adding-problem sequences 50x2 -> lstm 64 (last h) ->
// dense 1, mse, Adam, batch 32, on 1024 sequences: training sequences per second.
nlohmann::ordered_json runLstmCase(const BenchOptions& options);

// CPU, compiler, Eigen's SIMD set, date, load average.
nlohmann::ordered_json machineInfo();
// "avx512f+fma", "avx2+fma", "sse2", ...: the instruction set this build targets.
std::string buildInstructionSet();
double loadAverage1();

}  // namespace nnlab::bench
