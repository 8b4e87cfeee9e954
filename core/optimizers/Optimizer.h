#pragma once
// Optimizers, PyTorch conventions as in ../shared/oracle/README.md. State is
// sized once in bind(); update() allocates nothing.
#include "model/NamedSpec.h"
#include "model/Param.h"

#include <memory>
#include <string>
#include <vector>

namespace nnlab {

class Optimizer {
public:
    virtual ~Optimizer() = default;
    // Sizes the state for these parameters (zeroed) and resets t.
    virtual void bind(const std::vector<Param>& params) = 0;
    // One update of every bound parameter from its grad; t counts from 1.
    void step() {
        ++m_t;
        stepImpl();
    }
    long t() const { return m_t; }
    // Hyperparameters by key ("lr", "momentum", "beta1", ...): a change keeps the state.
    void set(const std::string& key, double value);  // throws SpecError for an unknown key
    double get(const std::string& key) const;
    double learningRate() const { return get("lr"); }
    void setLearningRate(double lr) { set("lr", lr); }
    const std::string& name() const { return m_name; }

protected:
    Optimizer(std::string name, std::vector<std::pair<std::string, double>> hyper)
        : m_name(std::move(name)), m_hyper(std::move(hyper)) {}
    virtual void stepImpl() = 0;
    double& h(std::size_t i) { return m_hyper[i].second; }
    double h(std::size_t i) const { return m_hyper[i].second; }

    std::string m_name;
    std::vector<std::pair<std::string, double>> m_hyper;  // in table order; [0] is "lr"
    std::vector<Param> m_params;
    long m_t = 0;
};

using OptimizerFactory = std::unique_ptr<Optimizer> (*)();

struct OptimizerInfo {
    const char* name;   // "adamw"
    const char* label;  // "AdamW"
    OptimizerFactory create;
    std::vector<ParamDef> params;  // with defaults; "lr" first
};

const std::vector<OptimizerInfo>& optimizerTable();
const OptimizerInfo& findOptimizer(const std::string& name);  // throws SpecError
// Creates and applies the spec's hyperparameters (unknown key: SpecError).
std::unique_ptr<Optimizer> makeOptimizer(const NamedSpec& spec);

}  // namespace nnlab
