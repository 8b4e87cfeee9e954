// nnlab-cli sample EXPERIMENT.json [--seed-text TEXT] [--temperature T] [--length N] [--rng-seed S]
// Text written by the experiment's trained network (its saved weights) on a
// text data set, after a seed text, at a temperature (core/training/TextSampling.h).
#include "Commands.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"
#include "training/TextSampling.h"

#include <iostream>

namespace {

void printSampleUsage(std::ostream& out) {
    out << "usage: nnlab-cli sample EXPERIMENT.json [--seed-text TEXT] [--temperature T] [--length N] [--rng-seed S]\n"
           "  EXPERIMENT.json  an experiment on text data with trained weights (DIR/trained.json from 'nnlab-cli train')\n"
           "  --seed-text TEXT the text the network goes on from (UTF-8; default \"the \")\n"
           "  --temperature T  0 writes the most likely character each time; 1 draws from the network's\n"
           "                   probabilities; higher is wilder (default 0.7, at most 10)\n"
           "  --length N       characters to write (default 400)\n"
           "  --rng-seed S     the random draws' seed (default 1): the same seed writes the same text\n"
           "Output: the seed text followed by what the network wrote.\n";
}

}  // namespace

int runSampleCommand(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    nnlab::TextSampleRequest request;
    request.seedText = "the ";
    request.temperature = 0.7;
    request.length = 400;
    std::uint64_t rngSeed = 1;
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            const bool hasValue = i + 1 < args.size();
            if (a == "--help" || a == "-h") {
                printSampleUsage(std::cout);
                return 0;
            } else if (a == "--seed-text" && hasValue) {
                request.seedText = args[++i];
            } else if (a == "--temperature" && hasValue) {
                request.temperature = std::stod(args[++i]);
            } else if (a == "--length" && hasValue) {
                request.length = std::stoi(args[++i]);
            } else if (a == "--rng-seed" && hasValue) {
                rngSeed = std::stoull(args[++i]);
            } else if (!a.empty() && a[0] == '-') {
                std::cerr << "nnlab-cli sample: unknown option or missing value \"" << a << "\"\n";
                printSampleUsage(std::cerr);
                return 2;
            } else {
                files.push_back(a);
            }
        }
    } catch (const std::logic_error&) {  // stod/stoi/stoull: not a number, or out of range
        std::cerr << "nnlab-cli sample: --temperature, --length and --rng-seed take numbers\n";
        return 2;
    }
    if (files.size() != 1) {
        printSampleUsage(std::cerr);
        return 2;
    }
    try {
        const nnlab::Experiment experiment = nnlab::readExperimentFile(files[0]);
        if (!experiment.weights)
            throw nnlab::SpecError(files[0] + ": no trained weights to write with (train it first: nnlab-cli train " +
                                   files[0] + " --out DIR, then use DIR/trained.json)");
        const std::unique_ptr<nnlab::Task> owned = nnlab::makeTask(experiment);
        nnlab::NetworkModel& model = nnlab::requireNetwork(*owned, "write text with");
        nnlab::Rng rng(rngSeed);
        const std::string written = nnlab::sampleText(model, request, rng);
        std::cout << request.seedText << written << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "nnlab-cli sample: " << e.what() << "\n";
        return 1;
    }
}
