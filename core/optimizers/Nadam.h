#pragma once
// Nadam (Dozat 2016, Alg. 2 with a constant b1, no momentum schedule), as in
// ../shared/oracle/README.md:
//   m = b1 m + (1-b1) g;  v = b2 v + (1-b2) g^2
//   mhat = b1 m / (1-b1^(t+1)) + (1-b1) g / (1-b1^t)
//   w -= lr mhat / (sqrt(v / (1-b2^t)) + eps)
// torch.optim.NAdam matches this only with a huge momentum_decay (its default
// 4e-3 schedules b1 and gives other numbers).
#include "optimizers/Optimizer.h"

#include <cmath>

namespace nnlab {

class Nadam : public Optimizer {
public:
    Nadam() : Optimizer("nadam", {"lr", "beta1", "beta2", "eps"}) {
        addState("m", m_m);
        addState("v", m_v);
    }

protected:
    void stepImpl() override {
        const double lr = h(0), b1 = h(1), b2 = h(2), eps = h(3);
        const double cm = b1 / (1.0 - std::pow(b1, double(m_t + 1)));  // on m
        const double cg = (1.0 - b1) / (1.0 - std::pow(b1, double(m_t)));  // on g
        const double c2 = 1.0 - std::pow(b2, double(m_t));
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            const auto g = m_params[i].grad->array();
            auto m = m_m[i].array();
            auto v = m_v[i].array();
            m = b1 * m + (1.0 - b1) * g;
            v = b2 * v + (1.0 - b2) * g.square();
            m_params[i].value->array() -= lr * (cm * m + cg * g) / ((v / c2).sqrt() + eps);
        }
    }

private:
    std::vector<Matrix> m_m, m_v;
};

}  // namespace nnlab
