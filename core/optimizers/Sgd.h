#pragma once
// Plain stochastic gradient descent (GBC Alg. 8.1; torch.optim.SGD):
//   w -= lr g
// Batch gradient descent and mini-batch SGD are this rule with the batch size
// set to the whole set or to b.
#include "optimizers/Optimizer.h"

namespace nnlab {

class Sgd : public Optimizer {
public:
    Sgd() : Optimizer("sgd", {"lr"}) {}

protected:
    void stepImpl() override {
        const double lr = h(0);
        for (auto& p : m_params) p.value->array() -= lr * p.grad->array();
    }
};

}  // namespace nnlab
