#pragma once
// RMSProp (Hinton, Coursera lecture 6e; torch.optim.RMSprop, whose "alpha" is rho here;
// eps outside the root, unlike GBC Alg. 8.5):
//   s = rho s + (1-rho) g^2
//   w -= lr g / (sqrt(s) + eps)
#include "optimizers/Optimizer.h"

namespace nnlab {

class Rmsprop : public Optimizer {
public:
    Rmsprop() : Optimizer("rmsprop", {"lr", "rho", "eps"}) { addState("sq_avg", m_s); }

protected:
    void stepImpl() override {
        const double lr = h(0), rho = h(1), eps = h(2);
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            const auto g = m_params[i].grad->array();
            auto s = m_s[i].array();
            s = rho * s + (1.0 - rho) * g.square();
            m_params[i].value->array() -= lr * g / (s.sqrt() + eps);
        }
    }

private:
    std::vector<Matrix> m_s;
};

}  // namespace nnlab
