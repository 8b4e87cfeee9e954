#pragma once
// Nesterov momentum (Sutskever et al. 2013; torch.optim.SGD nesterov=True):
//   v = mu v + g          (v = g on the first step)
//   w -= lr (g + mu v)
// Equivalent to the look-ahead form (GBC Alg. 8.3) and to Chollet's
// "velocity = mu velocity - lr g; w += mu velocity - lr g" with velocity = -lr v.
#include "optimizers/Optimizer.h"

namespace nnlab {

class Nesterov : public Optimizer {
public:
    Nesterov() : Optimizer("nesterov", {"lr", "momentum"}) { addState("velocity", m_v); }

protected:
    void stepImpl() override {
        const double lr = h(0), mu = h(1);
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            const auto g = m_params[i].grad->array();
            auto v = m_v[i].array();
            v = mu * v + g;
            m_params[i].value->array() -= lr * (g + mu * v);
        }
    }

private:
    std::vector<Matrix> m_v;
};

}  // namespace nnlab
