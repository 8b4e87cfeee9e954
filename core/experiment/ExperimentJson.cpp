#include "experiment/ExperimentJson.h"

#include "io/AtomicWrite.h"

#include "Error.h"
#include "activations/Activation.h"
#include "data/Features.h"
#include "data/ImageFolder.h"
#include "experiment/ClassroomControls.h"
#include "data/TextData.h"
#include "experiment/ExperimentText.h"
#include "experiment/JsonExcerpt.h"
#include "initializers/Initializer.h"
#include "layers/LayerTable.h"
#include "losses/Loss.h"
#include "spec/NameLookup.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"

#include <algorithm>
#include <cmath>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

namespace nnlab {
namespace {

using nlohmann::json;

constexpr const char* kFormat = "nnlab-experiment";
constexpr int kVersion = 1;
// Saved weights of the largest network the editor allows fit well below this.
constexpr std::uintmax_t kMaxExperimentFileBytes = std::uintmax_t(512) << 20;

// A JSON object being read, with its path for messages and a check that no
// unknown (misspelt) key is left over.
class Fields {
public:
    Fields(const json& j, std::string path) : m_j(j), m_path(std::move(path)) {
        if (!j.is_object()) fail("expected an object");
    }
    std::string at(const std::string& key) const { return m_path.empty() ? key : m_path + "." + key; }
    [[noreturn]] void fail(const std::string& why) const {
        throw SpecError((m_path.empty() ? std::string("experiment") : m_path) + ": " + why);
    }
    const json* find(const std::string& key) {
        m_seen.insert(key);
        auto it = m_j.find(key);
        return it == m_j.end() ? nullptr : &*it;
    }
    double number(const std::string& key, double fallback, double lo = -1e300, double hi = 1e300) {
        const json* v = find(key);
        if (!v) return fallback;
        if (!v->is_number()) throw SpecError(at(key) + ": expected a number, got " + jsonExcerpt(*v));
        const double x = v->get<double>();
        if (!(x >= lo && x <= hi))
            throw SpecError(at(key) + ": " + jsonExcerpt(*v) + " is outside " + shortNumber(lo) + " .. " + shortNumber(hi));
        return x;
    }
    long long integer(const std::string& key, long long fallback, long long lo, long long hi) {
        const json* v = find(key);
        if (!v) return fallback;
        const std::string range = " is outside " + std::to_string(lo) + " .. " + std::to_string(hi);
        // A whole number written with a fraction or exponent (1e20) is refused
        // as such, unless it is out of range anyway: then the range says more.
        if (v->is_number_float() && std::floor(v->get<double>()) == v->get<double>() &&
            !(v->get<double>() >= double(lo) && v->get<double>() <= double(hi)))
            throw SpecError(at(key) + ": " + jsonExcerpt(*v) + range);
        if (!v->is_number_integer()) throw SpecError(at(key) + ": expected a whole number, got " + jsonExcerpt(*v));
        // Compared before converting: 18446744073709551615 is not -1.
        const bool beyondLongLong =
            v->is_number_unsigned() &&
            v->get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<long long>::max());
        if (beyondLongLong || v->get<long long>() < lo || v->get<long long>() > hi)
            throw SpecError(at(key) + ": " + jsonExcerpt(*v) + range);
        return v->get<long long>();
    }
    std::string string(const std::string& key, const std::string& fallback) {
        const json* v = find(key);
        if (!v) return fallback;
        if (!v->is_string()) throw SpecError(at(key) + ": expected a string, got " + jsonExcerpt(*v));
        return v->get<std::string>();
    }
    bool boolean(const std::string& key, bool fallback) {
        const json* v = find(key);
        if (!v) return fallback;
        if (!v->is_boolean()) throw SpecError(at(key) + ": expected true or false, got " + jsonExcerpt(*v));
        return v->get<bool>();
    }
    void rejectUnknown(const std::vector<std::string>& allowed) const {
        for (auto it = m_j.begin(); it != m_j.end(); ++it)
            if (!m_seen.count(it.key()))
                throw SpecError(at(it.key()) + ": " + unknownNameMessage("field", it.key(), allowed));
    }
    void rejectUnknown() const {
        std::vector<std::string> allowed(m_seen.begin(), m_seen.end());
        rejectUnknown(allowed);
    }

private:
    static std::string shortNumber(double x) {
        std::ostringstream s;
        s << x;
        return s.str();
    }
    const json& m_j;
    std::string m_path;
    std::set<std::string> m_seen;
};

// "tanh" or {"name": "leaky_relu", "slope": 0.2}
NamedSpec namedSpec(const json& j, const std::string& path) {
    if (j.is_string()) return NamedSpec(j.get<std::string>());
    if (!j.is_object()) throw SpecError(path + ": expected a name or an object with \"name\", got " + jsonExcerpt(j));
    NamedSpec spec;
    auto name = j.find("name");
    if (name == j.end() || !name->is_string()) throw SpecError(path + ".name: missing (a string)");
    spec.name = name->get<std::string>();
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key() == "name") continue;
        if (!it->is_number()) throw SpecError(path + "." + it.key() + ": expected a number, got " + jsonExcerpt(*it));
        spec.params[it.key()] = it->get<double>();
    }
    return spec;
}

