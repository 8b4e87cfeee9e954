#pragma once
// Predictions for rows of raw inputs, for `nnlab-cli predict` and the window's
// "Predict from CSV": the experiment's feature map, then the network in
// inference mode (batch norm's running statistics, no dropout).
//
// Input: a CSV table (any format core/data/Csv.h reads, header optional) with
// one column per raw input: x1, x2 for the plane; the data set's input columns
// for CSV data. Output: a CSV with those inputs, one column per output
// ("output", or "output_<class>" when there is one per class) and, for
// classification, the predicted class ("class": argmax, or for one output
// above 0.5, above 0 for hinge).
//
// Image experiments take image files (PNG, JPEG) instead: each is read as the
// image folder reads its images (data/ImageConversion.h: the network's
// channels, height and width, values 0..1), then goes through the same
// normalisation as the training images. The CSV has the file, one column per
// output (the class probabilities after a softmax) and the predicted class.
#include "Types.h"

#include <string>
#include <vector>

namespace nnlab {

class NetworkModel;
struct CsvTable;

// The table's rows as points for this task. Throws DataError naming the
// source: "in.csv: 3 columns, the experiment's inputs are 2 (x1, x2)",
// "in.csv: column 2 (\"species\") is text, inputs must be numbers"; readCsv's
// own errors name the line ("in.csv:17: column 3 \"abc\" is not a number").
Matrix predictionInputs(NetworkModel& task, const CsvTable& table);

// The output CSV's text for these points.
std::string predictionsCsv(NetworkModel& task, const Matrix& points);

// One row of raw inputs per image file. Throws DataError naming the file that
// cannot be read, or saying the experiment does not take images.
Matrix imagePredictionInputs(NetworkModel& task, const std::vector<std::string>& files);
// The output CSV's text: file, outputs, class.
std::string imagePredictionsCsv(NetworkModel& task, const std::vector<std::string>& files, const Matrix& points);

}  // namespace nnlab
