#pragma once
// AdaGrad (Duchi et al. 2011; GBC Alg. 8.4; torch.optim.Adagrad, eps outside the root):
//   a += g^2              (the sum includes the current step; a = 0 before step 1)
//   w -= lr g / (sqrt(a) + eps)
#include "optimizers/Optimizer.h"

namespace nnlab {

class Adagrad : public Optimizer {
public:
    Adagrad() : Optimizer("adagrad", {"lr", "eps"}) { addState("sum_sq", m_a); }

protected:
    void stepImpl() override {
        const double lr = h(0), eps = h(1);
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            const auto g = m_params[i].grad->array();
            auto a = m_a[i].array();
            a += g.square();
            m_params[i].value->array() -= lr * g / (a.sqrt() + eps);
        }
    }

private:
    std::vector<Matrix> m_a;
};

}  // namespace nnlab