json namedSpecJson(const NamedSpec& s) {
    if (s.params.empty()) return s.name;
    json j = {{"name", s.name}};
    for (const auto& [k, v] : s.params) j[k] = v;
    return j;
}

// Runs a table check and prefixes its message with the field path.
template <class F>
void checked(const std::string& path, F&& f) {
    try {
        f();
    } catch (const SpecError& e) {
        throw SpecError(path + ": " + e.what());
    }
}

Matrix matrixFromJson(const json& j, const std::string& path) {
    if (!j.is_array()) throw SpecError(path + ": expected a list of rows");
    if (j.empty()) return Matrix();
    const bool nested = j[0].is_array();
    const Index rows = nested ? Index(j.size()) : 1;
    const Index cols = nested ? Index(j[0].size()) : Index(j.size());
    Matrix m(rows, cols);
    for (Index r = 0; r < rows; ++r) {
        const json& row = nested ? j[std::size_t(r)] : j;
        if (!row.is_array() || Index(row.size()) != cols)
            throw SpecError(path + "[" + std::to_string(r) + "]: expected " + std::to_string(cols) + " numbers");
        for (Index c = 0; c < cols; ++c) {
            const json& v = row[std::size_t(c)];
            if (!v.is_number())
                throw SpecError(path + "[" + std::to_string(r) + "][" + std::to_string(c) + "]: expected a number, got " +
                                jsonExcerpt(v));
            m(r, c) = v.get<double>();
        }
    }
    return m;
}

json matrixToJson(const Matrix& m) {
    json rows = json::array();
    for (Index r = 0; r < m.rows(); ++r) {
        json row = json::array();
        for (Index c = 0; c < m.cols(); ++c) row.push_back(m(r, c));
        rows.push_back(row);
    }
    return rows;
}

constexpr std::size_t kMaxLayers = 10000;  // the deepest lesson has 12
constexpr long long kMaxColumn = 100000;  // CSV column numbers, negative from the end

