// nnlab-cli: train experiments headless and replay reference files.
#include "Commands.h"

#ifdef NNLAB_IMAGE_DECODER
#include "QtImageDecoder.h"
#endif

#include <iostream>

namespace {

void printUsage(std::ostream& out) {
    out << "usage: nnlab-cli COMMAND [ARGS]\n"
           "\n"
           "commands:\n"
           "  train EXPERIMENT.json [--epochs N] [--out DIR]   train headless, write history.csv and the trained experiment\n"
           "  oracle FILE...                                   replay reference files, print the largest relative error\n"
           "  diagnose EXPERIMENT.json [--epochs N] [--every K] [--stats]   train recording gradient health, print verdicts as JSON\n"
           "  export EXPERIMENT.json [--onnx FILE] [--pytorch DIR] [--csv DIR]   export the network as ONNX, PyTorch, CSV\n"
           "  predict EXPERIMENT.json INPUT.csv|IMAGE... [--out FILE]   predictions of the trained network, one row per input row or image\n"
           "  forecast EXPERIMENT.json [SEED.csv] [--steps N]  continue a sequence, feeding the network its own predictions\n"
           "  sample EXPERIMENT.json [--temperature T] [--seed-text TEXT]   text written by a network trained on text\n"
           "  generate EXPERIMENT.json --png FILE [--samples N]   a grid of images from a generator (image GAN) as PNG\n"
           "\n"
           "Run 'nnlab-cli COMMAND --help' for the options of a command.\n";
}

}  // namespace

int main(int argc, char** argv) {
#ifdef NNLAB_IMAGE_DECODER
    nnlab::registerQtImageDecoder();  // image folders (train) and image files (predict)
#endif
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printUsage(std::cerr);
        return 2;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        printUsage(std::cout);
        return 0;
    }
    if (command == "train") return runTrainCommand(args);
    if (command == "oracle") return runOracleCommand(args);
    if (command == "diagnose") return runDiagnoseCommand(args);
    if (command == "export") return runExportCommand(args);
    if (command == "predict") return runPredictCommand(args);
    if (command == "forecast") return runForecastCommand(args);
    if (command == "sample") return runSampleCommand(args);
    if (command == "generate") return runGenerateCommand(args);
    std::cerr << "nnlab-cli: unknown command \"" << command << "\"\n";
    printUsage(std::cerr);
    return 2;
}
