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
#include "Types.h"

#include <string>

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

}  // namespace nnlab