DataSpec readData(const json& j, const std::string& path) {
    Fields f(j, path);
    DataSpec d;
    d.generator = f.string("generator", d.generator);
    d.classes = int(f.integer("classes", d.classes, 2, 6));
    d.points = int(f.integer("points", d.points, 1, kMaxPoints));
    d.noise = f.number("noise", d.noise, 0.0, kMaxNoise);
    d.trainRatio = f.number("train_ratio", d.trainRatio, 0.01, 1.0);
    d.validationRatio = f.number("validation_ratio", d.validationRatio, 0.0, kMaxValidationRatio);
    d.seed = std::uint64_t(f.integer("seed", (long long)d.seed, 0, (1LL << 53)));
    d.steps = int(f.integer("steps", d.steps, 0, kMaxSteps));
    d.delay = int(f.integer("delay", d.delay, 0, kMaxSteps));
    d.problem = f.string("problem", d.problem);
    if (d.problem != "auto" && d.problem != "classification" && d.problem != "regression")
        throw SpecError(f.at("problem") + ": expected \"auto\", \"classification\" or \"regression\", got \"" +
                        d.problem + "\"");
    if (const json* csv = f.find("csv")) {
        Fields c(*csv, f.at("csv"));
        d.csvPath = c.string("path", "");
        d.targetColumn = int(c.integer("target_column", d.targetColumn, -kMaxColumn, kMaxColumn));
        d.sequenceSteps = int(c.integer("sequence_steps", d.sequenceSteps, 0, kMaxSteps));
        if (const json* id = c.find("sequence_id_column"); id && !id->is_null())
            d.sequenceIdColumn = int(c.integer("sequence_id_column", 0, -kMaxColumn, kMaxColumn));
        if (const json* cols = c.find("input_columns")) {
            if (!cols->is_array()) throw SpecError(c.at("input_columns") + ": expected a list of column numbers");
            for (std::size_t i = 0; i < cols->size(); ++i) {
                const json& column = (*cols)[i];
                const std::string place = c.at("input_columns") + "[" + std::to_string(i) + "]";
                if (!column.is_number_integer())
                    throw SpecError(place + ": expected a whole number, got " + jsonExcerpt(column));
                // Checked before converting to int: 4294967296 would become 0.
                const bool inRange = column.is_number_unsigned()
                                         ? column.get<unsigned long long>() <= static_cast<unsigned long long>(kMaxColumn)
                                         : column.get<long long>() >= -kMaxColumn && column.get<long long>() <= kMaxColumn;
                if (!inRange)
                    throw SpecError(place + ": " + jsonExcerpt(column) + " is outside " + std::to_string(-kMaxColumn) +
                                    " .. " + std::to_string(kMaxColumn));
                d.inputColumns.push_back(column.get<int>());
            }
        }
        c.rejectUnknown();
    }
    if (const json* idx = f.find("idx")) {
        Fields c(*idx, f.at("idx"));
        d.idxTrainImages = c.string("train_images", "");
        d.idxTrainLabels = c.string("train_labels", "");
        d.idxTestImages = c.string("test_images", "");
        d.idxTestLabels = c.string("test_labels", "");
        c.rejectUnknown();
    }
    if (const json* folder = f.find("image_folder")) {
        Fields c(*folder, f.at("image_folder"));
        d.imageFolder = c.string("path", "");
        d.imageWidth = int(c.integer("width", d.imageWidth, kMinImageSide, kMaxImageSide));
        d.imageHeight = int(c.integer("height", d.imageHeight, kMinImageSide, kMaxImageSide));
        d.imageChannels = int(c.integer("channels", d.imageChannels, 1, 3));
        if (d.imageChannels == 2) throw SpecError(c.at("channels") + ": expected 1 (grey) or 3 (RGB), got 2");
        c.rejectUnknown();
    }
    d.textFile = f.string("text_file", d.textFile);
    d.textWindow = int(f.integer("text_window", d.textWindow, kMinTextWindow, kMaxTextWindow));
    d.subset = int(f.integer("subset", d.subset, 0, kMaxPoints));
    d.testSubset = int(f.integer("test_subset", d.testSubset, 0, kMaxPoints));
    d.normalize = f.string("normalize", d.normalize);
    if (d.normalize != "none" && d.normalize != "per_channel")
        throw SpecError(f.at("normalize") + ": " + unknownNameMessage("normalisation", d.normalize, {"none", "per_channel"}));
    if (const json* augment = f.find("augment")) {
        Fields a(*augment, f.at("augment"));
        d.augment.shift = int(a.integer("shift", d.augment.shift, 0, 8));
        d.augment.flip = a.boolean("flip", d.augment.flip);
        d.augment.noise = a.number("noise", d.augment.noise, 0.0, 1.0);
        d.augment.rotation = a.number("rotation", d.augment.rotation, 0.0, kMaxAugmentRotation);
        a.rejectUnknown();
    }
    if (const json* custom = f.find("custom")) {
        Fields c(*custom, f.at("custom"));
        if (const json* p = c.find("points")) d.customPoints = matrixFromJson(*p, c.at("points"));
        if (const json* t = c.find("targets")) d.customTargets = matrixFromJson(*t, c.at("targets"));
        if (d.customTargets.rows() == 1 && d.customPoints.rows() != 1) d.customTargets.transposeInPlace();
        if (d.customPoints.rows() != d.customTargets.rows())
            throw SpecError(c.at("targets") + ": " + std::to_string(d.customTargets.rows()) + " targets for " +
                            std::to_string(d.customPoints.rows()) + " points");
        if (d.customPoints.size() > 0 && d.customPoints.cols() != 2)
            throw SpecError(c.at("points") + ": each point needs two coordinates [x1, x2]");
        c.rejectUnknown();
    }
    f.rejectUnknown();
    // findGenerator's message already starts with "data.generator: ".
    if (d.generator != "csv" && d.generator != "custom") {
        const GeneratorInfo& info = findGenerator(d.generator);
        if (info.source == DataSource::Formula) sampleShapeFor(info, d);  // data.steps, data.delay
    }
    else if (d.generator == "csv" && d.csvPath.empty()) throw SpecError(f.at("csv.path") + ": a csv data set needs a file");
    if (d.generator == "idx" && d.idxTrainImages.empty())
        throw SpecError(f.at("idx.train_images") + ": an idx data set needs its image file");
    if (d.generator == "idx" && d.idxTrainLabels.empty())
        throw SpecError(f.at("idx.train_labels") + ": an idx data set needs its label file");
    if (d.generator == "image_folder" && d.imageFolder.empty())
        throw SpecError(f.at("image_folder.path") + ": an image_folder data set needs its folder");
    return d;
}

