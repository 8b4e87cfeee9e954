// Every loss, one line each, in GUI order. Reductions as ../shared/oracle/README.md.
#include "losses/Functions.h"

namespace nnlab {

namespace {
const char* const kMeanAll = "mean over all elements";
const char* const kMeanSamples = "sum over classes, mean over samples";
}  // namespace

const std::vector<LossInfo>& lossTable() {
    static const std::vector<LossInfo> table = {
        {"mse", "Mean squared error", &mseValue, &mseGradient, {}, TargetKind::Values, kMeanAll},
        {"mae", "Mean absolute error", &maeValue, &maeGradient, {}, TargetKind::Values, kMeanAll},
        {"huber", "Huber", &huberValue, &huberGradient, {{"delta", 1.0, "delta"}}, TargetKind::Values, kMeanAll},
        {"log_cosh", "Log-cosh", &logCoshValue, &logCoshGradient, {}, TargetKind::Values, kMeanAll},
        {"bce", "Binary cross-entropy", &bceValue, &bceGradient, {}, TargetKind::Values, kMeanAll},
        {"cce", "Categorical cross-entropy", &cceValue, &cceGradient, {}, TargetKind::Values, kMeanSamples},
        {"sparse_cce", "Sparse categorical cross-entropy", &sparseCceValue, &sparseCceGradient, {},
         TargetKind::ClassIndex, kMeanSamples},
        {"hinge", "Hinge", &hingeValue, &hingeGradient, {}, TargetKind::PlusMinusOne, kMeanAll},
    };
    return table;
}

}  // namespace nnlab
