// Bidirectional recurrent layer (Schuster & Paliwal 1997); merge rules and
// the time order of the two cells in Bidirectional.h.
#include "layers/Bidirectional.h"

#include "Error.h"
#include "layers/SequenceView.h"

namespace nnlab {
namespace {

LayerSpec oneDirection(LayerSpec spec) {
    spec.choices.erase("direction");
    spec.choices.erase("merge");
    return spec;
}

}  // namespace

Bidirectional::Bidirectional(LayerSpec spec, CellFactory makeCell) : Layer(std::move(spec)) {
    const std::string merge = m_spec.choice("merge", "concat");
    if (merge == "concat") m_merge = Merge::Concat;
    else if (merge == "sum") m_merge = Merge::Sum;
    else if (merge == "multiply") m_merge = Merge::Multiply;
    else throw SpecError("merge: \"" + merge + "\" is not one of concat, sum, multiply");
    m_forward = makeCell(oneDirection(m_spec));
    m_backward = makeCell(oneDirection(m_spec));
}

Shape Bidirectional::outputShape(const Shape& in) const {
    Shape out = m_forward->outputShape(in);
    if (m_merge == Merge::Concat) out.dims.back() *= 2;
    return out;
}

void Bidirectional::reserve(const Shape& in, Index maxBatch) {
    const Shape cellOut = m_forward->outputShape(in);
    m_forward->reserve(in, maxBatch);
    m_backward->reserve(in, maxBatch);
    m_inSteps = in.dims.front();
    m_steps = cellOut.dims.size() == 2 ? cellOut.dims[0] : 1;
    m_units = cellOut.dims.back();
    m_xReversed = Matrix::Zero(maxBatch, in.size());
    m_yB = Matrix::Zero(maxBatch, cellOut.size());
    m_dF = Matrix::Zero(maxBatch, cellOut.size());
    m_dB = Matrix::Zero(maxBatch, cellOut.size());
    m_dBReversed = Matrix::Zero(maxBatch, cellOut.size());
    m_out = Matrix::Zero(maxBatch, outputShape(in).size());
    m_dIn = Matrix::Zero(maxBatch, in.size());
}

void Bidirectional::initialize(Rng& rng) {
    m_forward->initialize(rng);
    m_backward->initialize(rng);
}

void Bidirectional::forward(MatrixIn x, Pass& pass) {
    m_rows = x.rows();
    const Index n = m_rows, h = m_units;
    auto xr = m_xReversed.topRows(n);
    reverseSteps(x, m_inSteps, xr);
    m_forward->forward(x, pass);
    m_backward->forward(xr, pass);
    auto yB = m_yB.topRows(n);
    if (m_steps > 1)
        reverseSteps(m_backward->output(), m_steps, yB);
    else
        yB = m_backward->output();
    const MatrixIn yF = m_forward->output();
    auto y = m_out.topRows(n);
    switch (m_merge) {
        case Merge::Concat:
            for (Index t = 0; t < m_steps; ++t) {
                y.middleCols(2 * t * h, h) = yF.middleCols(t * h, h);
                y.middleCols((2 * t + 1) * h, h) = yB.middleCols(t * h, h);
            }
            break;
        case Merge::Sum: y = yF + yB; break;
        case Merge::Multiply: y.array() = yF.array() * yB.array(); break;
    }
}

void Bidirectional::backward(MatrixIn x, MatrixIn dOut, bool wantInputGrad) {
    const Index n = m_rows, h = m_units;
    auto dF = m_dF.topRows(n), dB = m_dB.topRows(n);
    switch (m_merge) {
        case Merge::Concat:
            for (Index t = 0; t < m_steps; ++t) {
                dF.middleCols(t * h, h) = dOut.middleCols(2 * t * h, h);
                dB.middleCols(t * h, h) = dOut.middleCols((2 * t + 1) * h, h);
            }
            break;
        case Merge::Sum:
            dF = dOut;
            dB = dOut;
            break;
        case Merge::Multiply:
            dF.array() = dOut.array() * m_yB.topRows(n).array();
            dB.array() = dOut.array() * m_forward->output().array();
            break;
    }
    auto dBr = m_dBReversed.topRows(n);
    if (m_steps > 1)
        reverseSteps(dB, m_steps, dBr);
    else
        dBr = dB;
    m_forward->backward(x, dF, wantInputGrad);
    m_backward->backward(m_xReversed.topRows(n), dBr, wantInputGrad);
    if (!wantInputGrad) return;
    auto dx = m_dIn.topRows(n);
    reverseSteps(m_backward->inputGrad(), m_inSteps, dx);
    dx += m_forward->inputGrad();
}

std::vector<Param> Bidirectional::params() {
    std::vector<Param> all = m_forward->params();
    for (Param p : m_backward->params()) {
        p.name += "_reverse";
        all.push_back(p);
    }
    return all;
}

}  // namespace nnlab