// An initializer's name and its parameters, checked here so that a misspelt
// parameter is reported with its field path when the file is read, not later
// without one when the network is initialised.
void checkInitializer(const NamedSpec& spec) {
    const InitializerInfo& info = findInitializer(spec.name);
    std::vector<std::string> known;
    for (const ParamDef& def : info.params) known.emplace_back(def.key);
    for (const auto& param : spec.params) {
        if (std::find(known.begin(), known.end(), param.first) != known.end()) continue;
        if (known.empty())
            throw SpecError("initializer \"" + spec.name + "\" takes no parameters (got \"" + param.first + "\")");
        throw SpecError("initializer \"" + spec.name + "\": " + unknownNameMessage("parameter", param.first, known));
    }
    // Its values too (uniform needs a <= b): one draw into a 1 x 1 matrix.
    Matrix one(1, 1);
    Rng rng(0);
    initialize(spec, one, 1, 1, rng);
}

json dataToJson(const DataSpec& d) {
    json j = {{"generator", d.generator}, {"classes", d.classes}, {"points", d.points}, {"noise", d.noise},
              {"train_ratio", d.trainRatio}, {"seed", d.seed}, {"problem", d.problem},
              {"subset", d.subset}, {"test_subset", d.testSubset}, {"normalize", d.normalize},
              {"augment", {{"shift", d.augment.shift}, {"flip", d.augment.flip}, {"noise", d.augment.noise}}}};
    // Written when set, so older files read and save unchanged.
    if (d.augment.rotation != 0.0) j["augment"]["rotation"] = d.augment.rotation;
    if (d.validationRatio != 0.0) j["validation_ratio"] = d.validationRatio;
    if (d.generator == "image_folder" || !d.imageFolder.empty())
        j["image_folder"] = {{"path", d.imageFolder}, {"width", d.imageWidth}, {"height", d.imageHeight},
                             {"channels", d.imageChannels}};
    if (d.generator == "idx" || !d.idxTrainImages.empty())
        j["idx"] = {{"train_images", d.idxTrainImages}, {"train_labels", d.idxTrainLabels},
                    {"test_images", d.idxTestImages}, {"test_labels", d.idxTestLabels}};
    // Written when they mean something, so older files read and save unchanged.
    SequenceLength length = SequenceLength::Fixed;
    for (const GeneratorInfo& g : generatorTable())
        if (d.generator == g.name) length = g.length;
    if (d.steps != 0 || length == SequenceLength::Steps) j["steps"] = d.steps;
    if (d.delay != kDefaultRecallDelay || length == SequenceLength::Delay) j["delay"] = d.delay;
    if (d.generator == "csv" || !d.csvPath.empty()) {
        j["csv"] = {{"path", d.csvPath}, {"target_column", d.targetColumn}, {"input_columns", d.inputColumns}};
        if (d.sequenceSteps != 0) j["csv"]["sequence_steps"] = d.sequenceSteps;
        if (d.sequenceIdColumn) j["csv"]["sequence_id_column"] = *d.sequenceIdColumn;
    }
    if (d.generator == "text" || !d.textFile.empty()) {
        j["text_file"] = d.textFile;
        j["text_window"] = d.textWindow;
    }
    if (d.customPoints.size() > 0 || d.generator == "custom") {
        json targets = json::array();
        for (Index r = 0; r < d.customTargets.rows(); ++r) targets.push_back(d.customTargets(r, 0));
        j["custom"] = {{"points", matrixToJson(d.customPoints)}, {"targets", targets}};
    }
    return j;
}

// A history value; JSON has no NaN or infinity, so a diverged run's loss is
// written as null and read back as NaN.
double historyValue(Fields& f, const std::string& key) {
    const json* v = f.find(key);
    if (!v) throw SpecError(f.at(key) + ": missing (a number or null)");
    if (v->is_null()) return std::numeric_limits<double>::quiet_NaN();
    if (!v->is_number()) throw SpecError(f.at(key) + ": expected a number or null, got " + jsonExcerpt(*v));
    return v->get<double>();
}

json historyValueJson(double x) { return std::isfinite(x) ? json(x) : json(nullptr); }

constexpr long long kMaxCount = 1LL << 53;  // counters stay exact as JSON doubles elsewhere

