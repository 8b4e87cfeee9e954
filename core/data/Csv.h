#pragma once
// CSV import: a table of numbers (plus whole-text columns, e.g. a class name
// such as "setosa"), then a Dataset from chosen columns.
//
// Accepted: an optional header row; ',' ';' tab or blank separated (detected
// from the first row: ';' wins over tab over ','); "double quotes"; CRLF; a
// UTF-8 BOM; blank lines and lines starting with '#' are skipped. With ';',
// tab or blanks, a decimal comma ("1,5") is read as 1.5. Numbers are read
// locale-independently. Missing values are not accepted.
//
// Header: the first row is a header when one of its cells is text and the
// cell below it is a number (or, in a one-row file, when every cell is text).
// Column types: a column in which no cell is a number is a text column; its
// cells become category indices 0, 1, ... in order of first appearance. In any
// other column every cell must be a finite number.
#include "data/Dataset.h"

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace nnlab {

// Limits of their own, so that a wrong file is refused with a reason instead
// of filling the memory: the file size, one line, and the values read.
constexpr std::uintmax_t kMaxCsvBytes = std::uintmax_t(256) << 20;  // 256 MB
constexpr std::size_t kMaxCsvLineBytes = 1000000;                   // one row
constexpr std::size_t kMaxCsvValues = 10000000;                     // rows x columns

struct CsvTable {
    std::string source;                              // the name errors start with
    std::vector<std::string> header;                 // one per column; "x1", "x2", ... without header
    bool hasHeader = false;
    Matrix values;                                   // (rows, columns); text columns: category index
    std::vector<std::vector<std::string>> categories;  // per column; empty for number columns
    std::vector<int> lines;                          // the file line (1-based) of each row
    Index columns() const { return values.cols(); }
    bool isText(Index column) const { return !categories[std::size_t(column)].empty(); }
};

// Throws DataError "data.csv:17: column 3 \"abc\" is not a number",
// "data.csv:1: the line is longer than 1000000 characters, ...",
// "data.csv:9: 2 columns, expected 3 as in line 1", "data.csv: the file is empty".
CsvTable readCsv(std::istream& in, const std::string& sourceName);
// Opens the file; sourceName is the path. Throws DataError if it cannot, for
// a directory or a device ("is a directory"), and for a file over kMaxCsvBytes.
CsvTable readCsvFile(const std::string& path);

// A column number of the file (0-based, negative from the end) as an index;
// SpecError "place: column 7 is outside 0..3 (data.csv has 4 columns; -1 is the last)".
Index csvColumn(int column, const CsvTable& table, const std::string& place);

// "column 3 (\"temp\")": 1-based as a spreadsheet shows it, with the header's name.
std::string csvColumnName(const CsvTable& table, Index column);

// The cell as the file wrote it: the text of a text column, else the number.
std::string csvCell(const CsvTable& table, Index row, Index column);

// Up to this many distinct integer target values, "auto" means classification.
constexpr int kMaxAutoClasses = 10;
constexpr int kMaxClasses = 100;

// Picks the inputs and the target. targetColumn and inputColumns are 0-based,
// negative counts from the end (-1 = last); no inputs = every other column.
// kind: nullopt = auto-detect: a text target, or integer targets with 2 to
// kMaxAutoClasses distinct values, make a classification, anything else a
// regression. Classes are renumbered 0..K-1 (numbers ascending, text in order
// of first appearance); classNames keep the file's labels.
// Throws SpecError for bad column numbers ("data.csv.target_column: ..."), DataError
// for data that cannot serve (text input column, one class, text regression target).
Dataset datasetFromCsv(const CsvTable& table, int targetColumn, const std::vector<int>& inputColumns,
                       std::optional<ProblemKind> kind = std::nullopt);

}  // namespace nnlab
