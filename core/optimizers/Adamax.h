#pragma once
// Adamax (Kingma & Ba 2015, Alg. 2, the infinity-norm Adam; torch.optim.Adamax,
// which adds eps inside the max):
//   m = b1 m + (1-b1) g;  u = max(b2 u, |g| + eps)
//   w -= lr / (1-b1^t) m / u
#include "optimizers/Optimizer.h"

#include <cmath>

namespace nnlab {

class Adamax : public Optimizer {
public:
    Adamax() : Optimizer("adamax", {"lr", "beta1", "beta2", "eps"}) {
        addState("m", m_m);
        addState("u", m_u);
    }

protected:
    void stepImpl() override {
        const double lr = h(0), b1 = h(1), b2 = h(2), eps = h(3);
        const double stepSize = lr / (1.0 - std::pow(b1, double(m_t)));
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            const auto g = m_params[i].grad->array();
            auto m = m_m[i].array();
            auto u = m_u[i].array();
            m = b1 * m + (1.0 - b1) * g;
            u = (b2 * u).max(g.abs() + eps);
            m_params[i].value->array() -= stepSize * m / u;
        }
    }

private:
    std::vector<Matrix> m_m, m_u;
};

}  // namespace nnlab