RunRecord readRun(const json& j) {
    Fields f(j, "run");
    RunRecord run;
    run.step = std::uint64_t(f.integer("step", 0, 0, kMaxCount));
    run.epoch = std::uint64_t(f.integer("epoch", 0, 0, kMaxCount));
    if (const json* h = f.find("history")) {
        if (!h->is_array()) throw SpecError("run.history: expected a list of rows");
        run.history.reserve(h->size());
        for (std::size_t i = 0; i < h->size(); ++i) {
            const std::string rowPath = "run.history[" + std::to_string(i) + "]";
            Fields r((*h)[i], rowPath);
            HistoryPoint p;
            if (!r.find("epoch")) throw SpecError(r.at("epoch") + ": missing (a whole number)");
            p.epoch = std::uint64_t(r.integer("epoch", 0, 1, kMaxCount));
            p.step = std::uint64_t(r.integer("step", 0, 0, kMaxCount));
            // Every other field is a named series value; which names fit the
            // experiment's kind is the task's to check when it goes on.
            std::vector<bool> seen(run.series.size(), false);
            for (auto it = (*h)[i].begin(); it != (*h)[i].end(); ++it) {
                if (it.key() == "epoch" || it.key() == "step") continue;
                auto at = std::find(run.series.begin(), run.series.end(), it.key());
                if (at == run.series.end() && i > 0)  // the first row names the series
                    throw SpecError(r.at(it.key()) + ": " + unknownNameMessage("field", it.key(), run.series));
                if (at == run.series.end()) {
                    if (run.series.size() == kMaxSeries)
                        throw SpecError(r.at(it.key()) + ": more than " + std::to_string(kMaxSeries) + " series");
                    run.series.push_back(it.key());
                    seen.push_back(false);
                    at = run.series.end() - 1;
                }
                const std::size_t index = std::size_t(at - run.series.begin());
                p.values[index] = historyValue(r, it.key());
                seen[index] = true;
            }
            if (i > 0)
                for (std::size_t k = 0; k < seen.size(); ++k)
                    if (!seen[k]) throw SpecError(r.at(run.series[k]) + ": missing (a number or null)");
            // The plot and early stopping read the rows in order: a shuffled or
            // spliced history is damage, not something to guess around.
            if (!run.history.empty() && p.epoch <= run.history.back().epoch)
                throw SpecError(r.at("epoch") + ": " + std::to_string(p.epoch) + " does not follow epoch " +
                                std::to_string(run.history.back().epoch));
            if (p.epoch > run.epoch)
                throw SpecError(r.at("epoch") + ": " + std::to_string(p.epoch) + " is after the run's epoch " +
                                std::to_string(run.epoch));
            if (p.step > run.step)
                throw SpecError(r.at("step") + ": " + std::to_string(p.step) + " is after the run's step " +
                                std::to_string(run.step));
            run.history.push_back(p);
        }
    }
    f.rejectUnknown({"step", "epoch", "history"});
    return run;
}

json runToJson(const RunRecord& run) {
    json rows = json::array();
    for (const HistoryPoint& p : run.history) {
        json row = {{"epoch", p.epoch}, {"step", p.step}};
        for (std::size_t k = 0; k < run.series.size() && k < kMaxSeries; ++k)
            row[run.series[k]] = historyValueJson(p.values[k]);
        rows.push_back(std::move(row));
    }
    return {{"step", run.step}, {"epoch", run.epoch}, {"history", rows}};
}

LayerSpec readLayer(const json& j, const std::string& path) {
    Fields f(j, path);
    LayerSpec l;
    l.type = f.string("type", "dense");
    const LayerInfo* info = nullptr;
    checked(f.at("type"), [&] { info = &findLayer(l.type); });
    l.name = f.string("name", "");
    if (info->hasUnits) l.units = Index(f.integer("units", 0, 1, 1000000));
    else if (f.find("units"))
        throw SpecError(f.at("units") + ": a " + l.type + " layer has no units (its output has the size of its input)");
    if (info->hasUnits && !f.find("units")) throw SpecError(f.at("units") + ": missing (a " + l.type + " layer needs it)");
    if (const json* a = f.find("activation")) {
        l.activation = namedSpec(*a, f.at("activation"));
        checked(f.at("activation"), [&] { Activation check(l.activation); });
    }
    if (const json* w = f.find("weight_init")) {
        l.weightInit = namedSpec(*w, f.at("weight_init"));
        checked(f.at("weight_init"), [&] { checkInitializer(l.weightInit); });
    }
    if (const json* b = f.find("bias_init")) {
        l.biasInit = namedSpec(*b, f.at("bias_init"));
        checked(f.at("bias_init"), [&] { checkInitializer(l.biasInit); });
    }
    std::vector<std::string> allowed = {"type", "name", "units", "activation", "weight_init", "bias_init"};
    for (const ParamDef& def : info->options) {
        allowed.emplace_back(def.key);
        if (f.find(def.key)) l.options[def.key] = f.number(def.key, def.defaultValue);
    }
    for (const ChoiceDef& def : info->choices) {
        allowed.emplace_back(def.key);
        if (!f.find(def.key)) continue;
        const std::string value = f.string(def.key, def.defaultValue());
        if (!def.allows(value)) throw SpecError(f.at(def.key) + ": " + def.refusal(value));
        l.choices[def.key] = value;
    }
    f.rejectUnknown(allowed);
    return l;
}

