// generate(): checks the "data" block, then runs the generator, reads the CSV
// file or takes the drawn points.
#include "data/Dataset.h"

#include "Error.h"
#include "data/CsvSequences.h"
#include "data/Functions.h"
#include "data/ImageFolder.h"
#include "data/TextData.h"
#include "spec/NameLookup.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace nnlab {

namespace {

bool sameMatrix(const Matrix& a, const Matrix& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

std::optional<ProblemKind> problemKind(const std::string& problem) {
    if (problem == "auto") return std::nullopt;
    if (problem == "classification") return ProblemKind::Classification;
    if (problem == "regression") return ProblemKind::Regression;
    throw SpecError("data.problem: " + unknownNameMessage("problem", problem, {"auto", "classification", "regression"}));
}

std::vector<std::string> indexNames(int numClasses) {
    std::vector<std::string> names;
    for (int k = 0; k < numClasses; ++k) names.push_back(std::to_string(k));
    return names;
}

Dataset customData(const DataSpec& spec) {
    const Matrix& p = spec.customPoints;
    const Matrix& t = spec.customTargets;
    if (p.rows() == 0) throw SpecError("data.custom.points: no points drawn yet");
    if (p.cols() != 2)
        throw SpecError("data.custom.points: points need 2 coordinates, got " + std::to_string(p.cols()));
    if (t.rows() != p.rows() || t.cols() != 1)
        throw SpecError("data.custom.targets: expected " + std::to_string(p.rows()) + " x 1 (one per point), got " +
                        std::to_string(t.rows()) + " x " + std::to_string(t.cols()));
    if (!p.allFinite()) throw SpecError("data.custom.points: a coordinate is not a finite number");
    if (!t.allFinite()) throw SpecError("data.custom.targets: a target is not a finite number");

    // Drawn classes keep their numbers (the colour the user drew with).
    bool smallIntegers = true;
    for (Index i = 0; i < t.rows(); ++i)
        smallIntegers &= t(i, 0) == std::floor(t(i, 0)) && t(i, 0) >= 0 && t(i, 0) < kMaxDrawnClasses;
    std::optional<ProblemKind> kind = problemKind(spec.problem);
    if (!kind) kind = smallIntegers ? ProblemKind::Classification : ProblemKind::Regression;

    Dataset d;
    d.points = p;
    d.targets = t;
    d.kind = *kind;
    d.inputNames = {"x1", "x2"};
    if (d.kind == ProblemKind::Regression) {
        d.numClasses = 0;
        return d;
    }
    for (Index i = 0; i < t.rows(); ++i)
        if (!(t(i, 0) == std::floor(t(i, 0)) && t(i, 0) >= 0 && t(i, 0) < kMaxDrawnClasses))
            throw SpecError("data.custom.targets[" + std::to_string(i) + "]: class " + formatNumber(t(i, 0)) +
                            " is not a whole number in 0.." + std::to_string(kMaxDrawnClasses - 1));
    d.numClasses = std::max(2, int(t.maxCoeff()) + 1);
    d.classNames = indexNames(d.numClasses);
    return d;
}

}  // namespace

bool DataSpec::operator==(const DataSpec& o) const {
    return generator == o.generator && classes == o.classes && points == o.points && noise == o.noise &&
           trainRatio == o.trainRatio && validationRatio == o.validationRatio && seed == o.seed && steps == o.steps && delay == o.delay &&
           problem == o.problem && csvPath == o.csvPath && targetColumn == o.targetColumn &&
           inputColumns == o.inputColumns && sequenceSteps == o.sequenceSteps &&
           sequenceIdColumn == o.sequenceIdColumn &&
           sameMatrix(customPoints, o.customPoints) && sameMatrix(customTargets, o.customTargets) &&
           idxTrainImages == o.idxTrainImages && idxTrainLabels == o.idxTrainLabels &&
           idxTestImages == o.idxTestImages && idxTestLabels == o.idxTestLabels && subset == o.subset &&
           testSubset == o.testSubset && normalize == o.normalize && augment == o.augment && textFile == o.textFile &&
           textWindow == o.textWindow && imageFolder == o.imageFolder && imageWidth == o.imageWidth &&
           imageHeight == o.imageHeight && imageChannels == o.imageChannels;
}

Dataset generate(const DataSpec& spec, Rng& rng) {
    const GeneratorInfo& info = findGenerator(spec.generator);
    if (info.source == DataSource::Csv) {
        if (spec.csvPath.empty()) throw SpecError("data.csv.path: no file given for the csv generator");
        return datasetFromCsvSpec(readCsvFile(spec.csvPath), spec, problemKind(spec.problem));
    }
    if (info.source == DataSource::Custom) return customData(spec);
    if (info.source == DataSource::Idx) return loadIdxData(spec).data;
    if (info.source == DataSource::ImageFolder) return loadImageFolderData(spec).data;
    if (info.source == DataSource::Text)
        return textDataset(textOf(spec), spec.textWindow, spec.points,
                           spec.textFile.empty() ? std::string("data.text_file (the built-in text)") : spec.textFile);

    const bool classification = info.kind == ProblemKind::Classification;
    const int classes = info.supportsClasses ? spec.classes : classification ? info.minClasses : 0;
    if (info.supportsClasses && (classes < info.minClasses || classes > info.maxClasses))
        throw SpecError("data.classes: " + std::string(info.name) + " takes " + std::to_string(info.minClasses) +
                        " to " + std::to_string(info.maxClasses) + " classes, got " + std::to_string(classes));
    const int minPoints = std::max(1, classes);
    const int points = info.fixedPoints > 0 ? info.fixedPoints : spec.points;
    if (info.fixedPoints == 0 && (spec.points < minPoints || spec.points > kMaxPoints))
        throw SpecError("data.points: expected " + std::to_string(minPoints) + " to " + std::to_string(kMaxPoints) +
                        ", got " + std::to_string(spec.points));
    if (!(spec.noise >= 0.0 && spec.noise <= kMaxNoise))
        throw SpecError("data.noise: expected 0 to " + formatNumber(kMaxNoise) + " (0.5 is 50 %), got " +
                        formatNumber(spec.noise));

    const Shape shape = sampleShapeFor(info, spec);
    const long long values = (long long)points * (long long)shape.size();
    if (values > kMaxDataValues)
        throw SpecError("data.points: " + std::to_string(points) + " points of " +
                        std::to_string(shape.size()) + " numbers each are " + std::to_string(values) +
                        " numbers, more than the limit of " + std::to_string(kMaxDataValues) + " for a data set");
    Dataset d;
    d.kind = info.kind;
    d.numClasses = classes;
    d.classNames = indexNames(classes);
    d.sampleShape = shape;
    if (info.isPlane()) {
        d.inputNames = {"x1", "x2"};
    } else {
        for (Index i = 0; i < shape.size(); ++i) d.inputNames.push_back("p" + std::to_string(i));
    }
    d.points.resize(points, shape.size());
    d.targets.resize(points, 1);
    info.generate(d, spec.noise, rng);
    return d;
}

LoadedData loadData(const DataSpec& spec) {
    if (findGenerator(spec.generator).source == DataSource::Idx) return loadIdxData(spec);
    if (findGenerator(spec.generator).source == DataSource::ImageFolder) return loadImageFolderData(spec);
    Rng rng(spec.seed);
    LoadedData out;
    out.data = generate(spec, rng);
    out.split = splitDataset(out.data, spec.trainRatio, rng);
    return out;
}

}  // namespace nnlab
