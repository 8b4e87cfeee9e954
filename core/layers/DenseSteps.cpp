// A dense layer on a sequence {T, F}: the same W and b at every time step.
// A batch (n, T*F) is row-major, so its memory is already (n*T, F) with one
// step per row (sample-major: row i*T + t is step t of sample i); the rows are
// independent, so the plain dense code runs on that view, and dW, db sum over
// every step of every sample. The layer's own buffers switch between the two
// views with resize(), which keeps the memory when the size does not change:
// no allocation, no copy.
#include "layers/Dense.h"

#include "Error.h"

namespace nnlab {

namespace {

// rows (n, T*F) -> (n*T, F), the same memory.
Eigen::Map<const Matrix> stepRows(MatrixIn rows, Index steps) {
    if (rows.rows() > 1 && rows.outerStride() != rows.cols())
        throw ShapeError("dense: a sequence batch must be whole rows of one matrix");
    return Eigen::Map<const Matrix>(rows.data(), rows.rows() * steps, rows.cols() / steps);
}

void viewRows(Matrix& m, Index rows) {
    if (rows > 0) m.resize(rows, m.size() / rows);
}

}  // namespace

void Dense::viewBuffersAsSteps(bool perStep) {
    const Index stepRowsTotal = m_z.size() / m_W.rows();  // maxBatch * T
    const Index rows = perStep ? stepRowsTotal : stepRowsTotal / m_steps;
    for (Matrix* m : {&m_z, &m_dz, &m_out, &m_dIn}) viewRows(*m, rows);
}

void Dense::forwardEachStep(MatrixIn x) {
    const Index n = x.rows();
    viewBuffersAsSteps(true);
    forwardRows(stepRows(x, m_steps));
    viewBuffersAsSteps(false);
    m_rows = n;
}

void Dense::backwardEachStep(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    const Index n = m_rows;
    viewBuffersAsSteps(true);
    m_rows = n * m_steps;
    backwardRows(stepRows(x, m_steps), stepRows(dOut, m_steps), wantInputGrad);
    viewBuffersAsSteps(false);
    m_rows = n;
}

}  // namespace nnlab
