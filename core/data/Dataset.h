#pragma once
// Data sets in the input plane (before the feature map), the experiment file's
// "data" block, and the train/test split.
//
// Generated sets follow TensorFlow Playground (src/dataset.ts): points lie in
// about [-6, 6]^2, noise 0..0.5 is the Playground slider divided by 100, and
// two-class labels are 0/1 where Playground's +1 (blue) is class 1, so that
// encodeTargets(..., PlusMinusOne) gives back Playground's labels.
#include "Types.h"
#include "data/Augmentation.h"
#include "random/Rng.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nnlab {

enum class ProblemKind { Classification, Regression };

struct Dataset {
    // One sample per row: (n, 2) x1, x2 for the plane; (n, d) for a table;
    // an image or a sequence flattened as sampleShape says (docs/data-layout.md).
    Matrix points;
    Shape sampleShape;                    // per sample: {2}, {d}, {C, H, W}, {T, F}; empty = {points.cols()}
    Matrix targets;                       // (n, 1): class index 0..K-1, or the value; a regression
                                          // with a target at every step (sines_steps): (n, T), step t's value
    int numClasses = 2;                   // 0 for regression
    ProblemKind kind = ProblemKind::Classification;
    std::vector<std::string> inputNames;  // "x1", "x2", or the CSV header
    std::vector<std::string> classNames;  // K names: "0", "1"; CSV: the original labels
    Index size() const { return points.rows(); }
};

// The experiment file's "data": {...}. Checked by generate(), which names the
// field: "data.classes: blobs takes 2 to 6 classes, got 9".
constexpr int kDefaultRecallDelay = 10;
constexpr int kMaxSteps = 1000;  // data.steps, data.delay and csv.sequence_steps

// At most this share of the training part goes to validation: some must train.
constexpr double kMaxValidationRatio = 0.9;

struct DataSpec {
    std::string generator = "spiral";  // a generatorTable() name, "csv" or "custom"
    int classes = 2;                   // blobs, multi_spiral: 2..6; ignored by fixed sets
    int points = 500;                  // 1..kMaxPoints (Playground: 500, regression 1200)
    double noise = 0.0;                // 0..0.8 (slider 0..50 %, URL up to 80 %)
    double trainRatio = 0.5;           // (0, 1]: share of points in the training set
    // [0, 0.9]: share of the training part held out as a validation set (early
    // stopping watches it; the test set is then only reported).
    double validationRatio = 0.0;
    std::uint64_t seed = 1;            // data seed (generation and split), see loadData()
    // Sequence sets (adding, sines): time steps per sequence; 0 = the set's own
    // length (its table sampleShape). Other sets ignore it, as they do classes.
    int steps = 0;
    // recall: blank steps between the symbols and the recall cue (0..kMaxSteps).
    int delay = kDefaultRecallDelay;
    // csv and custom: "auto" (small integer or text targets -> classification),
    // "classification" or "regression".
    std::string problem = "auto";
    // csv
    std::string csvPath;
    int targetColumn = -1;             // 0-based; negative counts from the end (-1 = last)
    std::vector<int> inputColumns;     // empty: every column but the target
    // csv sequences (data/CsvSequences.h). Wide: one sequence per row, its
    // inputs T*F values time-major (step 0's F features, then step 1's, ...);
    // sequenceSteps = T. Long: one time step per row, the rows with the same
    // value in sequenceIdColumn form one sequence (in file order). Neither: a
    // plain table, one sample {F} per row.
    int sequenceSteps = 0;                // 0: not a wide sequence file (or, in long format, any length)
    std::optional<int> sequenceIdColumn;  // set: long format; negative counts from the end
    // custom: user-drawn points saved in the experiment, (n, 2) and (n, 1)
    Matrix customPoints;
    Matrix customTargets;
    // idx: image and label files (IDX, gzip-compressed or not). Without test
    // files the training files are split by trainRatio; with them, the test
    // files are the test set and trainRatio is not used. fashion_mnist reads
    // Debian's dataset-fashion-mnist files instead (kFashionMnistFolder).
    std::string idxTrainImages, idxTrainLabels, idxTestImages, idxTestLabels;
    // idx and fashion_mnist: how many training and test images to use, drawn
    // at random with the data seed (0 = all of them), for quick classroom runs.
    int subset = 0;
    int testSubset = 0;
    // "none", or "per_channel": every input channel (an image's colour
    // channel, a table's column, a coordinate of the plane) shifted and scaled
    // to mean 0 and standard deviation 1 on the training set; the test set and
    // predictions get the same shift and scale.
    std::string normalize = "none";
    // text: a UTF-8 file (empty: the built-in text) and the characters per
    // window (data/TextData.h); "points" caps the number of windows.
    std::string textFile;
    int textWindow = 32;
    // Images: shift, flip, rotation and noise drawn anew each time a training image is
    // used (data/Augmentation.h); the data set itself is not changed.
    AugmentSpec augment;
    // image_folder (data/ImageFolder.h): a folder with one subfolder of PNG or
    // JPEG images per class; every image becomes imageChannels (1 grey, 3 RGB)
    // x imageHeight x imageWidth. data.subset caps the number of images.
    std::string imageFolder;
    int imageWidth = 28, imageHeight = 28, imageChannels = 1;

    bool operator==(const DataSpec& o) const;
    bool operator!=(const DataSpec& o) const { return !(*this == o); }
};

