// nnlab-cli generate EXPERIMENT.json --png FILE [--samples N] [--columns C] [--scale S] [--rng-seed S]
// A grid of images made by the experiment's generator (its saved weights: a
// file from `nnlab-cli train` has them) for fresh noise, as a PNG
// (core/export/GeneratorExport.h).
#include "Commands.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "export/GeneratorExport.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"

#include <iostream>

namespace {

void printGenerateUsage(std::ostream& out) {
    out << "usage: nnlab-cli generate EXPERIMENT.json --png FILE [--samples N] [--columns C] [--scale S] [--rng-seed S]\n"
           "  EXPERIMENT.json  an experiment whose model generates images (an image GAN), best with trained weights\n"
           "                   (DIR/trained.json from 'nnlab-cli train')\n"
           "  --png FILE       the grid of generated images, as a PNG\n"
           "  --samples N      how many images (default 64, at most 10000)\n"
           "  --columns C      images per row (default 8)\n"
           "  --scale S        each pixel as S x S pixels (default 2)\n"
           "  --rng-seed S     the noise's seed (default 1): the same seed draws the same images\n"
           "The PNG is columns x (width x scale + 2) + 2 pixels wide, images on a grey ground.\n";
}

}  // namespace

int runGenerateCommand(const std::vector<std::string>& args) {
    std::string path, pngPath;
    long samples = 64;
    std::uint64_t rngSeed = 1;
    nnlab::SampleGridLayout layout;
    layout.scale = 2;
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            const bool hasValue = i + 1 < args.size();
            if (a == "--help" || a == "-h") {
                printGenerateUsage(std::cout);
                return 0;
            } else if (a == "--png" && hasValue) {
                pngPath = args[++i];
            } else if (a == "--samples" && hasValue) {
                samples = std::stol(args[++i]);
            } else if (a == "--columns" && hasValue) {
                layout.columns = std::stoi(args[++i]);
            } else if (a == "--scale" && hasValue) {
                layout.scale = std::stoi(args[++i]);
            } else if (a == "--rng-seed" && hasValue) {
                rngSeed = std::stoull(args[++i]);
            } else if (!a.empty() && a[0] == '-') {
                std::cerr << "nnlab-cli generate: unknown option or missing value \"" << a << "\"\n";
                printGenerateUsage(std::cerr);
                return 2;
            } else if (path.empty()) {
                path = a;
            } else {
                std::cerr << "nnlab-cli generate: only one experiment file, got \"" << path << "\" and \"" << a << "\"\n";
                return 2;
            }
        }
    } catch (const std::logic_error&) {  // stol/stoi/stoull: not a number, or out of range
        std::cerr << "nnlab-cli generate: --samples, --columns, --scale and --rng-seed take whole numbers\n";
        return 2;
    }
    if (path.empty() || pngPath.empty()) {
        printGenerateUsage(std::cerr);
        return 2;
    }
    if (layout.columns < 1 || layout.scale < 1 || layout.scale > 16) {
        std::cerr << "nnlab-cli generate: --columns at least 1, --scale 1 to 16\n";
        return 2;
    }
    try {
        const nnlab::Experiment experiment = nnlab::readExperimentFile(path);
        if (!experiment.weights)
            std::cerr << "note: " << path << " has no trained weights: the generator's initial weights draw noise\n";
        const std::unique_ptr<nnlab::Task> owned = nnlab::makeTask(experiment);
        nnlab::SampleGenerator* generator = owned->sampleGenerator();
        if (!generator)
            throw nnlab::SpecError("kind: a \"" + experiment.kind + "\" model has no generator to draw samples with");
        nnlab::exportSampleGridPng(*generator, pngPath, samples, rngSeed, layout);
        const nnlab::Shape shape = generator->sampleShape();
        std::cout << "wrote " << pngPath << " (" << samples << " samples, "
                  << nnlab::sampleGridWidth(samples, shape, layout) << " x "
                  << nnlab::sampleGridHeight(samples, shape, layout) << " pixels)\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "nnlab-cli generate: " << e.what() << "\n";
        return 1;
    }
}
