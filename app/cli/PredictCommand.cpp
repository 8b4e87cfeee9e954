// nnlab-cli predict EXPERIMENT.json INPUT.csv [--out FILE]
// nnlab-cli predict EXPERIMENT.json IMAGE.png... [--out FILE]
// One output row per input row or image: the experiment's trained network (its
// saved weights) on raw inputs, through its feature map or, for images, read
// and normalised as its training images (core/export/Predict.h).
#include "Commands.h"
#include "TrainedTask.h"

#include "data/Csv.h"
#include "data/ImageFolder.h"
#include "export/AtomicFile.h"
#include "export/Predict.h"
#include "training/Capabilities.h"

#include <iostream>

namespace {

void printPredictUsage(std::ostream& out) {
    out << "usage: nnlab-cli predict EXPERIMENT.json INPUT.csv [--out FILE]\n"
           "       nnlab-cli predict EXPERIMENT.json IMAGE.png [IMAGE.jpg ...] [--out FILE]\n"
           "  EXPERIMENT.json  an experiment with trained weights (DIR/trained.json from 'nnlab-cli train')\n"
           "  INPUT.csv        one row per sample with the raw inputs: x1,x2 for plane data, the data set's\n"
           "                   input columns for CSV data; a header row is optional\n"
           "  IMAGE.png        for an image experiment: PNG or JPEG files, each resized to the network's\n"
           "                   input (grey or colour, height x width) and normalised as the training images\n"
           "  --out FILE       write the predictions there instead of to standard output\n"
           "Output: CSV with the inputs (or the image file), one column per network output (the class\n"
           "probabilities after a softmax) and, for classification, the predicted class; one row per\n"
           "input row or image.\n";
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
    const bool images = files.size() >= 2 && nnlab::isImageFileName(files[1]);
    if (files.size() < 2 || (!images && files.size() != 2)) {
        printPredictUsage(std::cerr);
        return 2;
    }
    for (std::size_t i = 2; i < files.size(); ++i)
        if (!nnlab::isImageFileName(files[i])) {
            std::cerr << "nnlab-cli predict: " << files[i] << ": not a PNG or JPEG file name (images take .png, .jpg or .jpeg)\n";
            return 2;
        }
    try {
        const std::unique_ptr<nnlab::Task> owned = trainedTask(files[0], "predict with");
        nnlab::NetworkModel& task = nnlab::requireNetwork(*owned, "predict with");
        const std::vector<std::string> imageFiles(files.begin() + 1, files.end());
        const nnlab::Matrix points = images ? nnlab::imagePredictionInputs(task, imageFiles)
                                            : nnlab::predictionInputs(task, nnlab::readCsvFile(files[1]));
        const std::string csv = images ? nnlab::imagePredictionsCsv(task, imageFiles, points)
                                       : nnlab::predictionsCsv(task, points);
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
