#include "export/Predict.h"

#include "Error.h"
#include "data/Csv.h"
#include "data/ImageConversion.h"
#include "export/CsvExport.h"
#include "export/ExportNames.h"
#include "training/Capabilities.h"

#include <functional>
#include <sstream>

namespace nnlab {

Matrix predictionInputs(NetworkModel& task, const CsvTable& table) {
    const ExportNames names = exportNames(task);
    const Index expected = Index(names.points.size());
    if (table.columns() != expected) {
        std::string list;
        for (const std::string& n : names.points) list += (list.empty() ? "" : ", ") + n;
        throw DataError(table.source + ": " + std::to_string(table.columns()) + " column" +
                        (table.columns() == 1 ? "" : "s") + ", the experiment's inputs are " +
                        std::to_string(expected) + " (" + list + ")");
    }
    for (Index c = 0; c < table.columns(); ++c)
        if (table.isText(c))
            throw DataError(table.source + ": column " + std::to_string(c + 1) + " (\"" +
                            table.header[std::size_t(c)] + "\") is text, inputs must be numbers");
    return table.values;
}

namespace {

// The columns after the leading ones (the inputs, or the file): one per
// output and, for classification, the predicted class. lead(row) writes a
// row's leading cells, each followed by a comma.
std::string predictionTable(NetworkModel& task, const Matrix& points, const std::vector<std::string>& leadHeader,
                            const std::function<void(std::ostream&, Index)>& lead) {
    const ExportNames names = exportNames(task);
    const Matrix out = task.predictPoints(points);
    const Dataset& data = task.dataset();
    const bool classification = data.kind == ProblemKind::Classification;
    std::ostringstream s;
    for (const std::string& n : leadHeader) s << csvCell(n) << ',';
    for (std::size_t k = 0; k < names.outputs.size(); ++k)
        s << (k ? "," : "") << csvCell(names.outputs.size() == 1 ? names.outputs[k] : "output_" + names.outputs[k]);
    if (classification) s << ",class";
    s << '\n';
    const double threshold = task.experiment().loss.name == "hinge" ? 0.0 : 0.5;
    for (Index i = 0; i < points.rows(); ++i) {
        lead(s, i);
        for (Index k = 0; k < out.cols(); ++k) s << (k ? "," : "") << csvNumber(out(i, k));
        if (classification) {
            Index predicted = 0;
            if (out.cols() == 1) predicted = out(i, 0) > threshold ? 1 : 0;
            else out.row(i).maxCoeff(&predicted);
            s << ',' << csvCell(std::size_t(predicted) < data.classNames.size() ? data.classNames[std::size_t(predicted)]
                                                                                  : std::to_string(predicted));
        }
        s << '\n';
    }
    return s.str();
}

}  // namespace

std::string predictionsCsv(NetworkModel& task, const Matrix& points) {
    return predictionTable(task, points, exportNames(task).points, [&points](std::ostream& s, Index i) {
        for (Index j = 0; j < points.cols(); ++j) s << csvNumber(points(i, j)) << ',';
    });
}

Matrix imagePredictionInputs(NetworkModel& task, const std::vector<std::string>& files) {
    const Shape shape = task.dataset().sampleShape;
    if (shape.dims.size() != 3 || (shape.dims[0] != 1 && shape.dims[0] != 3))
        throw DataError("the experiment's inputs are not grey or colour images (one sample is " +
                        (shape.dims.empty() ? std::string("a row of numbers") : shape.toString()) +
                        "): give a CSV file of inputs instead");
    Matrix points(Index(files.size()), shape.size());
    for (std::size_t i = 0; i < files.size(); ++i) points.row(Index(i)) = readImageSample(files[i], shape);
    return points;
}

std::string imagePredictionsCsv(NetworkModel& task, const std::vector<std::string>& files, const Matrix& points) {
    return predictionTable(task, points, {"file"},
                           [&files](std::ostream& s, Index i) { s << csvCell(files[std::size_t(i)]) << ','; });
}

}  // namespace nnlab