json layerToJson(const LayerSpec& l) {
    const LayerInfo& info = findLayer(l.type);
    json j = {{"type", l.type}};
    if (!l.name.empty()) j["name"] = l.name;
    if (info.hasUnits) j["units"] = l.units;
    if (info.hasActivation) j["activation"] = namedSpecJson(l.activation);
    if (info.hasUnits) {
        j["weight_init"] = namedSpecJson(l.weightInit);
        j["bias_init"] = namedSpecJson(l.biasInit);
    }
    for (const auto& [k, v] : l.options) j[k] = v;
    for (const auto& [k, v] : l.choices) j[k] = v;
    return j;
}

}  // namespace

NetworkSpec networkSpecFromJson(const json& j, const std::string& path) {
    Fields n(j, path);
    const json* layers = n.find("layers");
    if (!layers || !layers->is_array() || layers->empty())
        throw SpecError(n.at("layers") + ": expected a non-empty list of layers");
    // Counted before 1,000,000 layer specs are made and walked (MemoryEstimate.h refuses them anyway).
    if (layers->size() > kMaxLayers)
        throw SpecError(n.at("layers") + ": " + std::to_string(layers->size()) + " layers, more than the limit of " +
                        std::to_string(kMaxLayers));
    NetworkSpec spec;
    for (std::size_t i = 0; i < layers->size(); ++i)
        spec.layers.push_back(readLayer((*layers)[i], n.at("layers") + "[" + std::to_string(i) + "]"));
    n.rejectUnknown();
    return spec;
}

json networkSpecToJson(const NetworkSpec& spec) {
    json layers = json::array();
    for (const LayerSpec& l : spec.layers) layers.push_back(layerToJson(l));
    return {{"layers", layers}};
}

NamedSpec optimizerSpecFromJson(const json& j, const std::string& path) {
    NamedSpec spec = namedSpec(j, path);
    checked(path, [&] { makeOptimizer(spec); });
    return spec;
}

json namedSpecToJson(const NamedSpec& spec) { return namedSpecJson(spec); }

