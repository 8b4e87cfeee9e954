#pragma once
// Optimizers, PyTorch conventions as in ../shared/oracle/README.md. State is
// sized once in bind(); update() allocates nothing.
//
// Hyperparameters live in the table (OptimizerTable.cpp): an optimizer's
// constructor names its keys in table order and takes the table's defaults,
// makeOptimizer() then applies the experiment file's values.
#include "spec/NamedSpec.h"
#include "spec/Param.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace nnlab {

class Optimizer {
public:
    virtual ~Optimizer() = default;
    Optimizer(const Optimizer&) = delete;  // m_state points into the derived object
    Optimizer& operator=(const Optimizer&) = delete;

    // Sizes the state for these parameters (zeroed) and resets t.
    // Throws ShapeError if a parameter's value and grad differ in shape.
    virtual void bind(const std::vector<Param>& params);
    // One update of every bound parameter from its grad; t counts from 1.
    void step() {
        ++m_t;
        stepImpl();
    }
    long t() const { return m_t; }
    // Hyperparameters by key ("lr", "momentum", "beta1", ...): a change keeps the state.
    // Throws SpecError for an unknown key (naming it and the known ones) or a bad value.
    void set(const std::string& key, double value);
    double get(const std::string& key) const;
    double learningRate() const { return m_hyper[0].second; }
    void setLearningRate(double lr) { set("lr", lr); }
    const std::string& name() const { return m_name; }
    // (key, value) in table order; [0] is "lr".
    const std::vector<std::pair<std::string, double>>& hyperparameters() const { return m_hyper; }

    // Per-parameter state for inspectors ("m", "v", "sum_sq", ...), in bind() order;
    // nullptr for a name this optimizer does not have.
    const std::vector<Matrix>* state(const std::string& name) const;
    std::vector<std::string> stateNames() const;

protected:
    // keys: this class's hyperparameters in the table's order (checked against
    // the table, whose defaults they take).
    Optimizer(std::string name, std::vector<std::string> keys);
    virtual void stepImpl() = 0;
    double h(std::size_t i) const { return m_hyper[i].second; }
    // Registers a state slot; bind() sizes it like the params and zeroes it.
    void addState(const char* name, std::vector<Matrix>& slot) { m_state.emplace_back(name, &slot); }

    std::string m_name;
    std::vector<std::pair<std::string, double>> m_hyper;  // in table order; [0] is "lr"
    std::vector<Param> m_params;
    long m_t = 0;

private:
    std::vector<std::pair<std::string, std::vector<Matrix>*>> m_state;
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
// Creates (table defaults) and applies the spec's hyperparameters (unknown key: SpecError).
std::unique_ptr<Optimizer> makeOptimizer(const NamedSpec& spec);

}  // namespace nnlab