constexpr int kMaxPoints = 1000000;
// Points x numbers per point of a generated data set (80 MB as doubles; the
// split, feature map and encoded targets make a few copies). Csv.h has its own.
constexpr long long kMaxDataValues = 10000000;
constexpr double kMaxNoise = 0.8;
constexpr int kMaxDrawnClasses = 10;  // custom: class numbers 0..9

enum class DataSource { Formula, Csv, Custom, Idx, Text, ImageFolder };

enum class SequenceLength {
    Fixed,  // no variable length: data.steps and data.delay are ignored
    Steps,  // {T, F}: T = data.steps (the table's T when 0), 2..kMaxSteps
    Delay,  // recall: T = kRecallShown + data.delay + 1, F = classes + kRecallShown
};

// Where Debian's dataset-fashion-mnist package puts its files.
constexpr const char* kFashionMnistFolder = "/usr/share/datasets/fashion-mnist";

// Fills d.points (n, sampleShape size) and d.targets (n, 1), already sized; d.numClasses is set.
using GeneratorFn = void (*)(Dataset& d, double noise, Rng& rng);

struct GeneratorInfo {
    const char* name;        // "multi_spiral": the experiment file's name
    const char* label;       // "Spiral (K arms)", for menus (QT_TRANSLATE_NOOP context "Dataset")
    DataSource source;
    ProblemKind kind;        // meaningful for Formula only
    bool supportsClasses;    // the "classes" field is used
    int minClasses, maxClasses;
    GeneratorFn generate;    // nullptr for csv, custom, idx and text
    // One sample's shape: {2} for points of the plane (the playground's sets),
    // {C, H, W} for an image set; generate() sizes points to its size. Empty
    // when only the file can say (idx).
    Shape sampleShape{2};
    // > 0: a fixed set of this many points (ConvNetJS's "simple"); the
    // "points" field is ignored.
    int fixedPoints = 0;
    // false: "noise" does not change the set (fixed points, random labels).
    bool usesNoise = true;
    // > 0: the number of points the data panel picks with the set (random
    // labels: few enough to be memorised by a small network).
    int suggestedPoints = 0;
    // How data.steps and data.delay shape a sequence set (sampleShapeFor).
    SequenceLength length = SequenceLength::Fixed;
    bool isPlane() const { return sampleShape.dims.size() == 1 && sampleShape.size() == 2; }
};

// One sample's shape for these settings: the table's sampleShape, with the
// length data.steps or data.delay give a sequence set. Throws SpecError naming
// the field: "data.steps: adding takes 2 to 1000 steps (0: its own 30), got 1".
Shape sampleShapeFor(const GeneratorInfo& info, const DataSpec& spec);

// In GUI order: classification sets, regression sets, then csv and custom.
const std::vector<GeneratorInfo>& generatorTable();
// Throws SpecError: data.generator: unknown generator "spirl" (known: ...; did you mean "spiral"?)
const GeneratorInfo& findGenerator(const std::string& name);

// Builds the data set the spec describes, drawing from rng (csv and custom draw
// nothing). Throws SpecError for a bad field, DataError for a bad file.
Dataset generate(const DataSpec& spec, Rng& rng);

// Shuffled split (Fisher-Yates with rng, as Playground shuffles once after
// generating): the first floor(n * trainRatio) shuffled points train (at least
// one), the rest test. X are raw points (apply the features afterwards), Y raw
// targets (encode afterwards). The index vectors give each row's place in the
// data set, e.g. to draw train and test points differently.
struct Split {
    Matrix trainX, trainY, testX, testY;
    std::vector<Index> trainIndex, testIndex;
};
Split splitDataset(const Dataset& data, double trainRatio, Rng& rng);

// One call for the task and the CLI: Rng(spec.seed), generate, then split
// with the same generator, so the data seed alone fixes both. IDX data with
// test files comes split as the files are (loadIdxData).
struct LoadedData {
    Dataset data;
    Split split;
};
LoadedData loadData(const DataSpec& spec);

// image_folder: loadImageFolderData (data/ImageFolder.h).
// idx and fashion_mnist: reads the files, scales bytes 0..255 to 0..1, takes
// the subsets; DataError naming the file for a bad or missing one.
LoadedData loadIdxData(const DataSpec& spec);
// The four file paths of fashion_mnist in a folder; a SpecError naming the
// package dataset-fashion-mnist if the folder is not there.
struct IdxFiles {
    std::string trainImages, trainLabels, testImages, testLabels;
};
IdxFiles fashionMnistFiles(const std::string& folder = kFashionMnistFolder);

// The matrix a loss needs from (n, 1) targets. Regression values may have a
// column per time step, (n, T) (Value only: per-step classes are not supported).
enum class TargetEncoding {
    Value,         // unchanged (regression values, or class indices as numbers)
    ClassIndex,    // (n, 1) class index, checked to be an integer in 0..K-1 (sparse_cce)
    OneHot,        // (n, K) (cce, softmax output)
    Binary01,      // (n, 1) 0/1, two classes only (bce)
    PlusMinusOne,  // (n, 1) -1/+1, two classes only (hinge, Playground's tanh + mse)
};
// Throws DataError ("targets[5]: class 7 is outside 0..2") or SpecError for an
// encoding that needs two classes.
Matrix encodeTargets(const Matrix& targets, int numClasses, TargetEncoding encoding);

}  // namespace nnlab
