// nnlab-cli export EXPERIMENT.json [--onnx FILE] [--double] [--opset N] [--pytorch DIR] [--csv DIR]
// Exports the experiment's network (its saved weights: a file from
// `nnlab-cli train` has them) as ONNX, as a PyTorch script with weights and
// data, and/or as CSV (docs/export.md). Everything is built and checked before
// the first file is written, and each file is written whole or not at all.
#include "Commands.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "export/AtomicFile.h"
#include "export/CsvExport.h"
#include "export/GeneratorExport.h"
#include "export/OnnxExport.h"
#include "export/PytorchExport.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"

#include <iostream>

namespace {

void printExportUsage(std::ostream& out) {
    out << "usage: nnlab-cli export EXPERIMENT.json [--onnx FILE] [--double] [--opset N] [--pytorch DIR] [--csv DIR]\n"
           "  --onnx FILE     the network as ONNX: input \"input\" (N, features) = the network input after the\n"
           "                  feature map, output \"output\"; float32 (onnxruntime, ...)\n"
           "  --double        ONNX in float64 instead of float32\n"
           "  --opset N       ONNX opset, 13 to 17 (default 13)\n"
           "  --pytorch DIR   DIR/train.py (PyTorch: rebuilds the network and continues training), weights.npz, data.npz\n"
           "                  (a model with a generator, e.g. an image GAN: its generator, input = noise, and\n"
           "                  DIR/generate.py with weights.npz)\n"
           "  --csv DIR       DIR/weights.csv and the data set as DIR/train.csv, DIR/test.csv\n"
           "The experiment's saved weights are exported (files from 'nnlab-cli train' have them); without\n"
           "any, the initial weights drawn from its seed. At least one of --onnx, --pytorch, --csv.\n";
}

// The generator as ONNX and generate.py; CSV as for any kind (weights, history).
int exportGenerator(nnlab::SampleGenerator& generator, nnlab::Task& task, const std::string& onnxPath,
                    const nnlab::OnnxOptions& onnx, const std::string& pytorchDir, const std::string& csvDir) {
    nnlab::OnnxOptions options = nnlab::generatorOnnxOptions(generator, task.experiment(), onnx.doublePrecision);
    options.opset = onnx.opset;
    // Build everything first: an export that cannot be made writes nothing.
    std::string onnxBytes;
    if (!onnxPath.empty()) onnxBytes = nnlab::onnxModelBytes(generator.generatorNetwork(), options);
    if (!pytorchDir.empty()) (void)nnlab::generatorScript(generator, task.experiment());
    if (!onnxPath.empty()) {
        nnlab::writeFileAtomically(onnxPath, onnxBytes);
        std::cout << "wrote " << onnxPath << " (the generator, ONNX opset " << options.opset << ", "
                  << (options.doublePrecision ? "float64" : "float32") << ")\n";
    }
    if (!pytorchDir.empty())
        for (const std::string& f : nnlab::exportGeneratorPytorch(generator, task.experiment(), pytorchDir))
            std::cout << "wrote " << f << "\n";
    if (!csvDir.empty())
        for (const std::string& f : nnlab::exportCsv(task, csvDir)) std::cout << "wrote " << f << "\n";
    return 0;
}

}  // namespace

int runExportCommand(const std::vector<std::string>& args) {
    std::string path, onnxPath, pytorchDir, csvDir;
    nnlab::OnnxOptions onnx;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            printExportUsage(std::cout);
            return 0;
        } else if (a == "--onnx" && hasValue) {
            onnxPath = args[++i];
        } else if (a == "--pytorch" && hasValue) {
            pytorchDir = args[++i];
        } else if (a == "--csv" && hasValue) {
            csvDir = args[++i];
        } else if (a == "--double") {
            onnx.doublePrecision = true;
        } else if (a == "--opset" && hasValue) {
            try {
                std::size_t used = 0;
                onnx.opset = std::stoi(args[++i], &used);
                if (used != args[i].size()) throw std::invalid_argument("trailing text");
            } catch (...) {
                std::cerr << "nnlab-cli export: --opset needs a whole number, got \"" << args[i] << "\"\n";
                return 2;
            }
        } else if (!a.empty() && a[0] == '-') {
            std::cerr << "nnlab-cli export: unknown option \"" << a << "\"" << (hasValue ? "" : " (or its value is missing)")
                      << "\n";
            printExportUsage(std::cerr);
            return 2;
        } else if (path.empty()) {
            path = a;
        } else {
            std::cerr << "nnlab-cli export: only one experiment file, got \"" << path << "\" and \"" << a << "\"\n";
            return 2;
        }
    }
    if (path.empty() || (onnxPath.empty() && pytorchDir.empty() && csvDir.empty())) {
        printExportUsage(std::cerr);
        return 2;
    }
    try {
        const nnlab::Experiment experiment = nnlab::readExperimentFile(path);
        if (!experiment.weights)
            std::cerr << "note: " << path << " has no trained weights: exporting the initial weights drawn from its seed\n";
        const std::unique_ptr<nnlab::Task> owned = nnlab::makeTask(experiment);
        // A model that generates (an adversarial game) exports its generator.
        if (nnlab::SampleGenerator* generator = owned->sampleGenerator(); generator && !owned->networkModel())
            return exportGenerator(*generator, *owned, onnxPath, onnx, pytorchDir, csvDir);
        if (!onnxPath.empty() || !pytorchDir.empty()) (void)nnlab::requireNetwork(*owned, "export as ONNX or PyTorch");
        nnlab::NetworkModel* model = owned->networkModel();
        nnlab::OnnxOptions options = model ? nnlab::onnxOptionsFor(*model, onnx.doublePrecision) : nnlab::OnnxOptions{};
        options.opset = onnx.opset;
        // Build everything first: an export that cannot be made writes nothing.
        std::string onnxBytes;
        if (!onnxPath.empty()) onnxBytes = nnlab::onnxModelBytes(model->network(), options);
        if (!pytorchDir.empty()) {
            nnlab::PytorchData probe;
            (void)nnlab::pytorchScript(model->network(), model->experiment(), probe);
        }
        if (!onnxPath.empty()) {
            nnlab::exportOnnx(model->network(), onnxPath, options);
            std::cout << "wrote " << onnxPath << " (ONNX opset " << options.opset << ", "
                      << (options.doublePrecision ? "float64" : "float32") << ")\n";
        }
        if (!pytorchDir.empty())
            for (const std::string& f : nnlab::exportPytorch(*model, pytorchDir)) std::cout << "wrote " << f << "\n";
        if (!csvDir.empty())
            for (const std::string& f : nnlab::exportCsv(*owned, csvDir)) std::cout << "wrote " << f << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "nnlab-cli export: " << e.what() << "\n";
        return 1;
    }
}
