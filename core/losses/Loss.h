#pragma once
// Loss functions as a table (LossTable.cpp), one file per formula.
// Reductions follow ../shared/oracle/README.md: mse, mae, huber, log_cosh,
// hinge, bce: mean over all elements; cce, sparse_cce: sum over classes,
// mean over samples.
#include "Types.h"
#include "spec/NamedSpec.h"

#include <array>
#include <string>
#include <vector>

namespace nnlab {

using LossParams = std::array<double, 2>;
using LossValue = double (*)(MatrixIn pred, MatrixIn target, const LossParams& p);
using LossGradient = void (*)(MatrixIn pred, MatrixIn target, MatrixOut dPred, const LossParams& p);

enum class TargetKind {
    Values,        // same shape as the prediction (regression, bce, cce one-hot)
    ClassIndex,    // (n, 1) class indices (sparse_cce)
    PlusMinusOne,  // labels +-1 (hinge)
};

struct LossInfo {
    const char* name;   // "sparse_cce"
    const char* label;  // "Sparse categorical cross-entropy"
    LossValue value;
    LossGradient gradient;
    std::vector<ParamDef> params;
    TargetKind target;
    const char* reduction;  // "mean over all elements" / "mean over samples": shown in the UI
};

const std::vector<LossInfo>& lossTable();
const LossInfo& findLoss(const std::string& name);  // throws SpecError

class Loss {
public:
    explicit Loss(const NamedSpec& spec);  // throws SpecError
    const LossInfo& info() const { return *m_info; }
    double value(MatrixIn pred, MatrixIn target) const { return m_info->value(pred, target, m_params); }
    void gradient(MatrixIn pred, MatrixIn target, MatrixOut dPred) const {
        m_info->gradient(pred, target, dPred, m_params);
    }
    // Checks a data set's targets once, before training (value/gradient do not,
    // apart from sparse_cce refusing an index out of range rather than reading past p):
    // width (outputs, or 1 for ClassIndex), class indices integral in [0, outputs),
    // labels exactly +-1, bce targets in [0, 1]. Throws ShapeError / DataError
    // naming the loss and the row: loss "hinge": target row 3 is 0, expected -1 or +1
    void checkTarget(MatrixIn target, Index outputs) const;
    const LossParams& params() const { return m_params; }

private:
    const LossInfo* m_info;
    LossParams m_params{};
};

}  // namespace nnlab
