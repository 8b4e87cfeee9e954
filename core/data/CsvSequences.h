#pragma once
// Sequences from a CSV table (data.csv.sequence_steps, data.csv.sequence_id_column),
// in the one layout rule of the generators: a sample {T, F} is one row of T*F
// values, time-major (step 0's F features, then step 1's, ...).
//
// Wide: one sequence per row. The input columns, in their order, are the T*F
//   values; their number must be a multiple of T = sequence_steps.
// Long: one time step per row, with a sequence id column. The rows with the
//   same id form one sequence, in file order; sequences keep the order of
//   their first row. Every sequence has the same number of rows (T, or
//   sequence_steps when given) and one target: the target column holds the
//   same value on each of its rows. The input columns are the F features.
//
// Every row of the file ends up in exactly one sample: a row that does not
// fit is refused with its line and the reason, never dropped:
//   "s.csv:14: this is row 4 of sequence \"b\", but sequence \"a\" (line 2) has 3 rows"
//   "s.csv:9: the target \"up\" differs from \"down\" (line 7) within sequence \"c\""
#include "data/Csv.h"
#include "data/Dataset.h"

namespace nnlab {

// The data set the csv block describes: a plain table (datasetFromCsv), wide
// or long sequences; kind as datasetFromCsv's (nullopt: "auto"). Throws SpecError naming the field for bad settings
// ("data.csv.sequence_steps: 10 input columns do not split into 4 steps"),
// DataError naming the file and line for data that does not fit.
Dataset datasetFromCsvSpec(const CsvTable& table, const DataSpec& spec, std::optional<ProblemKind> kind);

}  // namespace nnlab
