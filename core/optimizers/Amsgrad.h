#pragma once
// AMSGrad (Reddi et al. 2018, Alg. 2; torch.optim.Adam amsgrad=True): Adam with v
// replaced by its running maximum in the denominator:
//   m = b1 m + (1-b1) g;  v = b2 v + (1-b2) g^2;  vmax = max(vmax, v)
//   w -= lr (m / (1-b1^t)) / (sqrt(vmax / (1-b2^t)) + eps)
#include "optimizers/Optimizer.h"

#include <cmath>

namespace nnlab {

class Amsgrad : public Optimizer {
public:
    Amsgrad() : Optimizer("amsgrad", {"lr", "beta1", "beta2", "eps"}) {
        addState("m", m_m);
        addState("v", m_v);
        addState("v_max", m_vmax);
    }

protected:
    void stepImpl() override {
        const double lr = h(0), b1 = h(1), b2 = h(2), eps = h(3);
        const double c1 = 1.0 - std::pow(b1, double(m_t));
        const double c2 = 1.0 - std::pow(b2, double(m_t));
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            const auto g = m_params[i].grad->array();
            auto m = m_m[i].array();
            auto v = m_v[i].array();
            auto vmax = m_vmax[i].array();
            m = b1 * m + (1.0 - b1) * g;
            v = b2 * v + (1.0 - b2) * g.square();
            vmax = vmax.max(v);
            m_params[i].value->array() -= lr * (m / c1) / ((vmax / c2).sqrt() + eps);
        }
    }

private:
    std::vector<Matrix> m_m, m_v, m_vmax;
};

}  // namespace nnlab
