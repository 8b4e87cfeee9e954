// Batch normalisation over (n, H, W) per channel (formulas in BatchNorm2d.h).
// Each sample row is viewed as a (C, H W) map, so per-channel sums are row sums.
#include "layers/BatchNorm2d.h"

#include "Error.h"
#include "layers/ConvGeometry.h"

#include <sstream>

namespace nnlab {
namespace {

using PlanesIn = Eigen::Map<const Matrix>;
using Planes = Eigen::Map<Matrix>;

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

}  // namespace

BatchNorm2d::BatchNorm2d(LayerSpec spec)
    : Layer(std::move(spec)), m_eps(m_spec.option("eps", kDefaultEps)), m_momentum(m_spec.option("momentum", kDefaultMomentum)) {
    if (!(m_eps > 0.0)) throw SpecError("batchnorm2d eps must be positive, got " + number(m_eps));
    if (!(m_momentum >= 0.0 && m_momentum <= 1.0))
        throw SpecError("batchnorm2d momentum (weight of the new batch in the running statistics) must be in [0, 1], got " +
                        number(m_momentum));
}

Shape BatchNorm2d::outputShape(const Shape& in) const {
    requireImage(in, "a batchnorm2d layer");
    return in;
}

void BatchNorm2d::reserve(const Shape& in, Index maxBatch) {
    requireImage(in, "a batchnorm2d layer");
    m_channels = in.dims[0];
    m_plane = in.dims[1] * in.dims[2];
    const Index c = m_channels;
    if (m_gamma.cols() != c) {
        m_gamma = Matrix::Ones(1, c);
        m_beta = Matrix::Zero(1, c);
        m_runningMean = Matrix::Zero(1, c);
        m_runningVar = Matrix::Ones(1, c);
    }
    for (Matrix* m : {&m_dGamma, &m_dBeta, &m_mean, &m_var, &m_invStd, &m_scale}) *m = Matrix::Zero(1, c);
    m_xhat = Matrix::Zero(maxBatch, in.size());
    m_out = Matrix::Zero(maxBatch, in.size());
    m_dIn = Matrix::Zero(maxBatch, in.size());
}

void BatchNorm2d::initialize(Rng&) {
    m_gamma.setOnes();
    m_beta.setZero();
    m_runningMean.setZero();
    m_runningVar.setOnes();
}

void BatchNorm2d::forward(MatrixIn x, Pass& pass) {
    m_rows = x.rows();
    m_training = pass.training;
    const Index C = m_channels, P = m_plane;
    if (m_training) {
        const double m = double(m_rows * P);
        if (m < 2.0)
            throw ShapeError(m_spec.name + ": batch normalisation in training needs at least 2 values per channel, got " +
                             std::to_string(m_rows * P) + " (the variance of one value is undefined)");
        m_mean.setZero();
        for (Index n = 0; n < m_rows; ++n) m_mean.row(0) += PlanesIn(x.row(n).data(), C, P).rowwise().sum().transpose();
        m_mean /= m;
        m_var.setZero();
        for (Index n = 0; n < m_rows; ++n) {
            Planes xhat(m_xhat.row(n).data(), C, P);
            xhat = PlanesIn(x.row(n).data(), C, P).colwise() - m_mean.row(0).transpose();
            m_var.row(0) += xhat.array().square().rowwise().sum().matrix().transpose();
        }
        m_var /= m;
        m_invStd.array() = (m_var.array() + m_eps).rsqrt();
        m_runningMean = (1.0 - m_momentum) * m_runningMean + m_momentum * m_mean;
        m_runningVar = (1.0 - m_momentum) * m_runningVar + (m_momentum * m / (m - 1.0)) * m_var;
    } else {
        m_invStd.array() = (m_runningVar.array() + m_eps).rsqrt();
        for (Index n = 0; n < m_rows; ++n) {
            Planes xhat(m_xhat.row(n).data(), C, P);
            xhat = PlanesIn(x.row(n).data(), C, P).colwise() - m_runningMean.row(0).transpose();
        }
    }
    for (Index n = 0; n < m_rows; ++n) {
        Planes xhat(m_xhat.row(n).data(), C, P);
        xhat.array().colwise() *= m_invStd.row(0).transpose().array();
        Planes y(m_out.row(n).data(), C, P);
        y.array() = (xhat.array().colwise() * m_gamma.row(0).transpose().array()).colwise() +
                    m_beta.row(0).transpose().array();
    }
}

void BatchNorm2d::backward(MatrixIn, MatrixIn dOut, bool wantInputGrad) {
    const Index C = m_channels, P = m_plane;
    m_dBeta.setZero();
    m_dGamma.setZero();
    for (Index n = 0; n < m_rows; ++n) {
        const PlanesIn dy(dOut.row(n).data(), C, P);
        const PlanesIn xhat(m_xhat.row(n).data(), C, P);
        m_dBeta.row(0) += dy.rowwise().sum().transpose();
        m_dGamma.row(0) += (dy.array() * xhat.array()).rowwise().sum().matrix().transpose();
    }
    if (!wantInputGrad) return;
    if (m_training) {
        const double m = double(m_rows * P);
        m_scale.array() = m_gamma.array() * m_invStd.array() / m;
        for (Index n = 0; n < m_rows; ++n) {
            const PlanesIn dy(dOut.row(n).data(), C, P);
            const PlanesIn xhat(m_xhat.row(n).data(), C, P);
            Planes dx(m_dIn.row(n).data(), C, P);
            dx.array() = ((m * dy.array()).colwise() - m_dBeta.row(0).transpose().array()) -
                         (xhat.array().colwise() * m_dGamma.row(0).transpose().array());
            dx.array().colwise() *= m_scale.row(0).transpose().array();
        }
    } else {
        m_scale.array() = m_gamma.array() * m_invStd.array();
        for (Index n = 0; n < m_rows; ++n) {
            Planes dx(m_dIn.row(n).data(), C, P);
            dx.array() = PlanesIn(dOut.row(n).data(), C, P).array().colwise() * m_scale.row(0).transpose().array();
        }
    }
}

std::vector<Param> BatchNorm2d::params() {
    return {{"gamma", &m_gamma, &m_dGamma, false}, {"beta", &m_beta, &m_dBeta, false}};
}

std::vector<Param> BatchNorm2d::buffers() {
    return {{"running_mean", &m_runningMean, nullptr, false}, {"running_var", &m_runningVar, nullptr, false}};
}

}  // namespace nnlab
