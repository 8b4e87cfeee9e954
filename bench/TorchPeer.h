#pragma once
// PyTorch next to the engine: runs bench/torch_rates.py (with the Python that
// has Debian's python3-torch) once per round, between the engine's runs, so
// both see the same load, and keeps its figures per case and dtype.
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace nnlab::bench {

class TorchPeer {
public:
    TorchPeer(std::string python, std::string script, int threads);
    // Whether `python` imports torch (checked once, by running it).
    bool available();
    const std::string& whyUnavailable() const { return m_why; }

    // One round for a case ("mlp", "cnn" or "lstm"): float32 and float64, each for
    // `seconds`. Adds the rates to the runs; throws std::runtime_error if the
    // script fails or prints something else than its JSON.
    void runRound(const std::string& torchCase, double seconds, double warmup);

    // Medians over the rounds of one figure ("train_samples_per_s", ...) per dtype.
    double median(const std::string& torchCase, const std::string& dtype, const std::string& figure) const;
    std::vector<double> runs(const std::string& torchCase, const std::string& dtype, const std::string& figure) const;
    // {"float32": {"train_samples_per_s", "ratio_train", ...}, "float64": {...}}:
    // PyTorch's medians and the engine's rate divided by them (> 1: nnlab faster).
    // engineInfer < 0: no inference figures.
    nlohmann::ordered_json comparison(const std::string& torchCase, double engineTrain, double engineInfer = -1.0) const;
    // torch version, BLAS library, threads (from the last round).
    nlohmann::ordered_json about() const { return m_about; }

private:
    std::string m_python, m_script;
    int m_threads;
    int m_available = -1;  // unknown
    std::string m_why;
    nlohmann::ordered_json m_about;
    std::map<std::string, std::vector<double>> m_runs;  // "cnn/float32/train_samples_per_s" -> rounds
};

}  // namespace nnlab::bench
