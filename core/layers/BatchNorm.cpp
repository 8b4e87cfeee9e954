// Batch normalisation (Ioffe & Szegedy 2015, Alg. 1; PyTorch BatchNorm1d):
//   y = gamma (x - mu_B) / sqrt(var_B + eps) + beta,  var_B biased;
//   running = (1 - momentum) running + momentum * batch (unbiased variance)
//   dx = gamma / (n sqrt(var_B + eps)) * (n dy - sum dy - xhat * sum(dy * xhat))
// The formulas and the choices (batch of one rejected) are in BatchNorm.h.
#include "layers/BatchNorm.h"

#include "Error.h"

#include <sstream>

namespace nnlab {
namespace {

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

}  // namespace

BatchNorm::BatchNorm(LayerSpec spec)
    : Layer(std::move(spec)), m_eps(m_spec.option("eps", kDefaultEps)), m_momentum(m_spec.option("momentum", kDefaultMomentum)) {
    if (!(m_eps > 0.0)) throw SpecError("batchnorm eps must be positive, got " + number(m_eps));
    if (!(m_momentum >= 0.0 && m_momentum <= 1.0))
        throw SpecError("batchnorm momentum (weight of the new batch in the running statistics) must be in [0, 1], got " +
                        number(m_momentum));
}

Shape BatchNorm::outputShape(const Shape& in) const {
    if (in.dims.size() != 1)
        throw ShapeError("a batchnorm layer takes a flat vector, got " + in.toString() + " (add a flatten layer)");
    return in;
}

void BatchNorm::reserve(const Shape& in, Index maxBatch) {
    const Index f = in.size();
    if (m_gamma.cols() != f) {
        m_gamma = Matrix::Ones(1, f);
        m_beta = Matrix::Zero(1, f);
        m_runningMean = Matrix::Zero(1, f);
        m_runningVar = Matrix::Ones(1, f);
    }
    m_dGamma = Matrix::Zero(1, f);
    m_dBeta = Matrix::Zero(1, f);
    m_mean = Matrix::Zero(1, f);
    m_var = Matrix::Zero(1, f);
    m_invStd = Matrix::Zero(1, f);
    m_scale = Matrix::Zero(1, f);
    m_xhat = Matrix::Zero(maxBatch, f);
    m_out = Matrix::Zero(maxBatch, f);
    m_dIn = Matrix::Zero(maxBatch, f);
}

void BatchNorm::initialize(Rng&) {
    m_gamma.setOnes();
    m_beta.setZero();
    m_runningMean.setZero();
    m_runningVar.setOnes();
}

void BatchNorm::forward(MatrixIn x, Pass& pass) {
    m_rows = x.rows();
    m_training = pass.training;
    auto xhat = m_xhat.topRows(m_rows).array();
    if (m_training) {
        if (m_rows < 2)
            throw ShapeError(m_spec.name + ": batch normalisation in training needs at least 2 samples per batch, got " +
                             std::to_string(m_rows) + " (the variance of one sample is undefined)");
        const double n = double(m_rows);
        m_mean.row(0) = x.colwise().mean();
        xhat = x.array().rowwise() - m_mean.row(0).array();
        m_var.row(0) = xhat.square().colwise().sum() / n;
        m_invStd.array() = (m_var.array() + m_eps).rsqrt();
        xhat.rowwise() *= m_invStd.row(0).array();
        m_runningMean = (1.0 - m_momentum) * m_runningMean + m_momentum * m_mean;
        m_runningVar = (1.0 - m_momentum) * m_runningVar + (m_momentum * n / (n - 1.0)) * m_var;
    } else {
        m_invStd.array() = (m_runningVar.array() + m_eps).rsqrt();
        xhat = (x.array().rowwise() - m_runningMean.row(0).array()).rowwise() * m_invStd.row(0).array();
    }
    m_out.topRows(m_rows).array() =
        (xhat.rowwise() * m_gamma.row(0).array()).rowwise() + m_beta.row(0).array();
}

void BatchNorm::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    const auto xhat = m_xhat.topRows(m_rows).array();
    const auto dy = dOut.array();
    m_dBeta.row(0) = dOut.colwise().sum();
    m_dGamma.row(0) = (dy * xhat).colwise().sum();
    if (!wantInputGrad) return;
    auto dx = m_dIn.topRows(m_rows).array();
    if (m_training) {
        const double n = double(m_rows);
        // dx = gamma invStd / n * (n dy - dbeta - xhat dgamma), written column-broadcast
        // (the broadcast factor goes through m_scale: Eigen would evaluate a
        // broadcast expression into a heap temporary)
        m_scale.array() = m_gamma.array() * m_invStd.array() / n;
        dx = ((n * dy).rowwise() - m_dBeta.row(0).array()) - (xhat.rowwise() * m_dGamma.row(0).array());
        dx.rowwise() *= m_scale.row(0).array();
    } else {
        m_scale.array() = m_gamma.array() * m_invStd.array();
        dx = dy.rowwise() * m_scale.row(0).array();
    }
}

std::vector<Param> BatchNorm::params() {
    // gamma is a scale, not a weight: L1/L2 and max-norm leave it alone.
    return {{"gamma", &m_gamma, &m_dGamma, false}, {"beta", &m_beta, &m_dBeta, false}};
}

std::vector<Param> BatchNorm::buffers() {
    return {{"running_mean", &m_runningMean, nullptr, false}, {"running_var", &m_runningVar, nullptr, false}};
}

}  // namespace nnlab
