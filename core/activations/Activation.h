#pragma once
// Activation functions as a table (ActivationTable.cpp), one file per formula.
// forward/backward work on a whole batch (n, F) so that row-wise functions
// (softmax) fit the same signature; the rest are element-wise.
// Contract: y, x and dx, dy are same-shaped; the output never aliases an input
// (y != x; dx != x, y, dy), because some functions use the output as scratch
// so that nothing allocates. forward/backward allocate nothing.
#include "Types.h"
#include "spec/NamedSpec.h"

#include <array>
#include <string>
#include <vector>

namespace nnlab {

constexpr int kMaxActivationParams = 2;
using ActivationParams = std::array<double, kMaxActivationParams>;

using ActivationForward = void (*)(ArrayIn x, ArrayOut y, const ActivationParams& p);
// dx = dy * f'(x), using y = f(x) where that saves work. For softmax, the
// full Jacobian-vector product per row.
using ActivationBackward = void (*)(ArrayIn x, ArrayIn y, ArrayIn dy, ArrayOut dx, const ActivationParams& p);

struct ActivationInfo {
    const char* name;     // "leaky_relu": the experiment file's and the oracle's name
    const char* label;    // "Leaky ReLU", for menus (QT_TRANSLATE_NOOP context "Activation")
    ActivationForward forward;
    ActivationBackward backward;  // nullptr: not trainable by gradient (binary_step)
    std::vector<ParamDef> params;
    const char* whyNoGradient = nullptr;  // shown where backward is nullptr
    bool rowWise = false;  // softmax: each output depends on its whole row, so
                           // backward is a Jacobian-vector product, not dy * f'(x)
};

// In GUI order.
const std::vector<ActivationInfo>& activationTable();
// Throws SpecError: unknown activation "rlu" (known: ...; did you mean "relu"?)
const ActivationInfo& findActivation(const std::string& name);

// A chosen activation with its parameters resolved.
class Activation {
public:
    Activation();  // linear
    explicit Activation(const NamedSpec& spec);  // throws SpecError
    const ActivationInfo& info() const { return *m_info; }
    bool isLinear() const;
    bool hasGradient() const { return m_info->backward != nullptr; }
    void forward(ArrayIn x, ArrayOut y) const { m_info->forward(x, y, m_params); }
    void backward(ArrayIn x, ArrayIn y, ArrayIn dy, ArrayOut dx) const { m_info->backward(x, y, dy, dx, m_params); }
    const ActivationParams& params() const { return m_params; }

private:
    const ActivationInfo* m_info;
    ActivationParams m_params{};
};

}  // namespace nnlab
