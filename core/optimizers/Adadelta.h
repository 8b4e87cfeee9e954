#pragma once
// AdaDelta (Zeiler 2012, Alg. 1; torch.optim.Adadelta, which adds lr):
//   s = rho s + (1-rho) g^2
//   d = sqrt(u + eps) / sqrt(s + eps) g
//   u = rho u + (1-rho) d^2
//   w -= lr d
// d is kept per parameter (sized in bind) so the step needs no temporary.
#include "optimizers/Optimizer.h"

namespace nnlab {

class Adadelta : public Optimizer {
public:
    Adadelta() : Optimizer("adadelta", {"lr", "rho", "eps"}) {
        addState("sq_avg", m_s);
        addState("delta_sq_avg", m_u);
        addState("delta", m_d);
    }

protected:
    void stepImpl() override {
        const double lr = h(0), rho = h(1), eps = h(2);
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            const auto g = m_params[i].grad->array();
            auto s = m_s[i].array();
            auto u = m_u[i].array();
            auto d = m_d[i].array();
            s = rho * s + (1.0 - rho) * g.square();
            d = (u + eps).sqrt() / (s + eps).sqrt() * g;
            u = rho * u + (1.0 - rho) * d.square();
            m_params[i].value->array() -= lr * d;
        }
    }

private:
    std::vector<Matrix> m_s, m_u, m_d;
};

}  // namespace nnlab
