// nnlab-cli train EXPERIMENT.json [--epochs N] [--out DIR]
// Trains headless with the same Task the window uses (any kind), shows a
// progress bar on a terminal (plain lines otherwise), writes DIR/history.csv
// and DIR/trained.json (the experiment with its trained weights), also when
// training stops on a NaN/inf (the finished epochs, the last good weights; exit 1).
#include "Commands.h"
#include "TrainProgress.h"
#include "WritableDirectory.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "io/AtomicWrite.h"
#include "training/HistoryCsv.h"
#include "tasks/TaskRegistry.h"

#include <chrono>
#include <cmath>
#include <memory>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace {

void printTrainUsage(std::ostream& out) {
    out << "usage: nnlab-cli train EXPERIMENT.json [--epochs N] [--out DIR]\n"
           "  --epochs N   train N epochs instead of the file's \"epochs\"\n"
           "  --out DIR    where to write history.csv and trained.json (default: nnlab-out)\n";
}

// The task's losses and metrics of an epoch, in its order; a series without
// a value (a test loss without a test set) does not exist and is left out.
EpochFigures figuresOf(const std::vector<nnlab::SeriesInfo>& series, const nnlab::HistoryPoint& p, double seconds) {
    EpochFigures f;
    f.epoch = p.epoch;
    for (std::size_t k = 0; k < series.size() && k < nnlab::kMaxSeries; ++k)
        if (series[k].role != nnlab::SeriesRole::Rate && !std::isnan(p.values[k]))
            f.values.push_back({series[k].label, series[k].csvColumn(), p.values[k]});
    f.seconds = seconds;
    return f;
}

// history.csv and trained.json, each written whole or not at all: a full disk
// leaves the previous files and no temporary ones (io/AtomicWrite.h).
void writeResults(nnlab::Task& task, const std::vector<nnlab::SeriesInfo>& series, const std::string& historyPath,
                  const std::string& trainedPath) {
    std::ostringstream csv;
    nnlab::writeHistoryCsv(csv, series, task.history());
    nnlab::writeFileAtomically(historyPath, csv.str());
    // trained.json goes on from here when trained again or opened in the window.
    nnlab::writeExperimentFile(nnlab::savedExperiment(task), trainedPath);
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
            // "1.5" or "3x" is refused, not cut to 1 or 3: stoi stops at the first non-digit.
            const std::string& text = args[++i];
            std::size_t used = 0;
            try {
                epochsOverride = std::stoi(text, &used);
            } catch (...) {
                used = 0;
            }
            if (used == 0 || used != text.size()) {
                std::cerr << "nnlab-cli train: --epochs needs a whole number, got \"" << text << "\"\n";
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
        // Before training, not after it: a long run must not end in "cannot write".
        if (const std::string reason = unwritableReason(outDir); !reason.empty()) {
            std::cerr << "nnlab-cli train: cannot write to " << outDir << ": " << reason << "\n";
            return 1;
        }
        if (epochsOverride > 0) experiment.epochs = epochsOverride;
        const std::unique_ptr<nnlab::Task> owned = nnlab::makeTask(experiment);
        nnlab::Task& task = *owned;
        const std::vector<nnlab::SeriesInfo> series = task.series();
        TrainProgress progress(experiment.epochs);
        const auto start = std::chrono::steady_clock::now();
        const std::uint64_t startEpoch = task.epoch();  // a saved run goes on from its epoch
        std::cout << "training \"" << experiment.title << "\" (" << experiment.kind << "): " << task.describe() << ", "
                  << experiment.epochs << " epochs\n";
        // Warnings ("will not train") and decisions ("11 classes found") come before the first epoch.
        const auto printNotes = [&] {
            for (const nnlab::Note& n : task.takeNotes())
                if (n.code != "finished") progress.print((n.code == "warning" ? "warning: " : "note: ") + n.detail);
        };
        printNotes();
        // A NaN/inf stops the run, but what was trained so far is kept: the
        // check runs before the update, so the task still holds the last good
        // weights, and the finished epochs are in its history.
        std::string stopped;
        const int batch = experiment.batchSize;
        auto lastDraw = std::chrono::steady_clock::now();
        while (!task.finished()) {
            try {
                // Step by step, so that a long epoch (60,000 images) shows how far it is.
                const std::uint64_t target = task.epoch() + 1, firstStep = task.stepCount();
                while (!task.finished() && task.epoch() < target) {
                    task.step();
                    const auto now = std::chrono::steady_clock::now();
                    if (now - lastDraw < std::chrono::milliseconds(500) || batch <= 0 || task.samplesPerEpoch() == 0)
                        continue;
                    lastDraw = now;
                    const double samples = double(task.stepCount() - firstStep) * double(batch);
                    progress.showWithinEpoch(target, samples / double(task.samplesPerEpoch()),
                                             std::chrono::duration<double>(now - start).count());
                }
            } catch (const nnlab::NumericError& e) {
                stopped = e.what();
                break;
            }
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!task.history().empty()) progress.show(figuresOf(series, task.history().back(), seconds));
            printNotes();
        }
        progress.finish();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

        std::filesystem::create_directories(outDir);
        const std::string historyPath = outDir + "/history.csv";
        const std::string trainedPath = outDir + "/trained.json";
        writeResults(task, series, historyPath, trainedPath);
        if (!stopped.empty()) {
            std::cerr << "nnlab-cli train: training stopped: " << stopped << "\n"
                      << "nnlab-cli train: kept what was trained: wrote " << historyPath << " ("
                      << task.history().size() << (task.history().size() == 1 ? " epoch" : " epochs") << ") and "
                      << trainedPath << " (the weights from before the failing step)\n";
            return 1;
        }

        if (task.epoch() == startEpoch) {
            std::printf("nothing to train: the run already has its %d epochs; wrote %s and %s\n", experiment.epochs,
                        historyPath.c_str(), trainedPath.c_str());
            return 0;
        }
        const nnlab::HistoryPoint& last = task.history().back();
        std::printf("done in %.2f s (%.0f samples/s)", seconds,
                    seconds > 0 ? double(task.samplesPerEpoch()) * double(task.epoch() - startEpoch) / seconds : 0.0);
        const EpochFigures figures = figuresOf(series, last, seconds);
        for (std::size_t i = 0; i < figures.values.size(); ++i)
            std::printf("%s %s %.6f", i == 0 ? ":" : ",", figures.values[i].label.c_str(), figures.values[i].value);
        std::printf("\n");
        std::printf("wrote %s and %s\n", historyPath.c_str(), trainedPath.c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "nnlab-cli train: " << e.what() << "\n";
        return 1;
    }
}
