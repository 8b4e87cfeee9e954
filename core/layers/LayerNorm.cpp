// Layer normalisation (Ba et al. 2016; torch.nn.LayerNorm(F)), per sample and
// time step over the last dimension; formulas in LayerNorm.h.
#include "layers/LayerNorm.h"

#include "Error.h"

#include <cmath>

namespace nnlab {

LayerNorm::LayerNorm(LayerSpec spec) : Layer(std::move(spec)), m_eps(m_spec.option("eps", kDefaultEps)) {
    if (!(m_eps > 0.0)) throw SpecError("layernorm eps must be positive, got " + std::to_string(m_eps));
}

Shape LayerNorm::outputShape(const Shape& in) const {
    if (in.dims.empty() || in.dims.size() > 2)
        throw ShapeError("a layernorm layer takes a vector {F} or a sequence {T, F}, got " + in.toString() +
                         " (add a flatten layer)");
    return in;
}

void LayerNorm::reserve(const Shape& in, Index maxBatch) {
    m_features = in.dims.back();
    m_steps = in.dims.size() == 2 ? in.dims[0] : 1;
    if (m_gamma.cols() != m_features) {
        m_gamma = Matrix::Ones(1, m_features);
        m_beta = Matrix::Zero(1, m_features);
    }
    m_dGamma = Matrix::Zero(1, m_features);
    m_dBeta = Matrix::Zero(1, m_features);
    m_xhat = Matrix::Zero(maxBatch, in.size());
    m_invStd = Matrix::Zero(maxBatch, m_steps);
    m_out = Matrix::Zero(maxBatch, in.size());
    m_dIn = Matrix::Zero(maxBatch, in.size());
}

void LayerNorm::initialize(Rng&) {
    m_gamma.setOnes();
    m_beta.setZero();
}

void LayerNorm::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    const Index f = m_features;
    for (Index r = 0; r < m_rows; ++r) {
        for (Index t = 0; t < m_steps; ++t) {
            auto xhat = m_xhat.row(r).segment(t * f, f).array();
            xhat = x.row(r).segment(t * f, f).array() - x.row(r).segment(t * f, f).mean();
            const double invStd = 1.0 / std::sqrt(xhat.square().mean() + m_eps);
            xhat *= invStd;
            m_invStd(r, t) = invStd;
            m_out.row(r).segment(t * f, f).array() = xhat * m_gamma.row(0).array() + m_beta.row(0).array();
        }
    }
}

void LayerNorm::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    const Index f = m_features;
    m_dGamma.setZero();
    m_dBeta.setZero();
    for (Index r = 0; r < m_rows; ++r) {
        for (Index t = 0; t < m_steps; ++t) {
            const auto dy = dOut.row(r).segment(t * f, f).array();
            const auto xhat = m_xhat.row(r).segment(t * f, f).array();
            m_dGamma.row(0).array() += dy * xhat;
            m_dBeta.row(0).array() += dy;
            if (!wantInputGrad) continue;
            // dx is first g = dy * gamma, then the two means are taken from it
            auto dx = m_dIn.row(r).segment(t * f, f).array();
            dx = dy * m_gamma.row(0).array();
            const double meanG = dx.mean();
            const double meanGx = (dx * xhat).mean();
            dx = (dx - meanG - xhat * meanGx) * m_invStd(r, t);
        }
    }
}

std::vector<Param> LayerNorm::params() {
    // gamma is a scale, not a weight: L1/L2 and max-norm leave it alone (as batchnorm).
    return {{"gamma", &m_gamma, &m_dGamma, false}, {"beta", &m_beta, &m_dBeta, false}};
}

}  // namespace nnlab
