// IDX image sets as data: Debian's Fashion-MNIST or a user's own IDX files
// (MNIST, ...). Bytes 0..255 become 0..1; a subset of the training and test
// images is drawn with the data seed, in file order.
#include "data/Dataset.h"

#include "Error.h"
#include "data/Functions.h"
#include "data/Idx.h"

#include <algorithm>
#include <filesystem>
#include <numeric>

namespace nnlab {
namespace {

// Fashion-MNIST's classes, in label order (zalandoresearch/fashion-mnist README).
const std::vector<std::string> kFashionMnistClasses = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                       "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};

struct ImageSet {
    IdxImages images;
    std::vector<std::uint8_t> labels;
};

ImageSet readSet(const std::string& imagesPath, const std::string& labelsPath) {
    ImageSet set;
    set.images = readIdxImages(imagesPath);
    set.labels = readIdxLabels(labelsPath);
    requireSameCount(set.images, imagesPath, set.labels, labelsPath);
    return set;
}

}  // namespace

// Declared in data/Functions.h: the image folder draws its subset the same way.
std::vector<Index> subsetRows(Index n, int wanted, Rng& rng) {
    std::vector<Index> rows(static_cast<std::size_t>(n));
    std::iota(rows.begin(), rows.end(), Index(0));
    if (wanted <= 0 || Index(wanted) >= n) return rows;
    // Partial Fisher-Yates: the first `wanted` places get a uniform sample.
    for (std::size_t i = 0; i < std::size_t(wanted); ++i)
        std::swap(rows[i], rows[i + std::size_t(uniformIndex(rng, std::uint64_t(n) - i))]);
    rows.resize(std::size_t(wanted));
    std::sort(rows.begin(), rows.end());
    return rows;
}

namespace {

void copyRows(const ImageSet& set, const std::vector<Index>& rows, Matrix& x, Matrix& y, Index at) {
    const Index size = set.images.rows * set.images.columns;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::uint8_t* pixel = set.images.pixels.data() + std::size_t(rows[i] * size);
        for (Index c = 0; c < size; ++c) x(at + Index(i), c) = double(pixel[c]) / 255.0;
        y(at + Index(i), 0) = double(set.labels[std::size_t(rows[i])]);
    }
}

}  // namespace

IdxFiles fashionMnistFiles(const std::string& folder) {
    if (!std::filesystem::is_directory(folder))
        throw SpecError("data.generator: fashion_mnist reads " + folder +
                        ", which is not there: install Debian's package dataset-fashion-mnist "
                        "(sudo apt-get install dataset-fashion-mnist), or use the generator \"idx\" with your own files");
    const std::string f = folder + "/";
    return {f + "train-images-idx3-ubyte.gz", f + "train-labels-idx1-ubyte.gz", f + "t10k-images-idx3-ubyte.gz",
            f + "t10k-labels-idx1-ubyte.gz"};
}

LoadedData loadIdxData(const DataSpec& spec) {
    const bool fashion = spec.generator == "fashion_mnist";
    IdxFiles files = fashion ? fashionMnistFiles()
                             : IdxFiles{spec.idxTrainImages, spec.idxTrainLabels, spec.idxTestImages, spec.idxTestLabels};
    if (files.trainImages.empty()) throw SpecError("data.idx.train_images: no file given for the idx generator");
    if (files.trainLabels.empty()) throw SpecError("data.idx.train_labels: no file given for the idx generator");
    if (files.testImages.empty() != files.testLabels.empty())
        throw SpecError(files.testImages.empty() ? "data.idx.test_images: test labels are given, but no test images"
                                                 : "data.idx.test_labels: test images are given, but no test labels");
    Rng rng(spec.seed);
    const ImageSet train = readSet(files.trainImages, files.trainLabels);
    ImageSet test;
    if (!files.testImages.empty()) {
        test = readSet(files.testImages, files.testLabels);
        if (test.images.rows != train.images.rows || test.images.columns != train.images.columns)
            throw DataError(files.testImages + ": images of " + std::to_string(test.images.rows) + "x" +
                            std::to_string(test.images.columns) + ", but " + files.trainImages + " has " +
                            std::to_string(train.images.rows) + "x" + std::to_string(train.images.columns));
    }
    if (train.images.count == 0) throw DataError(files.trainImages + ": the file holds no images");
    const std::vector<Index> trainRows = subsetRows(train.images.count, spec.subset, rng);
    const std::vector<Index> testRows = subsetRows(test.images.count, spec.testSubset, rng);

    LoadedData out;
    Dataset& d = out.data;
    d.kind = ProblemKind::Classification;
    d.sampleShape = Shape{1, train.images.rows, train.images.columns};
    const Index size = d.sampleShape.size();
    const Index nTrain = Index(trainRows.size()), nTest = Index(testRows.size());
    d.points.resize(nTrain + nTest, size);
    d.targets.resize(nTrain + nTest, 1);
    copyRows(train, trainRows, d.points, d.targets, 0);
    copyRows(test, testRows, d.points, d.targets, nTrain);
    int maxLabel = 0;
    for (const ImageSet* set : {&train, static_cast<const ImageSet*>(&test)})
        for (std::uint8_t label : set->labels) maxLabel = std::max(maxLabel, int(label));
    d.numClasses = std::max(2, maxLabel + 1);
    if (fashion && d.numClasses == int(kFashionMnistClasses.size())) {
        d.classNames = kFashionMnistClasses;
    } else {
        for (int k = 0; k < d.numClasses; ++k) d.classNames.push_back(std::to_string(k));
    }
    for (Index i = 0; i < size; ++i) d.inputNames.push_back("p" + std::to_string(i));

    if (files.testImages.empty()) {
        out.split = splitDataset(d, spec.trainRatio, rng);
        return out;
    }
    Split& s = out.split;
    s.trainX = d.points.topRows(nTrain);
    s.trainY = d.targets.topRows(nTrain);
    s.testX = d.points.bottomRows(nTest);
    s.testY = d.targets.bottomRows(nTest);
    s.trainIndex.resize(std::size_t(nTrain));
    std::iota(s.trainIndex.begin(), s.trainIndex.end(), Index(0));
    s.testIndex.resize(std::size_t(nTest));
    std::iota(s.testIndex.begin(), s.testIndex.end(), nTrain);
    return out;
}

}  // namespace nnlab
