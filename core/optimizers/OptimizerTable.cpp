// Every optimizer, one line each, in GUI order, with its hyperparameters'
// defaults: the only place they are written. PyTorch's, except a livelier lr
// for the SGD family (0.03) and the Adam family (0.01) in the GUI. Experiment
// files and the oracle cases set their own.
#include "optimizers/Adadelta.h"
#include "optimizers/Adagrad.h"
#include "optimizers/Adam.h"
#include "optimizers/AdamW.h"
#include "optimizers/Adamax.h"
#include "optimizers/Amsgrad.h"
#include "optimizers/Momentum.h"
#include "optimizers/Nadam.h"
#include "optimizers/Nesterov.h"
#include "optimizers/Rmsprop.h"
#include "optimizers/Sgd.h"

namespace nnlab {
namespace {

template <class T>
std::unique_ptr<Optimizer> create() {
    return std::make_unique<T>();
}

const ParamDef kLr03{"lr", 0.03, "learning rate"};
const ParamDef kLr01{"lr", 0.01, "learning rate"};
const ParamDef kMomentum{"momentum", 0.9, "momentum"};
const ParamDef kBeta1{"beta1", 0.9, "beta1 (decay of the gradient average)"};
const ParamDef kBeta2{"beta2", 0.999, "beta2 (decay of the squared-gradient average)"};
const ParamDef kEps8{"eps", 1e-8, "epsilon"};

}  // namespace

const std::vector<OptimizerInfo>& optimizerTable() {
    static const std::vector<OptimizerInfo> table = {
        {"sgd", "SGD", &create<Sgd>, {kLr03}},
        {"momentum", "Momentum", &create<Momentum>, {kLr03, kMomentum}},
        {"nesterov", "Nesterov momentum", &create<Nesterov>, {kLr03, kMomentum}},
        {"adagrad", "AdaGrad", &create<Adagrad>, {kLr01, {"eps", 1e-10, "epsilon"}}},
        {"adadelta", "AdaDelta", &create<Adadelta>,
         {{"lr", 1.0, "learning rate"}, {"rho", 0.9, "rho (decay of the averages)"}, {"eps", 1e-6, "epsilon"}}},
        {"rmsprop", "RMSProp", &create<Rmsprop>, {kLr01, {"rho", 0.99, "rho (decay of the squared-gradient average)"}, kEps8}},
        {"adam", "Adam", &create<Adam>, {kLr01, kBeta1, kBeta2, kEps8}},
        {"adamw", "AdamW", &create<AdamW>, {kLr01, kBeta1, kBeta2, kEps8, {"weight_decay", 0.01, "weight decay"}}},
        {"amsgrad", "AMSGrad", &create<Amsgrad>, {kLr01, kBeta1, kBeta2, kEps8}},
        {"adamax", "Adamax", &create<Adamax>, {kLr01, kBeta1, kBeta2, kEps8}},
        {"nadam", "Nadam", &create<Nadam>, {kLr01, kBeta1, kBeta2, kEps8}},
    };
    return table;
}

}  // namespace nnlab
