#include "optimizers/Optimizer.h"

#include "Error.h"
#include "spec/NameLookup.h"

#include <cmath>
#include <stdexcept>

namespace nnlab {
namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

}  // namespace

Optimizer::Optimizer(std::string name, std::vector<std::string> keys) : m_name(std::move(name)) {
    // The class indexes its hyperparameters by position, so its key list must
    // be the table's, in order; a mismatch is a programming error.
    const OptimizerInfo& info = findOptimizer(m_name);
    bool same = info.params.size() == keys.size() && !keys.empty() && keys[0] == "lr";
    for (std::size_t i = 0; same && i < keys.size(); ++i) same = keys[i] == info.params[i].key;
    if (!same) throw std::logic_error("optimizer " + quoted(m_name) + ": class keys differ from OptimizerTable.cpp");
    for (const ParamDef& def : info.params) m_hyper.emplace_back(def.key, def.defaultValue);
}

void Optimizer::bind(const std::vector<Param>& params) {
    for (const Param& p : params) {
        if (!p.value || !p.grad)
            throw ShapeError("optimizer " + quoted(m_name) + ": parameter " + quoted(p.name) + " has no value or grad");
        if (p.value->rows() != p.grad->rows() || p.value->cols() != p.grad->cols())
            throw ShapeError("optimizer " + quoted(m_name) + ": parameter " + quoted(p.name) + " is " +
                             std::to_string(p.value->rows()) + "x" + std::to_string(p.value->cols()) +
                             " but its grad is " + std::to_string(p.grad->rows()) + "x" +
                             std::to_string(p.grad->cols()));
    }
    m_params = params;
    for (auto& [name, slot] : m_state) {
        slot->clear();
        for (const Param& p : m_params) slot->push_back(Matrix::Zero(p.value->rows(), p.value->cols()));
    }
    m_t = 0;
}

void Optimizer::set(const std::string& key, double value) {
    for (auto& [k, v] : m_hyper) {
        if (k != key) continue;
        // PyTorch's checks: every hyperparameter here is >= 0, betas < 1, rho <= 1.
        std::string bad;
        if (!std::isfinite(value) || value < 0.0) bad = "must be a finite number >= 0";
        else if ((k == "beta1" || k == "beta2") && value >= 1.0) bad = "must be < 1";
        else if (k == "rho" && value > 1.0) bad = "must be <= 1";
        if (!bad.empty())
            throw SpecError("optimizer " + quoted(m_name) + ": " + k + " = " + std::to_string(value) + " " + bad);
        v = value;
        return;
    }
    std::vector<std::string> known;
    for (const auto& kv : m_hyper) known.push_back(kv.first);
    throw SpecError("optimizer " + quoted(m_name) + ": " + unknownNameMessage("hyperparameter", key, known));
}

double Optimizer::get(const std::string& key) const {
    for (const auto& [k, v] : m_hyper)
        if (k == key) return v;
    std::vector<std::string> known;
    for (const auto& kv : m_hyper) known.push_back(kv.first);
    throw SpecError("optimizer " + quoted(m_name) + ": " + unknownNameMessage("hyperparameter", key, known));
}

const std::vector<Matrix>* Optimizer::state(const std::string& name) const {
    for (const auto& [n, slot] : m_state)
        if (n == name) return slot;
    return nullptr;
}

std::vector<std::string> Optimizer::stateNames() const {
    std::vector<std::string> names;
    for (const auto& kv : m_state) names.push_back(kv.first);
    return names;
}

const OptimizerInfo& findOptimizer(const std::string& name) {
    std::vector<std::string> known;
    for (const auto& info : optimizerTable()) {
        if (name == info.name) return info;
        known.emplace_back(info.name);
    }
    throw SpecError(unknownNameMessage("optimizer", name, known));
}

std::unique_ptr<Optimizer> makeOptimizer(const NamedSpec& spec) {
    auto opt = findOptimizer(spec.name).create();  // takes the table's defaults
    for (const auto& [key, value] : spec.params) opt->set(key, value);
    return opt;
}

}  // namespace nnlab
