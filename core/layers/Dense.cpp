#include "layers/Dense.h"

#include "parallel/SecondThread.h"

#include "Error.h"
#include "initializers/Initializer.h"
#include "layers/StagingBuffer.h"
#include "layers/SmallGemm.h"

namespace nnlab {

Dense::Dense(LayerSpec spec) : Layer(std::move(spec)), m_activation(m_spec.activation) {
    if (m_spec.units < 1)
        throw ShapeError("a dense layer needs at least one unit (units = " + std::to_string(m_spec.units) + ")");
}

Shape Dense::outputShape(const Shape& in) const {
    if (in.dims.size() == 2) return Shape{in.dims[0], m_spec.units};  // the same layer at every time step
    if (in.dims.size() != 1)
        throw ShapeError("a dense layer takes a flat vector or a sequence, got " + in.toString() +
                         " (add a flatten layer)");
    return Shape{m_spec.units};
}

void Dense::reserve(const Shape& in, Index maxBatch) {
    m_steps = in.dims.size() == 2 ? in.dims[0] : 1;
    maxBatch *= m_steps;  // one row per step (DenseSteps.cpp)
    const Index nIn = in.dims.back(), nOut = m_spec.units;
    if (m_W.rows() != nOut || m_W.cols() != nIn) {
        m_W = Matrix::Zero(nOut, nIn);
        m_b = Matrix::Zero(1, nOut);
    }
    m_Wt = Matrix::Zero(nIn, nOut);
    m_dW = Matrix::Zero(nOut, nIn);
    m_db = Matrix::Zero(1, nOut);
    m_z = Matrix::Zero(maxBatch, nOut);
    m_dz = Matrix::Zero(maxBatch, nOut);
    m_out = Matrix::Zero(maxBatch, nOut);
    m_dIn = Matrix::Zero(maxBatch, nIn);
    viewBuffersAsSteps(false);
    // Below SmallGemm's size the products cost less than converting their operands.
    m_single = m_precision == Precision::Float32 && !smallgemm::useSmallGemm(nIn, nOut);
    m_Wf = m_dWf = stagingBuffer(m_single, nOut, nIn);
    m_xf = m_dxf = stagingBuffer(m_single, maxBatch, nIn);
    m_zf = m_dzf = stagingBuffer(m_single, maxBatch, nOut);
    if (!m_single) return;
    m_forwardF.plan(maxBatch, nOut, nIn);
    m_weightGradF.plan(nOut, nIn, maxBatch);
    m_inputGradF.plan(maxBatch, nIn, nOut);
    planSecondHalf();
}

void Dense::setProductThreads(int threads) {
    m_threads = std::max(1, threads);
    planSecondHalf();
}

void Dense::planSecondHalf() {
    if (!m_single || m_threads < 2) return;
    const Index nIn = m_W.cols(), nOut = m_W.rows(), maxBatch = m_z.rows();
    m_forwardF2.plan(maxBatch, nOut, nIn);
    m_weightGradF2.plan(nOut, nIn, maxBatch);
    m_inputGradF2.plan(maxBatch, nIn, nOut);
}

namespace {

// Rows [first, first + count) of n for part 0 or 1 of a split in two.
std::pair<Index, Index> halfOf(Index n, int part) {
    const Index half = n / 2;
    return part == 0 ? std::make_pair(Index(0), half) : std::make_pair(half, n - half);
}

}  // namespace

void Dense::initialize(Rng& rng) {
    nnlab::initialize(m_spec.weightInit, m_W, m_W.cols(), m_W.rows(), rng);
    nnlab::initialize(m_spec.biasInit, m_b, m_W.cols(), m_W.rows(), rng);
}

void Dense::setActivation(const NamedSpec& spec) {
    m_activation = Activation(spec);
    m_spec.activation = spec;
}

void Dense::forward(MatrixIn x, Pass&) {
    if (m_steps > 1) return forwardEachStep(x);
    forwardRows(x);
}

void Dense::backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    if (m_steps > 1) return backwardEachStep(x, dOut, wantInputGrad);
    backwardRows(x, dOut, wantInputGrad);
}

void Dense::forwardRows(MatrixIn x) {
    m_rows = x.rows();
    if (m_single) return forwardSingle(x);
    auto z = m_z.topRows(m_rows);
    const Index nIn = m_W.cols(), nOut = m_W.rows();
#ifdef NNLAB_VECTOR_MATH
    if (smallgemm::useSmallGemm(nIn, nOut)) {
        m_Wt = m_W.transpose();  // same size: no allocation
        smallgemm::product(z.data(), z.outerStride(), x.data(), x.outerStride(), 1, m_Wt.data(), nOut, m_b.data(),
                           m_rows, nIn, nOut);
        m_activation.forward(z.array(), m_out.topRows(m_rows).array());
        return;
    }
#endif
    if (splits(m_rows, nOut, nIn)) {
        SecondThread::instance().runBoth([&](int part) {
            const auto [first, rows] = halfOf(m_rows, part);
            z.middleRows(first, rows).noalias() = x.middleRows(first, rows) * m_W.transpose();
        });
    } else {
        z.noalias() = x * m_W.transpose();
    }
    z.rowwise() += m_b.row(0);
    m_activation.forward(z.array(), m_out.topRows(m_rows).array());
}

