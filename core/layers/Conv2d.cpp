// 2-D convolution by im2col + one product per sample (formulas in Conv2d.h;
// as BVLC/caffe base_conv_layer.cpp, whose column buffer is sized in Reshape,
// here in reserve()). Backward recomputes the columns instead of keeping
// maxBatch copies of them. The products go through GemmPlan, whose packing
// buffers are sized in reserve() too (Eigen would allocate them per call).
#include "layers/Conv2d.h"

#include "Error.h"
#include "initializers/Initializer.h"
#include "layers/StagingBuffer.h"

#include <algorithm>

namespace nnlab {

Conv2d::Conv2d(LayerSpec spec)
    : BandwiseLayer(std::move(spec)),
      m_activation(m_spec.activation),
      m_kernel(wholeOption(m_spec, "kernel", kDefaultKernel, 1)),
      m_stride(wholeOption(m_spec, "stride", kDefaultStride, 1)),
      m_padding(wholeOption(m_spec, "padding", kDefaultPadding, 0)),
      m_dilation(wholeOption(m_spec, "dilation", kDefaultDilation, 1)) {
    if (m_spec.units < 1)
        throw ShapeError("a conv2d layer needs at least one filter (units = " + std::to_string(m_spec.units) + ")");
}

ConvGeometry Conv2d::geometry(const Shape& in) const {
    requireImage(in, "a conv2d layer");
    ConvGeometry g;
    g.channels = in.dims[0];
    g.height = in.dims[1];
    g.width = in.dims[2];
    g.kernel = m_kernel;
    g.stride = m_stride;
    g.padding = m_padding;
    g.dilation = m_dilation;
    g.outHeight = convOutputSize(g.height, g.kernel, g.stride, g.padding, g.dilation);
    g.outWidth = convOutputSize(g.width, g.kernel, g.stride, g.padding, g.dilation);
    if (g.outHeight < 1 || g.outWidth < 1) {
        const std::string k = std::to_string(m_kernel) + "x" + std::to_string(m_kernel);
        const std::string span = std::to_string(g.span()) + "x" + std::to_string(g.span());
        throw ShapeError("conv2d " + k + " on a " + std::to_string(g.height) + "x" + std::to_string(g.width) +
                         " map does not fit" + (m_dilation > 1 ? " (dilation " + std::to_string(m_dilation) + " spans " + span + ")" : "") +
                         " with padding " + std::to_string(m_padding));
    }
    return g;
}

Shape Conv2d::outputShape(const Shape& in) const {
    const ConvGeometry g = geometry(in);
    return Shape{m_spec.units, g.outHeight, g.outWidth};
}

void Conv2d::reserve(const Shape& in, Index maxBatch) {
    m_g = geometry(in);
    const Index out = m_spec.units, fan = m_g.rows(), positions = m_g.cols();
    if (m_W.rows() != out || m_W.cols() != fan) {
        m_W = Matrix::Zero(out, fan);
        m_b = Matrix::Zero(1, out);
    }
    m_dW = Matrix::Zero(out, fan);
    m_db = Matrix::Zero(1, out);
    m_cols = Matrix::Zero(fan, positions);
    m_dCols = Matrix::Zero(fan, positions);
    m_z = Matrix::Zero(maxBatch, out * positions);
    m_dz = Matrix::Zero(1, out * positions);
    m_out = Matrix::Zero(maxBatch, out * positions);
    m_dIn = Matrix::Zero(maxBatch, in.size());
    m_forward.plan(out, positions, fan);
    m_weightGrad.plan(out, fan, positions);
    m_colGrad.plan(fan, positions, out);
    m_single = m_precision == Precision::Float32;
    m_reluSingle = m_single && std::string(m_activation.info().name) == "relu";
    m_Wf = m_dWf = stagingBuffer(m_single, out, fan);
    m_colsF = m_dColsF = stagingBuffer(m_single, fan, positions);
    m_zF = stagingBuffer(m_single, out, positions);
    m_xF = stagingBuffer(m_single, 1, in.size());
    m_productsF = stagingBuffer(m_reluSingle, maxBatch, out * positions);
    m_zStale = false;
    if (!m_single) return;
    m_forwardF.plan(out, positions, fan);
    m_weightGradF.plan(out, fan, positions);
    m_colGradF.plan(fan, positions, out);
}

void Conv2d::initialize(Rng& rng) {
    // fan_in = C k k, fan_out = units k k (PyTorch's and Keras' convention)
    const Index k2 = m_kernel * m_kernel;
    nnlab::initialize(m_spec.weightInit, m_W, m_g.channels * k2, m_spec.units * k2, rng);
    nnlab::initialize(m_spec.biasInit, m_b, m_g.channels * k2, m_spec.units * k2, rng);
}

void Conv2d::beginForward(MatrixIn x) {
    m_rows = x.rows();
    if (m_single) m_Wf = m_W.cast<float>();  // the optimizer updated W since the last forward
}

void Conv2d::forwardBand(MatrixIn x, Index first, Index count) {
    for (Index n = first; n < first + count; ++n) {
        if (m_single) {
            forwardSampleSingle(x, n);  // activates the sample too
            continue;
        }
        forwardSample(x, n);
        activateSample(n);
    }
}

void Conv2d::beginBackward() {
    if (!m_activation.hasGradient())
        throw NumericError(m_spec.name + ": activation \"" + m_activation.info().name +
                           "\" has no gradient; it cannot be trained by backpropagation");
    if (m_single) m_dWf.setZero();  // summed in float, widened into m_dW at the end
    else m_dW.setZero();
    m_db.setZero();
}

void Conv2d::backwardBand(MatrixIn x, MatrixIn dOut, bool wantInputGrad, Index first, Index count) {
    for (Index n = first; n < first + count; ++n) {
        const MatrixIn dy = dOut.middleRows(n - first, 1);
        if (m_single) {
            backwardSampleSingle(x, dy, n, wantInputGrad);  // takes the activation's gradient too
            continue;
        }
        deactivateSample(n, dy);
        backwardSample(x, n, wantInputGrad);
    }
}

void Conv2d::endBackward() {
    if (m_single) m_dW = m_dWf.cast<double>();
}

// The activation sample by sample, while the sample's z (or dz) is still in
// the cache from its product: over a whole batch z is megabytes (64 x 32 x
// 26 x 26 doubles in the reference CNN), read back from memory. dz is used
// by that sample's products only, so it has one sample's room, which stays
// in the cache, instead of a batch's, whose every line would be fetched
// before being written.
void Conv2d::activateSample(Index n) { m_activation.forward(m_z.row(n).array(), m_out.row(n).array()); }

void Conv2d::deactivateSample(Index n, MatrixIn dy) {
    m_activation.backward(m_z.row(n).array(), m_out.row(n).array(), dy.array(), m_dz.row(0).array());
}

void Conv2d::forwardSample(MatrixIn x, Index n) {
    const Index out = m_spec.units, positions = m_g.cols();
    im2col(x.row(n).data(), m_g, m_cols.data());
    Eigen::Map<Matrix> z(m_z.row(n).data(), out, positions);
    z = m_b.row(0).transpose().replicate(1, positions);
    m_forward.run(z.data(), positions, m_W.data(), m_W.cols(), m_cols.data(), positions);  // z += W cols
}

void Conv2d::backwardSample(MatrixIn x, Index n, bool wantInputGrad) {
    const Index out = m_spec.units, positions = m_g.cols();
    const Eigen::Map<const Matrix> dz(m_dz.data(), out, positions);
    im2col(x.row(n).data(), m_g, m_cols.data());
    m_weightGrad.run(m_dW.data(), m_dW.cols(), dz.data(), positions, m_cols.data(), positions);  // dW += dZ cols^T
    m_db.row(0) += dz.rowwise().sum().transpose();
    if (!wantInputGrad) return;
    m_dCols.setZero();
    m_colGrad.run(m_dCols.data(), positions, m_W.data(), m_W.cols(), dz.data(), positions);  // dcols = W^T dZ
    double* dx = inputGradRow(n);
    std::fill(dx, dx + m_dIn.cols(), 0.0);
    col2im(m_dCols.data(), m_g, dx);
}

void Conv2d::forwardSampleSingle(MatrixIn x, Index n) {
    const Index out = m_spec.units, positions = m_g.cols(), fan = m_g.rows();
    m_xF = x.row(n).cast<float>();
    im2col(m_xF.data(), m_g, m_colsF.data());
    if (!m_reluSingle) {
        m_zF.setZero();
        m_forwardF.run(m_zF.data(), positions, m_Wf.data(), fan, m_colsF.data(), positions);  // W cols
        Eigen::Map<Matrix> z(m_z.row(n).data(), out, positions);
        z = m_zF.cast<double>().colwise() + m_b.row(0).transpose();
        activateSample(n);
        return;
    }
    // The product stays in float, kept for the backward pass (z = it widened
    // + b, the same doubles as above, half the bytes); y is widened, biased
    // and rectified one filter's row at a time, in the first-level cache.
    Eigen::Map<MatrixF> product(m_productsF.row(n).data(), out, positions);
    product.setZero();
    m_forwardF.run(product.data(), positions, m_Wf.data(), fan, m_colsF.data(), positions);  // W cols
    Eigen::Map<Matrix> y(m_out.row(n).data(), out, positions);
    for (Index o = 0; o < out; ++o) y.row(o) = (product.row(o).cast<double>().array() + m_b(0, o)).max(0.0);
    m_zStale = true;
}

const Matrix* Conv2d::preActivation() const {
    if (m_zStale) {  // float32 and ReLU: z was not written by the forward pass
        const Index out = m_spec.units, positions = m_g.cols();
        for (Index n = 0; n < m_rows; ++n) {
            const Eigen::Map<const MatrixF> product(m_productsF.row(n).data(), out, positions);
            Eigen::Map<Matrix>(m_z.row(n).data(), out, positions) =
                product.cast<double>().colwise() + m_b.row(0).transpose();
        }
        m_zStale = false;
    }
    return &m_z;
}

// m_zF = dz in float, and db += its sums over the positions.
void Conv2d::deactivateSampleSingle(Index n, MatrixIn dOutRow) {
    const Index out = m_spec.units, positions = m_g.cols();
    Eigen::Map<Matrix> dz(m_dz.data(), out, positions);
    if (!m_reluSingle) {
        deactivateSample(n, dOutRow);
        m_zF = dz.cast<float>();
        m_db.row(0) += dz.rowwise().sum().transpose();
        return;
    }
    // ReLU's gradient (z > 0), its float copy and the bias sum one filter's
    // row at a time, in the first-level cache, instead of three passes.
    const Eigen::Map<const MatrixF> product(m_productsF.row(n).data(), out, positions);
    const Eigen::Map<const Matrix> dy(dOutRow.data(), out, positions);
    for (Index o = 0; o < out; ++o) {
        dz.row(o) = (product.row(o).cast<double>().array() + m_b(0, o) > 0.0).select(dy.row(o).array(), 0.0);
        m_zF.row(o) = dz.row(o).cast<float>();
        m_db(0, o) += dz.row(o).sum();
    }
}

void Conv2d::backwardSampleSingle(MatrixIn x, MatrixIn dOutRow, Index n, bool wantInputGrad) {
    const Index positions = m_g.cols(), fan = m_g.rows();
    deactivateSampleSingle(n, dOutRow);
    m_xF = x.row(n).cast<float>();
    im2col(m_xF.data(), m_g, m_colsF.data());
    m_weightGradF.run(m_dWf.data(), fan, m_zF.data(), positions, m_colsF.data(), positions);  // dW += dZ cols^T
    if (!wantInputGrad) return;
    m_dColsF.setZero();
    m_colGradF.run(m_dColsF.data(), positions, m_Wf.data(), fan, m_zF.data(), positions);  // dcols = W^T dZ
    double* dx = inputGradRow(n);
    std::fill(dx, dx + m_dIn.cols(), 0.0);
    col2im(m_dColsF.data(), m_g, dx);
}

std::vector<Param> Conv2d::params() {
    return {{"W", &m_W, &m_dW, true}, {"b", &m_b, &m_db, false}};
}

}  // namespace nnlab
