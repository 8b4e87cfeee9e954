// Every data source, one line each, in GUI order. Labels are translated in the
// GUI (context "Dataset").
#include "data/Functions.h"
#include "Error.h"
#include "spec/NameLookup.h"

namespace nnlab {

namespace {
constexpr auto C = ProblemKind::Classification;
constexpr auto R = ProblemKind::Regression;
constexpr auto F = DataSource::Formula;
}  // namespace

const std::vector<GeneratorInfo>& generatorTable() {
    static const std::vector<GeneratorInfo> table = {
        // name           label                  source             kind  classes  min max  generate
        {"circle",        "Circle",              F,                 C,    false,   2, 2,    &circleGenerate},
        {"xor",           "Exclusive or",        F,                 C,    false,   2, 2,    &xorGenerate},
        {"gaussian",      "Gaussian",            F,                 C,    false,   2, 2,    &gaussianGenerate},
        {"spiral",        "Spiral",              F,                 C,    false,   2, 2,    &spiralGenerate},
        {"moons",         "Two moons",           F,                 C,    false,   2, 2,    &moonsGenerate},
        {"checkerboard",  "Checkerboard",        F,                 C,    false,   2, 2,    &checkerboardGenerate},
        {"blobs",         "Blobs (K classes)",   F,                 C,    true,    2, 6,    &blobsGenerate},
        {"multi_spiral",  "Spiral (K arms)",     F,                 C,    true,    2, 6,    &multiSpiralGenerate},
        // ConvNetJS classify2d's sets: its 13 fixed points, and random labels to show memorisation.
        {"simple",        "Simple (13 points)",  F,                 C,    false,   2, 2,    &simpleGenerate, Shape{2}, 13, false},
        {"random_labels", "Random labels",       F,                 C,    false,   2, 2,    &randomLabelsGenerate, Shape{2}, 0, false, 40},
        {"reg_plane",     "Plane",               F,                 R,    false,   0, 0,    &regPlaneGenerate},
        {"reg_gaussian",  "Multi Gaussian",      F,                 R,    false,   0, 0,    &regGaussianGenerate},
        // Images (C x H x W, rows NCHW-flattened): for convolutional networks, not the plane.
        {"bars",          "Bars (8x8 images)",   F,                 C,    false,   2, 2,    &barsGenerate, Shape{1, 8, 8}},
        // Sequences {T, F}, one time-major row per sample: for recurrent networks.
        // data.steps sets T (adding, sines), data.delay the recall's wait (sampleShapeFor).
        {"adding",        "Adding problem (sequences)", F,          R,    false,   0, 0,    &addingGenerate, Shape{kAddingSteps, 2}, 0, true, 0, SequenceLength::Steps},
        {"sines",         "Sums of sines (next value)", F,          R,    false,   0, 0,    &sinesGenerate, Shape{kSinesSteps, 1}, 0, true, 0, SequenceLength::Steps},
        // Many-to-many: a target at every step, (n, T) (Sines.cpp); for a per-step dense head.
        {"sines_steps",   "Sums of sines (next value at every step)", F, R, false, 0, 0,   &sinesStepsGenerate, Shape{kSinesSteps, 1}, 0, true, 0, SequenceLength::Steps},
        {"recall",        "Recall after a delay (sequences)", F,    C,    true,    2, 6,    &recallGenerate, recallShape(kDefaultRecallDelay, 2), 0, true, 0, SequenceLength::Delay},
        // Characters of a text (data/TextData.h): windows {T, V}, the next character's class as target.
        {"text",          "Text (next character)", DataSource::Text, C,   false,   2, 200,  nullptr, Shape{}},
        {"digits",        "Digits (28x28 images)", F,               C,    false,   10, 10,  &digitsGenerate, Shape{1, 28, 28}},
        // IDX image files: Debian's dataset-fashion-mnist, or the user's own (MNIST, ...).
        {"fashion_mnist", "Fashion-MNIST (28x28 images)", DataSource::Idx, C, false, 10, 10, nullptr, Shape{1, 28, 28}},
        {"idx",           "IDX image files",     DataSource::Idx,   C,    false,   2, 256,  nullptr, Shape{}},
        // A folder of PNG/JPEG images, one subfolder per class (data/ImageFolder.h): its shape is data.image_folder's.
        {"image_folder",  "Image folder (PNG, JPEG)", DataSource::ImageFolder, C, false, 2, 1000, nullptr, Shape{}},
        {"csv",           "CSV file",            DataSource::Csv,   C,    false,   0, 0,    nullptr},
        {"custom",        "Drawn points",        DataSource::Custom, C,   false,   0, 0,    nullptr},
    };
    return table;
}

const GeneratorInfo& findGenerator(const std::string& name) {
    std::vector<std::string> known;
    for (const GeneratorInfo& g : generatorTable()) {
        if (name == g.name) return g;
        known.emplace_back(g.name);
    }
    throw SpecError("data.generator: " + unknownNameMessage("generator", name, known));
}

Index classShare(Index n, int numClasses, int k) {
    return n / numClasses + (k < n % numClasses ? 1 : 0);
}

}  // namespace nnlab