void Dense::backwardRows(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    if (!m_activation.hasGradient())
        throw NumericError(m_spec.name + ": activation \"" + m_activation.info().name +
                           "\" has no gradient; it cannot be trained by backpropagation");
    auto dz = m_dz.topRows(m_rows);
    m_activation.backward(m_z.topRows(m_rows).array(), m_out.topRows(m_rows).array(), dOut.array(), dz.array());
    if (m_single) return backwardSingle(wantInputGrad);
    const Index nIn = m_W.cols(), nOut = m_W.rows();
#ifdef NNLAB_VECTOR_MATH
    if (smallgemm::useSmallGemm(m_rows, nIn))  // dW = dz^T x, A = dz read transposed
        smallgemm::product(m_dW.data(), nIn, dz.data(), 1, dz.outerStride(), x.data(), x.outerStride(), nullptr, nOut,
                           m_rows, nIn);
    else
#endif
        if (splits(nOut, nIn, m_rows)) {
            SecondThread::instance().runBoth([&](int part) {
                const auto [first, rows] = halfOf(nOut, part);
                m_dW.middleRows(first, rows).noalias() = dz.middleCols(first, rows).transpose() * x;
            });
        } else {
            m_dW.noalias() = dz.transpose() * x;
        }
    m_db.row(0) = dz.colwise().sum();
    if (!wantInputGrad) return;
    auto dx = m_dIn.topRows(m_rows);
#ifdef NNLAB_VECTOR_MATH
    if (smallgemm::useSmallGemm(nOut, nIn))  // dx = dz W
        smallgemm::product(dx.data(), dx.outerStride(), dz.data(), dz.outerStride(), 1, m_W.data(), nIn, nullptr, m_rows,
                           nOut, nIn);
    else
#endif
        if (splits(m_rows, nIn, nOut)) {
            SecondThread::instance().runBoth([&](int part) {
                const auto [first, rows] = halfOf(m_rows, part);
                dx.middleRows(first, rows).noalias() = dz.middleRows(first, rows) * m_W;
            });
        } else {
            dx.noalias() = dz * m_W;
        }
}

void Dense::forwardSingle(MatrixIn x) {
    const Index nIn = m_W.cols(), nOut = m_W.rows();
    m_Wf = m_W.cast<float>();  // the optimizer updated W since the last forward
    auto xf = m_xf.topRows(m_rows);
    xf = x.cast<float>();  // kept for dW = dz^T x
    auto zf = m_zf.topRows(m_rows);
    zf.setZero();
    if (splits(m_rows, nOut, nIn)) {
        SecondThread::instance().runBoth([&](int part) {
            const auto [first, rows] = halfOf(m_rows, part);
            (part ? m_forwardF2 : m_forwardF).run(rows, nOut, nIn, zf.data() + first * nOut, nOut, xf.data() + first * nIn,
                                                  nIn, m_Wf.data(), nIn);
        });
    } else {
        m_forwardF.run(m_rows, nOut, nIn, zf.data(), nOut, xf.data(), nIn, m_Wf.data(), nIn);
    }
    auto z = m_z.topRows(m_rows);
    z = zf.cast<double>().rowwise() + m_b.row(0);
    m_activation.forward(z.array(), m_out.topRows(m_rows).array());
}

void Dense::backwardSingle(bool wantInputGrad) {
    const Index nIn = m_W.cols(), nOut = m_W.rows();
    auto dz = m_dz.topRows(m_rows);
    auto dzf = m_dzf.topRows(m_rows);
    dzf = dz.cast<float>();
    m_dWf.setZero();
    if (splits(nOut, nIn, m_rows)) {
        // dz^T read column-major from dz: output rows [first, ...) start at column first of dz.
        SecondThread::instance().runBoth([&](int part) {
            const auto [first, rows] = halfOf(nOut, part);
            (part ? m_weightGradF2 : m_weightGradF)
                .run(rows, nIn, m_rows, m_dWf.data() + first * nIn, nIn, dzf.data() + first, nOut, m_xf.data(), nIn);
        });
    } else {
        m_weightGradF.run(nOut, nIn, m_rows, m_dWf.data(), nIn, dzf.data(), nOut, m_xf.data(), nIn);
    }
    m_dW = m_dWf.cast<double>();
    m_db.row(0) = dz.colwise().sum();
    if (!wantInputGrad) return;
    auto dxf = m_dxf.topRows(m_rows);
    dxf.setZero();
    if (splits(m_rows, nIn, nOut)) {
        SecondThread::instance().runBoth([&](int part) {
            const auto [first, rows] = halfOf(m_rows, part);
            (part ? m_inputGradF2 : m_inputGradF)
                .run(rows, nIn, nOut, dxf.data() + first * nIn, nIn, dzf.data() + first * nOut, nOut, m_Wf.data(), nIn);
        });
    } else {
        m_inputGradF.run(m_rows, nIn, nOut, dxf.data(), nIn, dzf.data(), nOut, m_Wf.data(), nIn);
    }
    m_dIn.topRows(m_rows) = dxf.cast<double>();
}

std::vector<Param> Dense::params() {
    return {{"W", &m_W, &m_dW, true}, {"b", &m_b, &m_db, false}};
}

}  // namespace nnlab
