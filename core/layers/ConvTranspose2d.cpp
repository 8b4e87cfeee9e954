// 2-D transposed convolution: the forward pass is a convolution's dX (col2im
// of W^T x) and the backward pass a convolution's forward (im2col); formulas
// in ConvTranspose2d.h. Products through GemmPlan (buffers sized in reserve()).
#include "layers/ConvTranspose2d.h"

#include "Error.h"
#include "initializers/Initializer.h"
#include "layers/StagingBuffer.h"

#include <algorithm>

namespace nnlab {

ConvTranspose2d::ConvTranspose2d(LayerSpec spec)
    : Layer(std::move(spec)),
      m_activation(m_spec.activation),
      m_kernel(wholeOption(m_spec, "kernel", kDefaultKernel, 1)),
      m_stride(wholeOption(m_spec, "stride", kDefaultStride, 1)),
      m_padding(wholeOption(m_spec, "padding", kDefaultPadding, 0)),
      m_outputPadding(wholeOption(m_spec, "output_padding", kDefaultOutputPadding, 0)),
      m_dilation(wholeOption(m_spec, "dilation", kDefaultDilation, 1)) {
    if (m_spec.units < 1)
        throw ShapeError("a conv_transpose2d layer needs at least one output channel (units = " +
                         std::to_string(m_spec.units) + ")");
    if (m_outputPadding >= std::max(m_stride, m_dilation))
        throw SpecError("conv_transpose2d output_padding must be smaller than the stride or the dilation, got " +
                        std::to_string(m_outputPadding) + " with stride " + std::to_string(m_stride));
}

ConvGeometry ConvTranspose2d::geometry(const Shape& in) const {
    requireImage(in, "a conv_transpose2d layer");
    ConvGeometry g;
    g.channels = m_spec.units;
    g.kernel = m_kernel;
    g.stride = m_stride;
    g.padding = m_padding;
    g.dilation = m_dilation;
    g.outHeight = in.dims[1];
    g.outWidth = in.dims[2];
    const Index grow = m_dilation * (m_kernel - 1) + m_outputPadding + 1 - 2 * m_padding;
    g.height = (in.dims[1] - 1) * m_stride + grow;
    g.width = (in.dims[2] - 1) * m_stride + grow;
    if (g.height < 1 || g.width < 1)
        throw ShapeError("conv_transpose2d " + std::to_string(m_kernel) + "x" + std::to_string(m_kernel) + " on a " +
                         std::to_string(in.dims[1]) + "x" + std::to_string(in.dims[2]) + " map: padding " +
                         std::to_string(m_padding) + " crops the whole output");
    return g;
}

Shape ConvTranspose2d::outputShape(const Shape& in) const {
    const ConvGeometry g = geometry(in);
    return Shape{m_spec.units, g.height, g.width};
}

void ConvTranspose2d::reserve(const Shape& in, Index maxBatch) {
    m_g = geometry(in);
    m_inChannels = in.dims[0];
    const Index out = m_spec.units, fan = m_g.rows(), outSize = out * m_g.height * m_g.width;
    if (m_W.rows() != m_inChannels || m_W.cols() != fan) {
        m_W = Matrix::Zero(m_inChannels, fan);
        m_b = Matrix::Zero(1, out);
    }
    m_dW = Matrix::Zero(m_inChannels, fan);
    m_db = Matrix::Zero(1, out);
    m_cols = Matrix::Zero(fan, m_g.cols());
    m_z = Matrix::Zero(maxBatch, outSize);
    m_dz = Matrix::Zero(maxBatch, outSize);
    m_out = Matrix::Zero(maxBatch, outSize);
    m_dIn = Matrix::Zero(maxBatch, in.size());
    m_forward.plan(fan, m_g.cols(), m_inChannels);
    m_weightGrad.plan(m_inChannels, fan, m_g.cols());
    m_inputGrad.plan(m_inChannels, m_g.cols(), fan);
    m_single = m_precision == Precision::Float32;
    m_Wf = m_dWf = stagingBuffer(m_single, m_inChannels, fan);
    m_colsF = stagingBuffer(m_single, fan, m_g.cols());
    m_xF = m_dxF = stagingBuffer(m_single, m_inChannels, m_g.cols());
    if (!m_single) return;
    m_forwardF.plan(fan, m_g.cols(), m_inChannels);
    m_weightGradF.plan(m_inChannels, fan, m_g.cols());
    m_inputGradF.plan(m_inChannels, m_g.cols(), fan);
}

void ConvTranspose2d::initialize(Rng& rng) {
    // Each output pixel sums about C k k / s^2 inputs; the table's fan_in is C k k.
    const Index k2 = m_kernel * m_kernel;
    nnlab::initialize(m_spec.weightInit, m_W, m_inChannels * k2, m_spec.units * k2, rng);
    nnlab::initialize(m_spec.biasInit, m_b, m_inChannels * k2, m_spec.units * k2, rng);
}

void ConvTranspose2d::forward(MatrixIn x, Pass&) {
    m_rows = x.rows();
    if (m_single) return forwardSingle(x);
    const Index out = m_spec.units, pixels = m_g.height * m_g.width;
    for (Index n = 0; n < m_rows; ++n) {
        m_cols.setZero();
        m_forward.run(m_cols.data(), m_cols.cols(), m_W.data(), m_W.cols(), x.row(n).data(), m_g.cols());  // W^T x
        m_z.row(n).setZero();
        col2im(m_cols.data(), m_g, m_z.row(n).data());
        Eigen::Map<Matrix> z(m_z.row(n).data(), out, pixels);
        z.colwise() += m_b.row(0).transpose();
    }
    m_activation.forward(m_z.topRows(m_rows).array(), m_out.topRows(m_rows).array());
}

void ConvTranspose2d::backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    if (!m_activation.hasGradient())
        throw NumericError(m_spec.name + ": activation \"" + m_activation.info().name +
                           "\" has no gradient; it cannot be trained by backpropagation");
    const Index out = m_spec.units, pixels = m_g.height * m_g.width;
    m_activation.backward(m_z.topRows(m_rows).array(), m_out.topRows(m_rows).array(), dOut.array(),
                          m_dz.topRows(m_rows).array());
    if (m_single) return backwardSingle(x, wantInputGrad);
    m_dW.setZero();
    m_db.setZero();
    for (Index n = 0; n < m_rows; ++n) {
        const Eigen::Map<const Matrix> dz(m_dz.row(n).data(), out, pixels);
        m_db.row(0) += dz.rowwise().sum().transpose();
        im2col(m_dz.row(n).data(), m_g, m_cols.data());
        m_weightGrad.run(m_dW.data(), m_dW.cols(), x.row(n).data(), m_g.cols(), m_cols.data(), m_cols.cols());  // dW += x cols^T
        if (wantInputGrad) {
            m_dIn.row(n).setZero();
            m_inputGrad.run(m_dIn.row(n).data(), m_g.cols(), m_W.data(), m_W.cols(), m_cols.data(), m_cols.cols());  // dx = W cols
        }
    }
}

