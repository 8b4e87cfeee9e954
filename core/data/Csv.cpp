// CSV reading (rules in Csv.h). Numbers go through std::from_chars, which
// ignores the C locale: QCoreApplication calls setlocale(LC_ALL, "") on Unix,
// after which strtod would read "1.5" as 1 in a German session.
#include "data/Csv.h"

#include "Error.h"
#include "data/Functions.h"

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <string_view>

namespace nnlab {

namespace {

struct RawRow {
    int line;
    std::vector<std::string> cells;
};

bool isBlank(char c) { return c == ' ' || c == '\t'; }

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && isBlank(s[b])) ++b;
    while (e > b && isBlank(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

std::string at(const std::string& source, int line) { return source + ":" + std::to_string(line) + ": "; }

// std::getline with a cap: a line longer than kMaxCsvLineBytes is refused
// while it is read, before a 100 MB line sits in memory (several times over).
bool readLine(std::istream& in, std::string& line, const std::string& source, int lineNo) {
    line.clear();
    std::streambuf* buf = in.rdbuf();
    bool any = false;
    for (;;) {
        const int c = buf->sbumpc();
        if (c == std::char_traits<char>::eof()) return any;
        any = true;
        if (c == '\n') return true;
        if (line.size() >= kMaxCsvLineBytes)
            throw DataError(at(source, lineNo) + "the line is longer than " + std::to_string(kMaxCsvLineBytes) +
                            " characters, the limit for one row (a file without line breaks?)");
        line.push_back(char(c));
    }
}

// ';' wins over tab over ',' (a ';' file may use decimal commas); with none
// of them, blanks separate.
char detectDelimiter(const std::string& line) {
    bool quoted = false;
    bool semicolon = false, tab = false, comma = false;
    for (char c : line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        semicolon |= c == ';';
        tab |= c == '\t';
        comma |= c == ',';
    }
    return semicolon ? ';' : tab ? '\t' : comma ? ',' : ' ';
}

std::vector<std::string> splitLine(const std::string& line, char delim, const std::string& source, int lineNo) {
    const bool blankMode = delim == ' ';
    const auto isDelim = [&](char c) { return blankMode ? isBlank(c) : c == delim; };
    std::vector<std::string> fields;
    std::string cur;
    bool inQuotes = false, wasQuoted = false, afterQuote = false;
    const auto push = [&] {
        if (!blankMode || wasQuoted || !cur.empty()) fields.push_back(wasQuoted ? cur : trim(cur));
        cur.clear();
        wasQuoted = afterQuote = false;
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inQuotes) {
            if (c != '"') {
                cur += c;
            } else if (i + 1 < line.size() && line[i + 1] == '"') {
                cur += '"';
                ++i;
            } else {
                inQuotes = false;
                afterQuote = true;
            }
        } else if (isDelim(c)) {
            push();
        } else if (afterQuote) {
            if (!isBlank(c)) throw DataError(at(source, lineNo) + "text after a closing quote");
        } else if (c == '"' && !wasQuoted && trim(cur).empty()) {
            inQuotes = wasQuoted = true;
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (inQuotes) throw DataError(at(source, lineNo) + "a quote is not closed");
    push();
    return fields;
}

// nullopt: not a number. Out-of-range values come back as infinity.
std::optional<double> parseNumber(const std::string& s, bool decimalComma) {
    if (s.empty()) return std::nullopt;
    const char* b = s.data();
    const char* e = b + s.size();
    if (*b == '+' && e - b > 1 && b[1] != '-' && b[1] != '+') ++b;  // from_chars takes no '+'
    double v = 0.0;
    const auto [p, ec] = std::from_chars(b, e, v);
    if (p == e && ec == std::errc()) return v;
    if (p == e && ec == std::errc::result_out_of_range) return std::numeric_limits<double>::infinity();
    if (decimalComma && std::count(s.begin(), s.end(), ',') == 1 && s.find('.') == std::string::npos) {
        std::string dotted = s;
        std::replace(dotted.begin(), dotted.end(), ',', '.');
        return parseNumber(dotted, false);
    }
    return std::nullopt;
}

std::string quotedText(const std::string& s) { return "\"" + s + "\""; }

}  // namespace

std::string csvColumnName(const CsvTable& t, Index c) {
    return "column " + std::to_string(c + 1) + (t.hasHeader ? " (" + quotedText(t.header[std::size_t(c)]) + ")" : "");
}

std::string formatNumber(double v) {
    if (v == std::floor(v) && std::abs(v) < 1e15) return std::to_string((long long)v);
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest round-trip form
    return std::string(buf, r.ptr);
}

CsvTable readCsv(std::istream& in, const std::string& sourceName) {
    std::vector<RawRow> rows;
    std::string line;
    int lineNo = 0;
    char delim = 0;
    std::size_t values = 0;
    while (readLine(in, line, sourceName, lineNo + 1)) {
        ++lineNo;
        if (lineNo == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        if (!delim) delim = detectDelimiter(line);
        rows.push_back({lineNo, splitLine(line, delim, sourceName, lineNo)});
        values += rows.back().cells.size();
        if (values > kMaxCsvValues)
            throw DataError(at(sourceName, lineNo) + "more than " + std::to_string(kMaxCsvValues) +
                            " values (rows x columns), the limit for a data set; use a part of the file");
    }
    if (rows.empty()) throw DataError(sourceName + ": the file is empty");

    const std::size_t cols = rows[0].cells.size();
    for (const RawRow& r : rows)
        if (r.cells.size() != cols)
            throw DataError(at(sourceName, r.line) + std::to_string(r.cells.size()) + " columns, expected " +
                            std::to_string(cols) + " as in line " + std::to_string(rows[0].line));

    const bool decimalComma = delim != ',';
    const auto isNumber = [&](const std::string& s) { return parseNumber(s, decimalComma).has_value(); };

    CsvTable table;
    table.source = sourceName;
    const std::vector<std::string>& first = rows[0].cells;
    if (rows.size() == 1) {
        table.hasHeader = std::none_of(first.begin(), first.end(), isNumber);
    } else {
        for (std::size_t c = 0; c < cols; ++c)
            table.hasHeader |= !isNumber(first[c]) && isNumber(rows[1].cells[c]);
    }
    const std::size_t start = table.hasHeader ? 1 : 0;
    if (start == rows.size()) throw DataError(sourceName + ": only a header row, no data");
    for (std::size_t c = 0; c < cols; ++c) {
        const bool named = table.hasHeader && !first[c].empty();
        table.header.push_back(named ? first[c] : "x" + std::to_string(c + 1));
    }

    // A column is text when none of its cells is a number.
    std::vector<bool> text(cols, true);
    for (std::size_t r = start; r < rows.size(); ++r)
        for (std::size_t c = 0; c < cols; ++c)
            if (text[c] && isNumber(rows[r].cells[c])) text[c] = false;

    const Index n = Index(rows.size() - start);
    table.values.resize(n, Index(cols));
    table.categories.assign(cols, {});
    table.lines.reserve(std::size_t(n));
    std::vector<std::map<std::string, int>> categoryIndex(cols);
    for (std::size_t r = start; r < rows.size(); ++r) {
        const RawRow& row = rows[r];
        const Index i = Index(r - start);
        table.lines.push_back(row.line);
        for (std::size_t c = 0; c < cols; ++c) {
            const std::string& cell = row.cells[c];
            const std::string where = at(sourceName, row.line) + "column " + std::to_string(c + 1);
            if (cell.empty()) throw DataError(where + " is empty (missing values are not supported)");
            if (text[c]) {
                auto [it, added] = categoryIndex[c].emplace(cell, int(table.categories[c].size()));
                if (added) table.categories[c].push_back(cell);
                table.values(i, Index(c)) = it->second;
                continue;
            }
            const std::optional<double> v = parseNumber(cell, decimalComma);
            if (!v) throw DataError(where + " " + quotedText(cell) + " is not a number");
            if (!std::isfinite(*v)) throw DataError(where + " " + quotedText(cell) + " is not a finite number");
            table.values(i, Index(c)) = *v;
        }
    }
    return table;
}

CsvTable readCsvFile(const std::string& path) {
    // A directory or a device (/dev/zero never ends) is named as such, before reading.
    std::error_code ec;
    const std::filesystem::file_status st = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(st)) throw DataError(path + ": is a directory, not a CSV file");
    if (std::filesystem::exists(st) && !std::filesystem::is_regular_file(st))
        throw DataError(path + ": is a device or other special file, not a CSV file");
    if (std::filesystem::is_regular_file(st)) {
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (!ec && size > kMaxCsvBytes)
            throw DataError(path + ": the file has " + std::to_string(size >> 20) + " MB, more than the limit of " +
                            std::to_string(kMaxCsvBytes >> 20) + " MB for a CSV data set");
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) throw DataError(path + ": cannot open the file (" + std::strerror(errno) + ")");
    return readCsv(file, path);
}

Index csvColumn(int column, const CsvTable& t, const std::string& place) {
    const Index n = t.columns();
    const Index c = column < 0 ? n + column : Index(column);
    if (c < 0 || c >= n)
        throw SpecError(place + ": column " + std::to_string(column) + " is outside 0.." + std::to_string(n - 1) +
                        " (" + t.source + " has " + std::to_string(n) + " columns; -1 is the last)");
    return c;
}

std::string csvCell(const CsvTable& table, Index row, Index column) {
    const double v = table.values(row, column);
    return table.isText(column) ? table.categories[std::size_t(column)][std::size_t(v)] : formatNumber(v);
}

Dataset datasetFromCsv(const CsvTable& table, int targetColumn, const std::vector<int>& inputColumns,
                       std::optional<ProblemKind> kind) {
    const std::string& src = table.source;
    if (table.columns() < 2)
        throw DataError(src + ": needs at least 2 columns (inputs and a target), found " +
                        std::to_string(table.columns()));
    const Index target = csvColumn(targetColumn, table, "data.csv.target_column");

    std::vector<Index> inputs;
    if (inputColumns.empty()) {
        for (Index c = 0; c < table.columns(); ++c)
            if (c != target) inputs.push_back(c);
    } else {
        for (std::size_t k = 0; k < inputColumns.size(); ++k) {
            const std::string place = "data.csv.input_columns[" + std::to_string(k) + "]";
            const Index c = csvColumn(inputColumns[k], table, place);
            if (c == target) throw SpecError(place + ": column " + std::to_string(c) + " is the target column");
            if (std::find(inputs.begin(), inputs.end(), c) != inputs.end())
                throw SpecError(place + ": column " + std::to_string(c) + " is listed twice");
            inputs.push_back(c);
        }
    }

    Dataset d;
    const Index n = table.values.rows();
    d.points.resize(n, Index(inputs.size()));
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        const Index c = inputs[k];
        if (table.isText(c))
            throw DataError(src + ": " + csvColumnName(table, c) + " holds text (" +
                            quotedText(table.categories[std::size_t(c)][0]) + "); inputs must be numbers");
        d.points.col(Index(k)) = table.values.col(c);
        d.inputNames.push_back(table.header[std::size_t(c)]);
    }

    const auto y = table.values.col(target);
    d.targets.resize(n, 1);
    if (table.isText(target)) {
        if (kind == ProblemKind::Regression)
            throw DataError(src + ": the target " + csvColumnName(table, target) +
                            " holds text, so it cannot be a regression target");
        d.kind = ProblemKind::Classification;
        d.classNames = table.categories[std::size_t(target)];
        d.targets = y;
    } else {
        std::set<double> distinct(y.begin(), y.end());
        const bool integers = std::all_of(y.begin(), y.end(), [](double v) { return v == std::floor(v); });
        if (!kind)
            kind = integers && distinct.size() >= 2 && distinct.size() <= std::size_t(kMaxAutoClasses)
                       ? ProblemKind::Classification
                       : ProblemKind::Regression;
        d.kind = *kind;
        if (d.kind == ProblemKind::Regression) {
            d.numClasses = 0;
            d.targets = y;
            return d;
        }
        if (distinct.size() > std::size_t(kMaxClasses))
            throw DataError(src + ": the target " + csvColumnName(table, target) + " has " +
                            std::to_string(distinct.size()) + " different values; a classification takes at most " +
                            std::to_string(kMaxClasses) + " classes");
        std::map<double, int> classOf;
        for (double v : distinct) {
            classOf.emplace(v, int(d.classNames.size()));
            d.classNames.push_back(formatNumber(v));
        }
        for (Index i = 0; i < n; ++i) d.targets(i, 0) = classOf.at(y[i]);
    }
    d.numClasses = int(d.classNames.size());
    if (d.numClasses < 2)
        throw DataError(src + ": the target " + csvColumnName(table, target) + " has only one value (" +
                        quotedText(d.classNames[0]) + "); a classification needs at least 2 classes");
    if (d.numClasses > kMaxClasses)
        throw DataError(src + ": the target " + csvColumnName(table, target) + " has " +
                        std::to_string(d.numClasses) + " different values; a classification takes at most " +
                        std::to_string(kMaxClasses) + " classes");
    return d;
}

}  // namespace nnlab
