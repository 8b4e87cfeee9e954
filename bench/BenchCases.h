#pragma once
// The bench's cases; each returns one JSON object for the "cases" array.
#include <nlohmann/json.hpp>

#include <string>

namespace nnlab::bench {

struct BenchOptions {
    double seconds = 1.5;  // timed wall time per run and per contender
    double warmup = 0.3;   // untimed steps first (caches, branch predictors, clock)
    int runs = 3;          // engine and reference alternate; medians are reported
    bool engineOnly = false;  // skip the references (for profiling the engine)
};

// 2-H*8-1, tanh hidden and output, square loss, SGD lr 0.03, batch 10, on the
// 250 training points of Playground's spiral, through SupervisedTask::step(),
// next to the hand-written loop of BaselineMlp.
nlohmann::ordered_json runSmallMlpCase(const std::string& name, int hiddenLayers, double targetSamplesPerSecond,
                               const BenchOptions& options);
// 784-256-128-10, ReLU, softmax + cce, Adam, batch 64, on 2048 random rows,
// next to the bare Eigen products of the same sizes.
nlohmann::ordered_json runLargeMlpCase(const BenchOptions& options);

// CPU, compiler, Eigen's SIMD set, date, load average.
nlohmann::ordered_json machineInfo();
double loadAverage1();

}  // namespace nnlab::bench
