// Every optimizer, one line each, in GUI order, with its hyperparameters'
// defaults (PyTorch's, except where the GUI wants a livelier start).
#include "optimizers/Sgd.h"

namespace nnlab {
namespace {

template <class T>
std::unique_ptr<Optimizer> create() {
    return std::make_unique<T>();
}

}  // namespace

const std::vector<OptimizerInfo>& optimizerTable() {
    static const std::vector<OptimizerInfo> table = {
        {"sgd", "SGD", &create<Sgd>, {{"lr", 0.03, "learning rate"}}},
    };
    return table;
}

}  // namespace nnlab
