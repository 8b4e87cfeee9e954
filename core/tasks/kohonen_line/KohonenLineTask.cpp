#include "tasks/kohonen_line/KohonenLineTask.h"

#include "Error.h"
#include "spec/NameLookup.h"

#include <algorithm>
#include <cmath>

namespace nnlab {
namespace {

enum Series : std::size_t { kQuantizationError, kTopographicError, kLearningRate, kRadius };

double number(const nlohmann::json& section, const char* key, double fallback, double lo, double hi) {
    const auto it = section.find(key);
    if (it == section.end()) return fallback;
    const std::string place = std::string("kohonen_line.") + key + ": ";
    if (!it->is_number()) throw SpecError(place + "expected a number");
    const double v = it->get<double>();
    if (!(v >= lo && v <= hi))
        throw SpecError(place + "expected " + std::to_string(lo) + " to " + std::to_string(hi) + ", got " +
                        std::to_string(v));
    return v;
}

}  // namespace

KohonenLineSettings readKohonenLineSettings(const Experiment& experiment) {
    const nlohmann::json& section = experiment.kindSection.is_object() ? experiment.kindSection : nlohmann::json::object();
    const std::vector<std::string> known = {"units", "learning_rate", "final_learning_rate", "radius", "final_radius"};
    for (auto it = section.begin(); it != section.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            throw SpecError("kohonen_line." + it.key() + ": " + unknownNameMessage("field", it.key(), known));
    KohonenLineSettings s;
    const double units = number(section, "units", s.units, 2, 1000);
    if (units != std::floor(units)) throw SpecError("kohonen_line.units: expected a whole number");
    s.units = int(units);
    s.learningRate = number(section, "learning_rate", s.learningRate, 1e-6, 1.0);
    s.finalLearningRate = number(section, "final_learning_rate", s.finalLearningRate, 1e-6, 1.0);
    s.radius = number(section, "radius", s.radius, 1e-3, 1000.0);
    s.finalRadius = number(section, "final_radius", s.finalRadius, 1e-3, 1000.0);
    return s;
}

void checkKohonenLineSection(const Experiment& experiment) { (void)readKohonenLineSettings(experiment); }

nlohmann::json kohonenLineSectionJson(const Experiment& experiment) {
    const KohonenLineSettings s = readKohonenLineSettings(experiment);
    return {{"units", s.units},
            {"learning_rate", s.learningRate},
            {"final_learning_rate", s.finalLearningRate},
            {"radius", s.radius},
            {"final_radius", s.finalRadius}};
}

KohonenLineTask::KohonenLineTask(const Experiment& experiment)
    : m_experiment(experiment), m_settings(readKohonenLineSettings(experiment)), m_rng(experiment.seed) {
    LoadedData loaded = loadData(m_experiment.data);
    m_points = std::move(loaded.split.trainX);
    if (m_points.rows() == 0) throw DataError("data: the training set is empty");
    build();
    if (m_experiment.weights) {
        const auto layer = m_experiment.weights->find("map");
        const auto w = layer == m_experiment.weights->end() ? nullptr : &layer->second;
        if (!w || !w->count("W")) throw SpecError("weights.map.W: missing (the units' positions)");
        const Matrix& saved = w->at("W");
        if (saved.rows() != m_units.rows() || saved.cols() != m_units.cols())
            throw ShapeError("weights.map.W: expected " + std::to_string(m_units.rows()) + " x " +
                             std::to_string(m_units.cols()) + ", got " + std::to_string(saved.rows()) + " x " +
                             std::to_string(saved.cols()));
        m_units = saved;
        m_experiment.weights.reset();
    }
    if (m_experiment.run) {
        const RunRecord& run = *m_experiment.run;
        m_log.adopt(run, series());
        m_step = run.step;
        m_epoch = run.epoch;
        m_finished = m_experiment.epochs > 0 && m_epoch >= std::uint64_t(m_experiment.epochs);
        m_experiment.run.reset();
    }
}

void KohonenLineTask::build() {
    // Units start on random data points: no unit starts far from the data.
    m_units.resize(m_settings.units, m_points.cols());
    for (Index j = 0; j < m_units.rows(); ++j)
        m_units.row(j) = m_points.row(Index(uniformIndex(m_rng, std::uint64_t(m_points.rows()))));
    m_order.resize(std::size_t(m_points.rows()));
    for (std::size_t i = 0; i < m_order.size(); ++i) m_order[i] = Index(i);
    m_cursor = 0;
    ++m_revision;
}

std::vector<SeriesInfo> KohonenLineTask::series() const {
    return {
        {"quantization_error", "quantization error", SeriesRole::Loss, ""},
        {"topographic_error", "topographic error", SeriesRole::Metric, ""},
        {"lr", "learning rate", SeriesRole::Rate, "learning_rate"},
        {"radius", "neighbourhood radius", SeriesRole::Rate, ""},
    };
}

std::string KohonenLineTask::describe() const {
    return std::to_string(m_units.rows()) + " units on " + std::to_string(m_points.rows()) + " training samples";
}

double KohonenLineTask::progress() const {
    const double total = double(std::max(1, m_experiment.epochs)) * double(m_points.rows());
    return std::min(1.0, double(m_step) / total);
}

double KohonenLineTask::learningRate() const {
    return m_settings.learningRate * std::pow(m_settings.finalLearningRate / m_settings.learningRate, progress());
}

double KohonenLineTask::radius() const {
    return m_settings.radius * std::pow(m_settings.finalRadius / m_settings.radius, progress());
}

void KohonenLineTask::step() {
    if (m_finished) return;
    if (m_cursor == 0)
        for (std::size_t i = m_order.size(); i > 1; --i) std::swap(m_order[i - 1], m_order[uniformIndex(m_rng, i)]);
    const auto x = m_points.row(m_order[std::size_t(m_cursor)]);
    Index winner = 0;
    (m_units.rowwise() - x).rowwise().squaredNorm().minCoeff(&winner);
    const double lr = learningRate(), r = radius();
    for (Index j = 0; j < m_units.rows(); ++j) {
        const double d = double(j - winner);
        const double h = std::exp(-d * d / (2.0 * r * r));
        m_units.row(j) += lr * h * (x - m_units.row(j));
    }
    if (!m_units.allFinite()) throw NumericError("map: a unit left the finite numbers at step " + std::to_string(m_step + 1));
    ++m_step;
    m_clock.addSamples(1);
    if (++m_cursor >= m_points.rows()) endEpoch();
}

void KohonenLineTask::endEpoch() {
    m_cursor = 0;
    ++m_epoch;
    double distance = 0.0, broken = 0.0;
    for (Index i = 0; i < m_points.rows(); ++i) {
        const Eigen::VectorXd d2 = (m_units.rowwise() - m_points.row(i)).rowwise().squaredNorm();
        Index first = 0;
        d2.minCoeff(&first);
        double second = std::numeric_limits<double>::infinity();
        Index secondAt = first;
        for (Index j = 0; j < d2.size(); ++j)
            if (j != first && d2(j) < second) {
                second = d2(j);
                secondAt = j;
            }
        distance += std::sqrt(d2(first));
        if (std::abs(secondAt - first) != 1) broken += 1.0;
    }
    HistoryPoint p;
    p.epoch = m_epoch;
    p.step = m_step;
    p.values[kQuantizationError] = distance / double(m_points.rows());
    p.values[kTopographicError] = broken / double(m_points.rows());
    p.values[kLearningRate] = learningRate();
    p.values[kRadius] = radius();
    m_log.add(p);
    if (m_experiment.epochs > 0 && m_epoch >= std::uint64_t(m_experiment.epochs)) {
        m_finished = true;
        m_log.note({"finished", "", "trained " + std::to_string(m_epoch) + " epochs"});
    }
}

void KohonenLineTask::apply(const CommandBody& command) {
    if (auto* e = std::get_if<SetExperiment>(&command)) {
        const KohonenLineSettings settings = readKohonenLineSettings(e->experiment);
        const bool rebuild = settings.units != m_settings.units || e->experiment.data != m_experiment.data;
        m_experiment = e->experiment;
        m_experiment.weights.reset();
        m_experiment.run.reset();
        m_settings = settings;
        if (rebuild) {
            m_points = loadData(m_experiment.data).split.trainX;
            build();
            m_log.note({"reinitialised", "map", "new data or number of units: the map starts again"});
        }
        m_finished = m_experiment.epochs > 0 && m_epoch >= std::uint64_t(m_experiment.epochs);
    } else if (auto* r = std::get_if<Reset>(&command)) {
        if (r->seed != 0) m_experiment.seed = r->seed;
        m_rng.seed(m_experiment.seed);
        m_step = m_epoch = 0;
        m_log.clearHistory();
        m_finished = false;
        build();
        m_clock.reset();
    } else if (runStepCommand(*this, command)) {
        return;
    } else if (std::holds_alternative<SetWeight>(command) || std::holds_alternative<SetHyper>(command)) {
        throw SpecError("kohonen_line: this kind has no such setting");
    }
}

WeightSet KohonenLineTask::weights() { return {{"map", {{"W", m_units}}}}; }

void KohonenLineTask::addTrainingTime(double seconds) {
    m_clock.addTime(seconds);
}

void KohonenLineTask::fillSnapshot(Snapshot& s, const SnapshotOptions& options) {
    (void)options;
    fillRunFrame(*this, s, m_clock.samplesPerSecond(), m_clock.elapsedSeconds());
    s.payload = {{"units", m_units}};
    if (m_units.cols() != 2) return;  // only points of the plane are drawn over it
    s.planeUnits = m_units;
    s.planeLinks.clear();
    for (Index j = 0; j + 1 < m_units.rows(); ++j) s.planeLinks.emplace_back(j, j + 1);
}

}  // namespace nnlab