void ConvTranspose2d::forwardSingle(MatrixIn x) {
    const Index out = m_spec.units, pixels = m_g.height * m_g.width, fan = m_g.rows();
    m_Wf = m_W.cast<float>();  // the optimizer updated W since the last forward
    for (Index n = 0; n < m_rows; ++n) {
        Eigen::Map<Eigen::RowVectorXf>(m_xF.data(), m_xF.size()) = x.row(n).cast<float>();
        m_colsF.setZero();
        m_forwardF.run(m_colsF.data(), m_colsF.cols(), m_Wf.data(), fan, m_xF.data(), m_g.cols());  // W^T x
        m_z.row(n).setZero();
        col2im(m_colsF.data(), m_g, m_z.row(n).data());
        Eigen::Map<Matrix> z(m_z.row(n).data(), out, pixels);
        z.colwise() += m_b.row(0).transpose();
    }
    m_activation.forward(m_z.topRows(m_rows).array(), m_out.topRows(m_rows).array());
}

void ConvTranspose2d::backwardSingle(MatrixIn x, bool wantInputGrad) {
    const Index out = m_spec.units, pixels = m_g.height * m_g.width, fan = m_g.rows();
    m_dWf.setZero();
    m_db.setZero();
    for (Index n = 0; n < m_rows; ++n) {
        const Eigen::Map<const Matrix> dz(m_dz.row(n).data(), out, pixels);
        m_db.row(0) += dz.rowwise().sum().transpose();
        im2col(m_dz.row(n).data(), m_g, m_colsF.data());
        Eigen::Map<Eigen::RowVectorXf>(m_xF.data(), m_xF.size()) = x.row(n).cast<float>();
        m_weightGradF.run(m_dWf.data(), fan, m_xF.data(), m_g.cols(), m_colsF.data(), m_colsF.cols());  // dW += x cols^T
        if (wantInputGrad) {
            m_dxF.setZero();
            m_inputGradF.run(m_dxF.data(), m_g.cols(), m_Wf.data(), fan, m_colsF.data(), m_colsF.cols());  // dx = W cols
            m_dIn.row(n) = Eigen::Map<const Eigen::RowVectorXf>(m_dxF.data(), m_dxF.size()).cast<double>();
        }
    }
    m_dW = m_dWf.cast<double>();
}

std::vector<Param> ConvTranspose2d::params() {
    return {{"W", &m_W, &m_dW, true}, {"b", &m_b, &m_db, false}};
}

}  // namespace nnlab
