#pragma once
// Training history, weights and the data set as CSV (docs/export.md), each
// file written whole or not at all (temporary file, then rename). Numbers are
// written in the shortest form that reads back to the same double.
//   history.csv  epoch,step,train_loss,test_loss,train_<metric>,test_<metric>,learning_rate
//   weights.csv  layer,parameter,row,column,value   one line per number, in network
//                order; parameters ("W" (out, in), "b", "gamma", "a", ...) and saved
//                statistics ("running_mean", "running_var")
//   train.csv, test.csv   the raw inputs (x1, x2 or the CSV's columns) and "label"
//                (the class name) or "target" (regression): they load back as CSV data.
#include "experiment/Experiment.h"
#include "model/Network.h"
#include "experiment/History.h"

#include <string>
#include <vector>

namespace nnlab {

class NetworkModel;
class Task;

// "0.1", "1e-05", "-3.141592653589793": std::to_chars' shortest round trip.
std::string csvNumber(double v);
// A text cell, quoted when it holds a comma, a quote or a line break (RFC 4180).
std::string csvCell(const std::string& text);

void exportHistoryCsv(const std::vector<SeriesInfo>& series, const std::vector<HistoryPoint>& history,
                      const std::string& path);
void exportWeightsCsv(Network& net, const std::string& path);
void exportWeightsCsv(const WeightSet& weights, const std::string& path);
// Writes dir/train.csv and dir/test.csv.
void exportDataCsv(NetworkModel& task, const std::string& dir);

// All of the above into dir (created if needed): history.csv if the task has
// history, weights.csv (in network order for a network, else by name), and
// the data for a network. Returns the paths written. Throws Error naming the file.
std::vector<std::string> exportCsv(Task& task, const std::string& dir);

}  // namespace nnlab
