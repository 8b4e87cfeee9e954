#pragma once
// The reference the engine is held to: a training loop for one fixed tanh MLP
// with square loss and SGD, written by hand with Eigen over preallocated
// matrices, as one would without a framework (no layers, tables, Ref
// arguments or checks). The bench runs it next to the engine on the same
// data, batch and shuffling, twice: with Eigen's own tanh (glibc's scalar
// tanh for double) and with the engine's vectorised tanhForward, so that the
// framework's overhead shows apart from the speed of tanh.
#include "Types.h"
#include "random/Rng.h"

#include <vector>

namespace nnlab::bench {

enum class BaselineTanh { Eigen, Engine };

class BaselineMlp {
public:
    // W[l]: (out, in), b[l]: (1, out), as the engine's Dense. x and y are the
    // training set; its size must be a multiple of batch.
    BaselineMlp(std::vector<Matrix> W, std::vector<Matrix> b, Index batch, double lr, const Matrix& x,
                const Matrix& y, std::uint64_t seed, BaselineTanh tanh);
    // One mini-batch; returns its size.
    Index step();

private:
    std::vector<Matrix> m_W, m_b, m_dW, m_db;
    std::vector<Matrix> m_z;   // m_z[l] = m_a[l] W[l]^T + b[l]
    std::vector<Matrix> m_a;   // m_a[0] the batch input, m_a[l+1] = tanh(m_z[l])
    std::vector<Matrix> m_dz;  // dL/d(pre-activation) per layer
    Matrix m_yb;
    const Matrix& m_x;
    const Matrix& m_y;
    std::vector<Index> m_order;
    Rng m_rng;
    Index m_batch, m_cursor = 0;
    double m_lr;
    BaselineTanh m_tanh;
};

}  // namespace nnlab::bench
