#include "export/CsvExport.h"

#include "Error.h"
#include "export/AtomicFile.h"
#include "export/ExportNames.h"
#include "training/HistoryCsv.h"
#include "training/Capabilities.h"
#include "training/Task.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace nnlab {
namespace {

void writeRows(std::ostringstream& out, const ExportNames& names, const Dataset& data, const Matrix& points,
               const Matrix& labels) {
    const bool classification = data.kind == ProblemKind::Classification;
    for (const std::string& n : names.points) out << csvCell(n) << ',';
    // A target at every time step (sines_steps): target_0 .. target_{T-1}, then as one target.
    const Index perStep = labels.cols() > 1 ? labels.cols() : 0;
    for (Index t = 0; t < perStep; ++t) out << "target_" << t << (t + 1 < perStep ? ',' : '\n');
    if (perStep == 0) out << (classification ? "label" : "target") << '\n';
    for (Index i = 0; i < points.rows(); ++i) {
        for (Index j = 0; j < points.cols(); ++j) out << csvNumber(points(i, j)) << ',';
        if (perStep > 0) {
            for (Index t = 0; t < perStep; ++t) out << csvNumber(labels(i, t)) << (t + 1 < perStep ? ',' : '\n');
            continue;
        }
        const double y = labels(i, 0);
        const long k = std::lround(y);
        if (classification && k >= 0 && std::size_t(k) < data.classNames.size())
            out << csvCell(data.classNames[std::size_t(k)]) << '\n';
        else
            out << csvNumber(y) << '\n';
    }
}

}  // namespace

std::string csvCell(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string q = "\"";
    for (char c : text) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string csvNumber(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

void exportHistoryCsv(const std::vector<SeriesInfo>& series, const std::vector<HistoryPoint>& history,
                      const std::string& path) {
    std::ostringstream out;
    writeHistoryCsv(out, series, history);
    writeFileAtomically(path, out.str());
}

void exportWeightsCsv(Network& net, const std::string& path) {
    std::ostringstream out;
    out << "layer,parameter,row,column,value\n";
    for (std::size_t i = 0; i < net.size(); ++i) {
        Layer& layer = net.layer(i);
        std::vector<Param> all = layer.params();
        for (const Param& b : layer.buffers()) all.push_back(b);
        for (const Param& p : all)
            for (Index r = 0; r < p.value->rows(); ++r)
                for (Index c = 0; c < p.value->cols(); ++c)
                    out << csvCell(layer.name()) << ',' << p.name << ',' << r << ',' << c << ','
                        << csvNumber((*p.value)(r, c)) << '\n';
    }
    writeFileAtomically(path, out.str());
}

void exportWeightsCsv(const WeightSet& weights, const std::string& path) {
    std::ostringstream out;
    out << "layer,parameter,row,column,value\n";
    for (const auto& [layer, params] : weights)
        for (const auto& [name, m] : params)
            for (Index r = 0; r < m.rows(); ++r)
                for (Index c = 0; c < m.cols(); ++c)
                    out << csvCell(layer) << ',' << name << ',' << r << ',' << c << ',' << csvNumber(m(r, c)) << '\n';
    writeFileAtomically(path, out.str());
}

void exportDataCsv(NetworkModel& task, const std::string& dir) {
    const ExportNames names = exportNames(task);
    std::ostringstream train, test;
    writeRows(train, names, task.dataset(), task.data().trainPoints, task.data().trainLabels);
    writeRows(test, names, task.dataset(), task.data().testPoints, task.data().testLabels);
    writeFileAtomically(dir + "/train.csv", train.str());
    writeFileAtomically(dir + "/test.csv", test.str());
}

std::vector<std::string> exportCsv(Task& task, const std::string& dir) {
    makeExportDirectory(dir);
    std::vector<std::string> written;
    if (!task.history().empty()) {
        exportHistoryCsv(task.series(), task.history(), dir + "/history.csv");
        written.push_back(dir + "/history.csv");
    }
    NetworkModel* model = task.networkModel();
    if (model) exportWeightsCsv(model->network(), dir + "/weights.csv");
    else exportWeightsCsv(task.weights(), dir + "/weights.csv");
    written.push_back(dir + "/weights.csv");
    if (model) {
        exportDataCsv(*model, dir);
        written.push_back(dir + "/train.csv");
        written.push_back(dir + "/test.csv");
    }
    return written;
}

}  // namespace nnlab
