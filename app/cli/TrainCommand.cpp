// nnlab-cli train EXPERIMENT.json [--epochs N] [--out DIR]
// Trains headless with the same Task the window uses (any kind), shows a
// progress bar on a terminal (plain lines otherwise), writes DIR/history.csv
// and DIR/trained.json (the experiment with its trained weights).
#include "Commands.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "training/HistoryCsv.h"
#include "tasks/TaskRegistry.h"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <memory>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

void printTrainUsage(std::ostream& out) {
    out << "usage: nnlab-cli train EXPERIMENT.json [--epochs N] [--out DIR]\n"
           "  --epochs N   train N epochs instead of the file's \"epochs\"\n"
           "  --out DIR    where to write history.csv and trained.json (default: nnlab-out)\n";
}

// The task's losses and metrics of the last epoch, by label ("training loss
// 0.4321") for a person or by key ("train_loss 0.432100") for a script; a
// series without a value (no test set) is left out.
std::string seriesText(const std::vector<nnlab::SeriesInfo>& series, const nnlab::HistoryPoint& p, bool forPeople) {
    std::string text;
    char buf[64];
    for (std::size_t k = 0; k < series.size() && k < nnlab::kMaxSeries; ++k) {
        if (series[k].role == nnlab::SeriesRole::Rate || std::isnan(p.values[k])) continue;
        std::snprintf(buf, sizeof buf, forPeople ? "%.4f" : "%.6f", p.values[k]);
        text += (forPeople ? "  " + series[k].label + " " : " " + series[k].csvColumn() + " ") + buf;
    }
    return text;
}

void showProgress(bool terminal, const std::vector<nnlab::SeriesInfo>& series, const nnlab::HistoryPoint& p,
                  int epochs, double seconds) {
    if (terminal) {
        const int width = 30;
        const int filled = epochs > 0 ? int(width * double(p.epoch) / epochs) : width;
        std::fprintf(stderr, "\r[%-*s] epoch %llu/%d%s  %.1fs ", width,
                     std::string(std::size_t(std::min(filled, width)), '#').c_str(), (unsigned long long)p.epoch,
                     epochs, seriesText(series, p, true).c_str(), seconds);
        std::fflush(stderr);
    } else {
        std::printf("epoch %llu/%d%s\n", (unsigned long long)p.epoch, epochs, seriesText(series, p, false).c_str());
        std::fflush(stdout);
    }
}

}  // namespace

int runTrainCommand(const std::vector<std::string>& args) {
    std::string path, outDir = "nnlab-out";
    int epochsOverride = -1;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            printTrainUsage(std::cout);
            return 0;
        } else if (a == "--epochs" && i + 1 < args.size()) {
            try {
                epochsOverride = std::stoi(args[++i]);
            } catch (...) {
                std::cerr << "nnlab-cli train: --epochs needs a whole number, got \"" << args[i] << "\"\n";
                return 2;
            }
            if (epochsOverride < 1) {
                std::cerr << "nnlab-cli train: --epochs must be at least 1\n";
                return 2;
            }
        } else if (a == "--out" && i + 1 < args.size()) {
            outDir = args[++i];
        } else if (!a.empty() && a[0] == '-') {
            std::cerr << "nnlab-cli train: unknown option \"" << a << "\"\n";
            printTrainUsage(std::cerr);
            return 2;
        } else if (path.empty()) {
            path = a;
        } else {
            std::cerr << "nnlab-cli train: only one experiment file, got \"" << path << "\" and \"" << a << "\"\n";
            return 2;
        }
    }
    if (path.empty()) {
        printTrainUsage(std::cerr);
        return 2;
    }
    try {
        nnlab::Experiment experiment = nnlab::readExperimentFile(path);
        if (epochsOverride > 0) experiment.epochs = epochsOverride;
        const std::unique_ptr<nnlab::Task> owned = nnlab::makeTask(experiment);
        nnlab::Task& task = *owned;
        const std::vector<nnlab::SeriesInfo> series = task.series();
        const bool terminal = isatty(STDERR_FILENO);
        const auto start = std::chrono::steady_clock::now();
        const std::uint64_t startEpoch = task.epoch();  // a saved run goes on from its epoch
        std::cout << "training \"" << experiment.title << "\" (" << experiment.kind << "): " << task.describe() << ", "
                  << experiment.epochs << " epochs\n";
        while (!task.finished()) {
            task.runEpoch();
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!task.history().empty()) showProgress(terminal, series, task.history().back(), experiment.epochs, seconds);
            for (const nnlab::Note& n : task.takeNotes())
                if (n.code != "finished") std::cout << (terminal ? "\n" : "") << "note: " << n.detail << "\n";
        }
        if (terminal) std::fprintf(stderr, "\n");
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

        std::filesystem::create_directories(outDir);
        const std::string historyPath = outDir + "/history.csv";
        std::ofstream csv(historyPath);
        if (!csv) throw nnlab::Error(historyPath + ": cannot write");
        nnlab::writeHistoryCsv(csv, series, task.history());
        // trained.json goes on from here when trained again or opened in the window.
        const nnlab::Experiment trained = nnlab::savedExperiment(task);
        const std::string trainedPath = outDir + "/trained.json";
        nnlab::writeExperimentFile(trained, trainedPath);

        if (task.epoch() == startEpoch) {
            std::printf("nothing to train: the run already has its %d epochs; wrote %s and %s\n", experiment.epochs,
                        historyPath.c_str(), trainedPath.c_str());
            return 0;
        }
        const nnlab::HistoryPoint& last = task.history().back();
        std::printf("done in %.2f s (%.0f samples/s):%s\n", seconds,
                    seconds > 0 ? double(task.samplesPerEpoch()) * double(task.epoch() - startEpoch) / seconds : 0.0,
                    seriesText(series, last, false).c_str());
        std::printf("wrote %s and %s\n", historyPath.c_str(), trainedPath.c_str());
        return 0;
    } catch (const nnlab::NumericError& e) {
        std::cerr << "\nnnlab-cli train: training stopped: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "nnlab-cli train: " << e.what() << "\n";
        return 1;
    }
}
