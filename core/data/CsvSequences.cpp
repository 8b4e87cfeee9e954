// Wide and long sequence files (rules in CsvSequences.h). The long format is
// turned into a wide table, one row per sequence, so that datasetFromCsv
// decides classes and names exactly as for any other file.
#include "data/CsvSequences.h"

#include "Error.h"
#include "data/Functions.h"

#include <algorithm>
#include <map>
#include <optional>

namespace nnlab {

namespace {

std::string at(const CsvTable& t, Index row) { return t.source + ":" + std::to_string(t.lines[std::size_t(row)]) + ": "; }

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

Dataset wide(const CsvTable& table, const DataSpec& spec, std::optional<ProblemKind> kind) {
    Dataset d = datasetFromCsv(table, spec.targetColumn, spec.inputColumns, kind);
    const Index steps = spec.sequenceSteps, columns = d.points.cols();
    if (columns % steps != 0)
        throw SpecError("data.csv.sequence_steps: " + std::to_string(columns) + " input columns do not split into " +
                        std::to_string(steps) + " steps of equal width (one sequence per row, its steps' features "
                        "side by side)");
    d.sampleShape = Shape{steps, columns / steps};
    return d;
}

// The columns of the long format: the sequence id, the target, the F inputs.
struct LongColumns {
    Index id, target;
    std::vector<Index> inputs;
};

LongColumns longColumns(const CsvTable& table, const DataSpec& spec) {
    LongColumns c;
    c.id = csvColumn(*spec.sequenceIdColumn, table, "data.csv.sequence_id_column");
    c.target = csvColumn(spec.targetColumn, table, "data.csv.target_column");
    if (c.id == c.target)
        throw SpecError("data.csv.sequence_id_column: column " + std::to_string(c.id) + " is the target column");
    if (spec.inputColumns.empty()) {
        for (Index k = 0; k < table.columns(); ++k)
            if (k != c.id && k != c.target) c.inputs.push_back(k);
    } else {
        for (std::size_t k = 0; k < spec.inputColumns.size(); ++k) {
            const std::string place = "data.csv.input_columns[" + std::to_string(k) + "]";
            const Index col = csvColumn(spec.inputColumns[k], table, place);
            if (col == c.id) throw SpecError(place + ": column " + std::to_string(col) + " is the sequence id column");
            if (col == c.target) throw SpecError(place + ": column " + std::to_string(col) + " is the target column");
            if (std::find(c.inputs.begin(), c.inputs.end(), col) != c.inputs.end())
                throw SpecError(place + ": column " + std::to_string(col) + " is listed twice");
            c.inputs.push_back(col);
        }
    }
    if (c.inputs.empty()) throw DataError(table.source + ": no input columns besides the sequence id and the target");
    for (Index col : c.inputs)
        if (table.isText(col))
            throw DataError(table.source + ": " + csvColumnName(table, col) + " holds text (" +
                            quoted(table.categories[std::size_t(col)][0]) + "); inputs must be numbers");
    return c;
}

// The file's rows of each sequence, sequences in order of their first row.
std::vector<std::vector<Index>> groupRows(const CsvTable& table, Index idColumn) {
    std::vector<std::vector<Index>> groups;
    std::map<double, std::size_t> groupOf;
    for (Index r = 0; r < table.values.rows(); ++r) {
        const auto [it, added] = groupOf.emplace(table.values(r, idColumn), groups.size());
        if (added) groups.emplace_back();
        groups[it->second].push_back(r);
    }
    return groups;
}

// Every sequence as long as the first (or as sequence_steps), one target each.
void checkSequences(const CsvTable& table, const LongColumns& c, const std::vector<std::vector<Index>>& groups,
                    Index steps, bool stepsGiven) {
    const auto name = [&](Index row) { return "sequence " + quoted(csvCell(table, row, c.id)); };
    const std::string expected =
        stepsGiven ? "data.csv.sequence_steps is " + std::to_string(steps)
                   : name(groups[0][0]) + " (line " + std::to_string(table.lines[std::size_t(groups[0][0])]) + ") has " +
                         std::to_string(steps) + (steps == 1 ? " row" : " rows");
    for (const std::vector<Index>& rows : groups) {
        const Index n = Index(rows.size());
        if (n > steps)
            throw DataError(at(table, rows[std::size_t(steps)]) + "this is row " + std::to_string(steps + 1) + " of " +
                            name(rows[0]) + ", but " + expected);
        if (n < steps)
            throw DataError(at(table, rows.back()) + name(rows[0]) + " ends after " + std::to_string(n) +
                            (n == 1 ? " row" : " rows") + ", but " + expected);
        for (Index r : rows)
            if (table.values(r, c.target) != table.values(rows[0], c.target))
                throw DataError(at(table, r) + "the target " + quoted(csvCell(table, r, c.target)) + " differs from " +
                                quoted(csvCell(table, rows[0], c.target)) + " (line " +
                                std::to_string(table.lines[std::size_t(rows[0])]) + ") within " + name(r) +
                                "; a sequence has one target");
    }
}

Dataset longFormat(const CsvTable& table, const DataSpec& spec, std::optional<ProblemKind> kind) {
    const LongColumns c = longColumns(table, spec);
    const std::vector<std::vector<Index>> groups = groupRows(table, c.id);
    const bool stepsGiven = spec.sequenceSteps > 0;
    const Index steps = stepsGiven ? Index(spec.sequenceSteps) : Index(groups[0].size());
    checkSequences(table, c, groups, steps, stepsGiven);

    // One row per sequence: the inputs time-major, then the target.
    const Index features = Index(c.inputs.size());
    CsvTable w;
    w.source = table.source;
    w.hasHeader = true;  // names like "temp[3]" tell the step in messages and views
    w.values.resize(Index(groups.size()), steps * features + 1);
    for (Index t = 0; t < steps; ++t)
        for (Index f : c.inputs) w.header.push_back(table.header[std::size_t(f)] + "[" + std::to_string(t) + "]");
    w.header.push_back(table.header[std::size_t(c.target)]);
    w.categories.assign(std::size_t(w.values.cols()), {});
    w.categories.back() = table.categories[std::size_t(c.target)];
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (Index t = 0; t < steps; ++t)
            for (Index k = 0; k < features; ++k)
                w.values(Index(g), t * features + k) = table.values(groups[g][std::size_t(t)], c.inputs[std::size_t(k)]);
        w.values(Index(g), w.values.cols() - 1) = table.values(groups[g][0], c.target);
        w.lines.push_back(table.lines[std::size_t(groups[g][0])]);
    }
    Dataset d = datasetFromCsv(w, -1, {}, kind);
    d.sampleShape = Shape{steps, features};
    return d;
}

}  // namespace

Dataset datasetFromCsvSpec(const CsvTable& table, const DataSpec& spec, std::optional<ProblemKind> kind) {
    if (spec.sequenceIdColumn) return longFormat(table, spec, kind);
    if (spec.sequenceSteps > 0) return wide(table, spec, kind);
    return datasetFromCsv(table, spec.targetColumn, spec.inputColumns, kind);
}

}  // namespace nnlab
