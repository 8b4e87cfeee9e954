#pragma once
// AdamW (Loshchilov & Hutter 2019, Alg. 2 with the schedule multiplier = lr;
// torch.optim.AdamW), decoupled weight decay first, then the Adam step:
//   w -= lr wd w          (every parameter, biases included)
//   m = b1 m + (1-b1) g;  v = b2 v + (1-b2) g^2
//   w -= lr (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)
// Unlike an L2 penalty, the decay never passes through m and v.
#include "optimizers/Adam.h"

namespace nnlab {

class AdamW : public Adam {
public:
    AdamW() : Adam("adamw", {"lr", "beta1", "beta2", "eps", "weight_decay"}) {}

protected:
    void stepImpl() override {
        const double decay = 1.0 - h(0) * h(4);  // PyTorch: param.mul_(1 - lr * wd)
        for (std::size_t i = 0; i < m_params.size(); ++i) {
            *m_params[i].value *= decay;
            adamUpdate(i);
        }
    }
};

}  // namespace nnlab