Experiment experimentFromJson(const json& j) {
    Fields f(j, "");
    Experiment e;
    const std::string format = f.string("format", kFormat);
    if (format != kFormat) throw SpecError("format: expected \"" + std::string(kFormat) + "\", got \"" + format + "\"");
    const long long version = f.integer("version", kVersion, 1, 1000);
    if (version > kVersion)
        throw SpecError("version: this file is version " + std::to_string(version) + "; this nnlab reads up to " +
                        std::to_string(kVersion));
    e.kind = f.string("kind", e.kind);
    const bool supervised = e.kind == kSupervisedKind;
    if (!supervised) {
        // The kind's own section, checked by the kind when its task is made
        // (tasks/TaskRegistry.h); a kind without settings may leave it out.
        if (const json* section = f.find(e.kind)) {
            if (!section->is_object()) throw SpecError(e.kind + ": expected an object of settings");
            e.kindSection = *section;
        } else {
            e.kindSection = json::object();
        }
    }
    e.title = f.string("title", e.title);
    e.seed = std::uint64_t(f.integer("seed", (long long)e.seed, 0, (1LL << 53)));
    if (const json* d = f.find("data")) e.data = readData(*d, "data");
    if (const json* feats = f.find("features")) {
        if (!feats->is_array() || feats->empty()) throw SpecError("features: expected a non-empty list of feature names");
        e.features.clear();
        for (std::size_t i = 0; i < feats->size(); ++i) {
            const std::string path = "features[" + std::to_string(i) + "]";
            if (!(*feats)[i].is_string()) throw SpecError(path + ": expected a feature name");
            e.features.push_back((*feats)[i].get<std::string>());
            checked(path, [&] { findFeature(e.features.back()); });
            if (std::count(e.features.begin(), e.features.end(), e.features.back()) > 1)
                throw SpecError(path + ": \"" + e.features.back() + "\" is listed twice");
        }
    }
    const json* net = f.find("network");
    if (!net && supervised) throw SpecError("network: missing (the layers of the network)");
    if (net) e.network = networkSpecFromJson(*net, "network");
    if (const json* l = f.find("loss")) {
        e.loss = namedSpec(*l, "loss");
        checked("loss", [&] { Loss check(e.loss); });
    }
    if (const json* o = f.find("optimizer")) {
        e.optimizer = namedSpec(*o, "optimizer");
        checked("optimizer", [&] { makeOptimizer(e.optimizer); });
    }
    if (const json* r = f.find("regularization")) {
        Fields g(*r, "regularization");
        RegularizationSpec& reg = e.regularization;
        reg.l1 = g.number("l1", 0.0, 0.0, 1e6);
        const std::string l1Step = g.string("l1_step", "proximal");
        if (l1Step != "proximal" && l1Step != "gradient")
            throw SpecError("regularization.l1_step: " +
                            unknownNameMessage("L1 step", l1Step, {"proximal", "gradient"}));
        reg.l1Proximal = l1Step == "proximal";
        reg.l2 = g.number("l2", 0.0, 0.0, 1e6);
        reg.maxNorm = g.number("max_norm", 0.0, 0.0, 1e12);
        reg.clipValue = g.number("clip_value", 0.0, 0.0, 1e12);
        reg.clipNorm = g.number("clip_norm", 0.0, 0.0, 1e12);
        g.rejectUnknown();
    }
    if (const json* s = f.find("schedule")) {
        Fields g(*s, "schedule");
        ScheduleSpec& sc = e.schedule;
        sc.kind = g.string("kind", sc.kind);
        const std::vector<std::string> kinds = {"constant", "step", "exponential", "cosine"};
        if (std::find(kinds.begin(), kinds.end(), sc.kind) == kinds.end())
            throw SpecError("schedule.kind: " + unknownNameMessage("schedule", sc.kind, kinds));
        sc.stepEpochs = g.number("step_epochs", sc.stepEpochs, 1e-9, 1e12);
        sc.gamma = g.number("gamma", sc.gamma, 0.0, 10.0);
        sc.minLr = g.number("min_lr", sc.minLr, 0.0, 1e6);
        sc.periodEpochs = g.number("period_epochs", sc.periodEpochs, 0.0, 1e12);
        sc.warmupEpochs = g.number("warmup_epochs", sc.warmupEpochs, 0.0, 1e12);
        g.rejectUnknown();
    }
    if (const json* s = f.find("early_stopping")) {
        Fields g(*s, "early_stopping");
        EarlyStoppingSpec& es = e.earlyStopping;
        es.enabled = g.boolean("enabled", true);
        es.patience = int(g.integer("patience", es.patience, 1, 1000000));
        es.minDelta = g.number("min_delta", es.minDelta, 0.0, 1e12);
        es.restoreBest = g.boolean("restore_best", es.restoreBest);
        g.rejectUnknown();
    }
    if (const json* t = f.find("training")) {
        Fields g(*t, "training");
        const std::string precision = g.string("precision", precisionName(e.training.precision));
        checked("training.precision", [&] { e.training.precision = precisionFromName(precision); });
        e.training.threads = int(g.integer("threads", e.training.threads, 1, 2));
        g.rejectUnknown({"precision", "threads"});
    }
    e.batchSize = int(f.integer("batch_size", e.batchSize, 0, 10000000));
    e.epochs = int(f.integer("epochs", e.epochs, 0, 100000000));
    if (const json* w = f.find("weights")) {
        if (!w->is_object()) throw SpecError("weights: expected an object of layers");
        WeightSet set;
        for (auto it = w->begin(); it != w->end(); ++it) {
            if (!it->is_object()) throw SpecError("weights." + it.key() + ": expected an object of parameters");
            for (auto p = it->begin(); p != it->end(); ++p)
                set[it.key()][p.key()] = matrixFromJson(*p, "weights." + it.key() + "." + p.key());
        }
        e.weights = std::move(set);
    }
    if (const json* r = f.find("run")) e.run = readRun(*r);
    if (const json* c = f.find("classroom")) {
        Fields g(*c, "classroom");
        if (const json* hide = g.find("hide")) {
            if (!hide->is_array()) throw SpecError("classroom.hide: expected a list of control names, got " + jsonExcerpt(*hide));
            std::vector<std::string> names;
            for (std::size_t i = 0; i < hide->size(); ++i) {
                if (!(*hide)[i].is_string())
                    throw SpecError("classroom.hide[" + std::to_string(i) + "]: expected a control name, got " +
                                    jsonExcerpt((*hide)[i]));
                names.push_back((*hide)[i].get<std::string>());
            }
            e.hiddenControls = checkedClassroomControls(names, "classroom.hide");
        }
        g.rejectUnknown({"hide"});
    }
    std::vector<std::string> known = {"format", "version", "kind", "title", "seed", "data", "features", "network",
                                      "loss", "optimizer", "regularization", "schedule", "early_stopping",
                                      "training", "batch_size", "epochs", "weights", "run", "classroom"};
    if (!supervised) known.push_back(e.kind);
    f.rejectUnknown(known);

    // Shapes: for 2-D sets the input width is the number of features.
    // Image sets: the image's shape.
    // IDX files: the shape is the file's, checked when the data is read.
    if (supervised && e.data.generator != "csv" && e.data.generator != "custom" &&
        !findGenerator(e.data.generator).sampleShape.dims.empty()) {
        const GeneratorInfo& generator = findGenerator(e.data.generator);
        Network check(e.network, generator.isPlane() ? Shape{Index(e.features.size())} : sampleShapeFor(generator, e.data), 1);
    } else if (supervised && e.data.generator == "custom") {
        Network check(e.network, Shape{Index(e.features.size())}, 1);
    }
    return e;
}

