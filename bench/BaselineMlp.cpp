// Forward  a[l+1] = tanh(a[l] W^T + b);  square loss L = 1/(nk) sum (a - y)^2
// Backward dz = 2 (a - y) / (nk) * (1 - a^2) at the output,
//          dW = dz^T a[l],  db = sum_rows dz,  dz[l-1] = (dz W) * (1 - a[l]^2)
// SGD      W -= lr dW,  b -= lr db
#include "BaselineMlp.h"

#include "activations/Functions.h"

#include <utility>

namespace nnlab::bench {

BaselineMlp::BaselineMlp(std::vector<Matrix> W, std::vector<Matrix> b, Index batch, double lr, const Matrix& x,
                         const Matrix& y, std::uint64_t seed, BaselineTanh tanh)
    : m_W(std::move(W)), m_b(std::move(b)), m_x(x), m_y(y), m_rng(seed), m_batch(batch), m_lr(lr), m_tanh(tanh) {
    m_a.push_back(Matrix::Zero(batch, m_W[0].cols()));
    for (const Matrix& w : m_W) {
        m_z.push_back(Matrix::Zero(batch, w.rows()));
        m_a.push_back(Matrix::Zero(batch, w.rows()));
        m_dz.push_back(Matrix::Zero(batch, w.rows()));
        m_dW.push_back(Matrix::Zero(w.rows(), w.cols()));
        m_db.push_back(Matrix::Zero(1, w.rows()));
    }
    m_yb = Matrix::Zero(batch, y.cols());
    for (Index i = 0; i < x.rows(); ++i) m_order.push_back(i);
}

Index BaselineMlp::step() {
    if (m_cursor == 0)  // the same Fisher-Yates shuffle per epoch as the engine
        for (std::size_t i = m_order.size(); i > 1; --i) std::swap(m_order[i - 1], m_order[uniformIndex(m_rng, i)]);
    for (Index r = 0; r < m_batch; ++r) {
        m_a[0].row(r) = m_x.row(m_order[std::size_t(m_cursor + r)]);
        m_yb.row(r) = m_y.row(m_order[std::size_t(m_cursor + r)]);
    }
    const std::size_t L = m_W.size();
    for (std::size_t l = 0; l < L; ++l) {
        m_z[l].noalias() = m_a[l] * m_W[l].transpose();
        m_z[l].rowwise() += m_b[l].row(0);
        if (m_tanh == BaselineTanh::Eigen)
            m_a[l + 1].array() = m_z[l].array().tanh();
        else
            tanhForward(m_z[l].array(), m_a[l + 1].array(), {});
    }
    m_dz[L - 1].array() = (2.0 / double(m_yb.size())) * (m_a[L] - m_yb).array() * (1.0 - m_a[L].array().square());
    for (std::size_t l = L; l-- > 0;) {
        m_dW[l].noalias() = m_dz[l].transpose() * m_a[l];
        m_db[l] = m_dz[l].colwise().sum();
        if (l > 0) {
            m_dz[l - 1].noalias() = m_dz[l] * m_W[l];
            m_dz[l - 1].array() *= 1.0 - m_a[l].array().square();
        }
    }
    for (std::size_t l = 0; l < L; ++l) {
        m_W[l] -= m_lr * m_dW[l];
        m_b[l] -= m_lr * m_db[l];
    }
    m_cursor += m_batch;
    if (m_cursor + m_batch > m_x.rows()) m_cursor = 0;
    return m_batch;
}

}  // namespace nnlab::bench
