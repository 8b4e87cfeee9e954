#pragma once
// Adam (Kingma & Ba 2015, Alg. 1; GBC Alg. 8.7; torch.optim.Adam), t = 1 first:
//   m = b1 m + (1-b1) g;  v = b2 v + (1-b2) g^2
//   w -= lr (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)
// The notes' w -= lr m / sqrt(v + eps) drops the bias correction (first steps
// about 3x too large) and puts eps inside the root.
#include "optimizers/Optimizer.h"

#include <algorithm>
#include <cmath>

namespace nnlab {

class Adam : public Optimizer {
public:
    Adam() : Adam("adam") {}

protected:
    // For AdamW, which shares the rule and adds a key after these four.
    explicit Adam(std::string name, std::vector<std::string> keys = {"lr", "beta1", "beta2", "eps"})
        : Optimizer(std::move(name), std::move(keys)) {
        addState("m", m_m);
        addState("v", m_v);
    }
    void stepImpl() override {
        for (std::size_t i = 0; i < m_params.size(); ++i) adamUpdate(i);
    }
    // Block by block: Eigen's three passes (m, v, then w) over a large
    // network's state went out to memory and back; over a block of
    // kAdamBlock elements they stay in the cache. Every element gets the same
    // vectorised expressions as over the whole array (blocks are whole
    // packets from an aligned start), so the results are the same bit for bit.
    static constexpr Index kAdamBlock = 1024;
    void adamUpdate(std::size_t i) {
        const double lr = h(0), b1 = h(1), b2 = h(2), eps = h(3);
        const double c1 = 1.0 - std::pow(b1, double(m_t));
        const double c2 = 1.0 - std::pow(b2, double(m_t));
        // PyTorch's order (_single_tensor_adam): step_size = lr / c1,
        // denom = sqrt(v) / sqrt(c2) + eps, w += -step_size * m / denom. Two
        // divisions per element instead of three: 15 % of a 784-256-128-10 step.
        const double stepSize = lr / c1, c2Sqrt = std::sqrt(c2);
        using Block = Eigen::Map<Eigen::ArrayXd, Eigen::AlignedMax>;
        using ConstBlock = Eigen::Map<const Eigen::ArrayXd, Eigen::AlignedMax>;
        const Index size = m_m[i].size();
        for (Index start = 0; start < size; start += kAdamBlock) {
            const Index len = std::min(kAdamBlock, size - start);
            const ConstBlock g(m_params[i].grad->data() + start, len);
            Block m(m_m[i].data() + start, len), v(m_v[i].data() + start, len);
            Block w(m_params[i].value->data() + start, len);
            m = b1 * m + (1.0 - b1) * g;
            v = b2 * v + (1.0 - b2) * g.square();
            w += -stepSize * (m / (v.sqrt() / c2Sqrt + eps));
        }
    }

    std::vector<Matrix> m_m, m_v;
};

}  // namespace nnlab
