#pragma once
// Momentum, sum form (Polyak 1964; torch.optim.SGD with momentum, dampening 0):
//   v = mu v + g          (v = 0 before step 1, so v = g on the first step)
//   w -= lr v
// The notes' form v = gamma v + lr g; w -= v is this one times lr while lr is
// constant; GBC Alg. 8.2 writes v = a v - e g; w += v.
#include "optimizers/Optimizer.h"

namespace nnlab {

class Momentum : public Optimizer {
public:
    Momentum() : Optimizer("momentum", {"lr", "momentum"}) { addState("velocity", m_v); }

protected:
    void stepImpl() override {
        const double lr = h(0), mu = h(1);
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            auto v = m_v[i].array();
            v = mu * v + m_params[i].grad->array();
            m_params[i].value->array() -= lr * v;
        }
    }

private:
    std::vector<Matrix> m_v;
};

}  // namespace nnlab
