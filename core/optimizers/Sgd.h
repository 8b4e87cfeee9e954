#pragma once
// Plain stochastic gradient descent: w -= lr g. Batch gradient descent and
// mini-batch SGD are this rule with the batch size set to the whole set or to b.
#include "optimizers/Optimizer.h"

namespace nnlab {

class Sgd : public Optimizer {
public:
    Sgd() : Optimizer("sgd", {{"lr", 0.03}}) {}
    void bind(const std::vector<Param>& params) override {
        m_params = params;
        m_t = 0;
    }

protected:
    void stepImpl() override {
        const double lr = h(0);
        for (auto& p : m_params) p.value->noalias() -= lr * *p.grad;
    }
};

}  // namespace nnlab
