// Every loss, one line each, in GUI order.
#include "losses/Functions.h"

namespace nnlab {

const std::vector<LossInfo>& lossTable() {
    static const std::vector<LossInfo> table = {
        {"mse", "Mean squared error", &mseValue, &mseGradient, {}, TargetKind::Values, "mean over all elements"},
    };
    return table;
}

}  // namespace nnlab
