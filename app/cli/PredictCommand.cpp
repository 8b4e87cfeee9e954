// nnlab-cli predict EXPERIMENT.json INPUT.csv [--out FILE]
// One output row per input row: the experiment's trained network (its saved
// weights) on raw inputs, through its feature map (core/export/Predict.h).
#include "Commands.h"
#include "TrainedTask.h"

#include "data/Csv.h"
#include "export/AtomicFile.h"
#include "export/Predict.h"
#include "training/Capabilities.h"

#include <iostream>

namespace {

void printPredictUsage(std::ostream& out) {
    out << "usage: nnlab-cli predict EXPERIMENT.json INPUT.csv [--out FILE]\n"
           "  EXPERIMENT.json  an experiment with trained weights (DIR/trained.json from 'nnlab-cli train')\n"
           "  INPUT.csv        one row per sample with the raw inputs: x1,x2 for plane data, the data set's\n"
           "                   input columns for CSV data; a header row is optional\n"
           "  --out FILE       write the predictions there instead of to standard output\n"
           "Output: CSV with the inputs, one column per network output and, for classification, the\n"
           "predicted class; one row per input row.\n";
}

}  // namespace

int runPredictCommand(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    std::string outPath;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            printPredictUsage(std::cout);
            return 0;
        } else if (a == "--out" && i + 1 < args.size()) {
            outPath = args[++i];
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            std::cerr << "nnlab-cli predict: unknown option \"" << a << "\"\n";
            printPredictUsage(std::cerr);
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (files.size() != 2) {
        printPredictUsage(std::cerr);
        return 2;
    }
    try {
        const std::unique_ptr<nnlab::Task> owned = trainedTask(files[0], "predict with");
        nnlab::NetworkModel& task = nnlab::requireNetwork(*owned, "predict with");
        const nnlab::Matrix points = nnlab::predictionInputs(task, nnlab::readCsvFile(files[1]));
        const std::string csv = nnlab::predictionsCsv(task, points);
        if (outPath.empty()) {
            std::cout << csv;
        } else {
            nnlab::writeFileAtomically(outPath, csv);
            std::cerr << "wrote " << points.rows() << " predictions to " << outPath << "\n";
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "nnlab-cli predict: " << e.what() << "\n";
        return 1;
    }
}
