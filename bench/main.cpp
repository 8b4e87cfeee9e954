// nnlab-bench: training throughput, one JSON object on stdout:
//   {"machine": {...}, "options": {...}, "cases": [{"name", "samples_per_s", ...}, ...]}
// Figures and how to read them: docs/benchmarks.md.
#include "BenchCases.h"
#include "TorchPeer.h"

#include <Eigen/Core>

#include <iostream>
#include <string>
#include <vector>

using namespace nnlab::bench;

namespace {

void printUsage(std::ostream& out) {
    out << "usage: nnlab-bench [--seconds S] [--runs N] [--warmup S] [--case NAME]...\n"
           "  --seconds S  timed wall time per run and contender (default 1.5)\n"
           "  --runs N     runs per case; engine and reference alternate, medians reported (default 3)\n"
           "  --warmup S   untimed training before the runs (default 0.3)\n"
           "  --case NAME  only this case (repeatable): 2-8-8-1, 2-8x6-1, 784-256-128-10, cnn, lstm\n"
           "  --engine-only  skip the hand-written, bare and PyTorch references (to profile the engine)\n"
           "  --threads N  Eigen's threads for the products (default 1; more needs an OpenMP build,\n"
           "               see docs/benchmarks.md: they did not pay on the shared 2-core machine)\n"
           "  --no-torch   skip PyTorch even if installed\n"
           "  --python P   the Python with torch (default " NNLAB_TORCH_PYTHON ")\n";
}

}  // namespace

int main(int argc, char** argv) {
    BenchOptions options;
    std::vector<std::string> only;
    bool withTorch = true;
    std::string python = NNLAB_TORCH_PYTHON;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        try {
            if (arg == "--help" || arg == "-h") {
                printUsage(std::cout);
                return 0;
            } else if (arg == "--seconds" && hasValue) {
                options.seconds = std::stod(argv[++i]);
            } else if (arg == "--runs" && hasValue) {
                options.runs = std::stoi(argv[++i]);
            } else if (arg == "--warmup" && hasValue) {
                options.warmup = std::stod(argv[++i]);
            } else if (arg == "--engine-only") {
                options.engineOnly = true;
            } else if (arg == "--threads" && hasValue) {
                options.threads = std::stoi(argv[++i]);
            } else if (arg == "--no-torch") {
                withTorch = false;
            } else if (arg == "--python" && hasValue) {
                python = argv[++i];
            } else if (arg == "--case" && hasValue) {
                only.push_back(argv[++i]);
            } else {
                std::cerr << "nnlab-bench: unknown or incomplete option \"" << arg << "\"\n";
                printUsage(std::cerr);
                return 2;
            }
        } catch (const std::exception&) {
            std::cerr << "nnlab-bench: " << arg << ": not a number: \"" << argv[i] << "\"\n";
            return 2;
        }
    }
    if (options.seconds <= 0.0 || options.runs < 1 || options.warmup < 0.0 || options.threads < 1) {
        std::cerr << "nnlab-bench: --seconds, --runs and --threads must be positive\n";
        return 2;
    }
    Eigen::setNbThreads(options.threads);
    auto wanted = [&](const std::string& name) {
        if (only.empty()) return true;
        for (const auto& o : only)
            if (o == name) return true;
        return false;
    };

    nlohmann::ordered_json report;
    report["machine"] = machineInfo();
    report["machine"]["load_average_1min_before"] = loadAverage1();
    report["options"] = {{"seconds", options.seconds}, {"runs", options.runs}, {"warmup", options.warmup},
                         {"threads", options.threads}, {"eigen_threads", Eigen::nbThreads()}};
    report["cases"] = nlohmann::ordered_json::array();
    // PyTorch gets the threads the engine really has (1 unless built with OpenMP).
    TorchPeer torch(python, NNLAB_TORCH_SCRIPT, Eigen::nbThreads());
    const bool largeCases = wanted("784-256-128-10") || wanted("cnn") || wanted("lstm");
    if (withTorch && !options.engineOnly && largeCases) {
        if (torch.available())
            options.torch = &torch;
        else
            report["options"]["pytorch"] = torch.whyUnavailable();
    }
    try {
        if (wanted("2-8-8-1")) report["cases"].push_back(runSmallMlpCase("2-8-8-1", 2, 3.5e6, options));
        if (wanted("2-8x6-1")) report["cases"].push_back(runSmallMlpCase("2-8x6-1", 6, 1.0e6, options));
        if (wanted("784-256-128-10")) report["cases"].push_back(runLargeMlpCase(options));
        if (wanted("cnn")) report["cases"].push_back(runCnnCase(options));
        if (wanted("lstm")) report["cases"].push_back(runLstmCase(options));
    } catch (const std::exception& e) {
        std::cerr << "nnlab-bench: " << e.what() << "\n";
        return 1;
    }
    report["machine"]["load_average_1min_after"] = loadAverage1();
    std::cout << report.dump(2) << "\n";
    return 0;
}