json experimentToJson(const Experiment& e) {
    json j = {
        {"format", kFormat},
        {"version", kVersion},
        {"kind", e.kind},
        {"title", e.title},
        {"seed", e.seed},
        {"data", dataToJson(e.data)},
        {"features", e.features},
        {"network", networkSpecToJson(e.network)},
        {"loss", namedSpecJson(e.loss)},
        {"optimizer", namedSpecJson(e.optimizer)},
        {"regularization",
         {{"l1", e.regularization.l1}, {"l1_step", e.regularization.l1Proximal ? "proximal" : "gradient"},
          {"l2", e.regularization.l2}, {"max_norm", e.regularization.maxNorm},
          {"clip_value", e.regularization.clipValue}, {"clip_norm", e.regularization.clipNorm}}},
        {"schedule",
         {{"kind", e.schedule.kind}, {"step_epochs", e.schedule.stepEpochs}, {"gamma", e.schedule.gamma},
          {"min_lr", e.schedule.minLr}, {"period_epochs", e.schedule.periodEpochs},
          {"warmup_epochs", e.schedule.warmupEpochs}}},
        {"early_stopping",
         {{"enabled", e.earlyStopping.enabled}, {"patience", e.earlyStopping.patience},
          {"min_delta", e.earlyStopping.minDelta}, {"restore_best", e.earlyStopping.restoreBest}}},
        {"training", {{"precision", precisionName(e.training.precision)}}},  // threads below, if not 1
        {"batch_size", e.batchSize},
        {"epochs", e.epochs},
    };
    // Written only when set, so that files of one thread stay as they were.
    if (e.training.threads != 1) j["training"]["threads"] = e.training.threads;
    if (e.optimizer.params.empty()) j["optimizer"] = {{"name", e.optimizer.name}};
    if (e.weights) {
        json w = json::object();
        for (const auto& [layer, params] : *e.weights)
            for (const auto& [name, m] : params) w[layer][name] = matrixToJson(m);
        j["weights"] = w;
    }
    if (e.kind != kSupervisedKind) {
        j[e.kind] = e.kindSection.is_null() ? json::object() : e.kindSection;
        if (e.network.layers.empty()) j.erase("network");  // a kind without a network
    }
    if (!e.hiddenControls.empty()) j["classroom"] = {{"hide", e.hiddenControls}};
    if (e.run) j["run"] = runToJson(*e.run);
    return j;
}

Experiment readExperimentText(const std::string& text, const std::string& sourceName) {
    return experimentFromJson(parseExperimentText(text, sourceName));
}

namespace {

// The file's bytes, or a SpecError saying in the user's terms why not.
std::string readExperimentBytes(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status)) throw SpecError(path + ": no such file");
    if (fs::is_directory(status)) throw SpecError(path + ": is a directory, not an experiment file");
    if (!fs::is_regular_file(status)) throw SpecError(path + ": is not a regular file (a device or a pipe?)");
    const std::uintmax_t size = fs::file_size(path, error);
    if (!error && size > kMaxExperimentFileBytes)
        throw SpecError(path + ": is " + std::to_string(size >> 20) + " MB, more than an experiment file can be (" +
                        std::to_string(kMaxExperimentFileBytes >> 20) + " MB)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SpecError(path + ": cannot open the file (" + std::strerror(errno) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw SpecError(path + ": cannot read the file (" + std::strerror(errno) + ")");
    return text.str();
}

}  // namespace

Experiment readExperimentFile(const std::string& path) {
    Experiment e = readExperimentText(readExperimentBytes(path), path);
    // A relative CSV or IDX path is relative to the experiment file, so an experiment
    // and its data can move together; it is kept absolute from here on, so a
    // copy saved elsewhere (nnlab-cli's trained.json) still finds the file.
    const std::filesystem::path folder = std::filesystem::absolute(path).parent_path();
    for (std::string* file : {&e.data.csvPath, &e.data.textFile, &e.data.idxTrainImages, &e.data.idxTrainLabels, &e.data.idxTestImages,
                              &e.data.idxTestLabels, &e.data.imageFolder})
        if (!file->empty() && std::filesystem::path(*file).is_relative())
            *file = (folder / *file).lexically_normal().string();
    return e;
}

void writeExperimentFile(const Experiment& e, const std::string& path) {
    // Through the one atomic writer: a failed save (a full disk) leaves the
    // previous file intact and no temporary file behind.
    writeFileAtomically(path, experimentToJson(e).dump(2) + "\n");
}

}  // namespace nnlab
