// nnlab-cli diagnose EXPERIMENT.json [--epochs N] [--every K] [--stats]
// Trains headless with gradient-health recording and prints one JSON object
// on stdout: {"verdicts": [...]} (health/DiagnosisJson.h), an empty list for a
// healthy run. A NaN/inf stops training (weights from before that step) and
// becomes evidence of a verdict, not an error. --stats adds "stats" with the
// per-layer figures the rules read. A kind without gradient health (a GAN)
// prints the verdicts it reaches on its own run, with their evidence.
#include "Commands.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "tasks/DiagnoseRun.h"
#include "health/DiagnosisJson.h"

#include <iostream>

namespace {

void printDiagnoseUsage(std::ostream& out) {
    out << "usage: nnlab-cli diagnose EXPERIMENT.json [--epochs N] [--every K] [--stats]\n"
           "  --epochs N   train N epochs instead of the file's \"epochs\"\n"
           "  --every K    record gradient health every K steps (default: about 1000 points per run)\n"
           "  --stats      add the per-layer figures behind the verdicts\n"
           "Prints {\"verdicts\": [...]} on stdout; an empty list means no problem was found.\n"
           "A GAN experiment prints its own verdicts (mode collapse, oscillation, a discriminator that wins).\n";
}

bool parseCount(const std::string& option, const std::string& text, int& value) {
    try {
        std::size_t used = 0;
        value = std::stoi(text, &used);
        if (used == text.size() && value >= 1) return true;
    } catch (...) {
    }
    std::cerr << "nnlab-cli diagnose: " << option << " needs a whole number >= 1, got \"" << text << "\"\n";
    return false;
}

}  // namespace

int runDiagnoseCommand(const std::vector<std::string>& args) {
    std::string path;
    int epochs = -1, every = -1;
    bool stats = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            printDiagnoseUsage(std::cout);
            return 0;
        } else if (a == "--epochs" && i + 1 < args.size()) {
            if (!parseCount(a, args[++i], epochs)) return 2;
        } else if (a == "--every" && i + 1 < args.size()) {
            if (!parseCount(a, args[++i], every)) return 2;
        } else if (a == "--stats") {
            stats = true;
        } else if (!a.empty() && a[0] == '-') {
            std::cerr << "nnlab-cli diagnose: unknown option \"" << a << "\"\n";
            printDiagnoseUsage(std::cerr);
            return 2;
        } else if (path.empty()) {
            path = a;
        } else {
            std::cerr << "nnlab-cli diagnose: only one experiment file, got \"" << path << "\" and \"" << a << "\"\n";
            return 2;
        }
    }
    if (path.empty()) {
        printDiagnoseUsage(std::cerr);
        return 2;
    }
    try {
        nnlab::Experiment experiment = nnlab::readExperimentFile(path);
        if (epochs > 0) experiment.epochs = epochs;
        const nnlab::DiagnosisRun run = nnlab::trainAndDiagnose(experiment, every);
        if (!run.failureMessage.empty()) std::cerr << "nnlab-cli diagnose: training stopped: " << run.failureMessage << "\n";
        nlohmann::json out = nnlab::verdictsToJson(run.verdicts);
        if (stats) out["stats"] = nnlab::summaryToJson(run.summary);
        std::cout << out.dump(2) << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "nnlab-cli diagnose: " << e.what() << "\n";
        return 1;
    }
}
