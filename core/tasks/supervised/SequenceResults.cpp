#include "tasks/supervised/SequenceResults.h"

#include "layers/Bidirectional.h"
#include "layers/Gru.h"
#include "layers/Lstm.h"
#include "random/Rng.h"

#include <algorithm>

namespace nnlab {
namespace {

// A time-major buffer of one sample (T, C) as (C, T), columns in input time order.
Matrix unitsOverTime(MatrixIn steps, bool reversed) {
    Matrix m = steps.transpose();
    if (reversed) m = m.rowwise().reverse().eval();
    return m;
}

// Step rows (T*K values of one row) as (T, K).
Matrix perStep(MatrixIn row, Index steps) {
    const Index k = row.cols() / steps;
    Matrix m(steps, k);
    for (Index t = 0; t < steps; ++t) m.row(t) = row.block(0, t * k, 1, k);
    return m;
}

}  // namespace

std::vector<RecurrentCell> recurrentCells(Network& network) {
    std::vector<RecurrentCell> cells;
    for (std::size_t i = 0; i < network.size(); ++i) {
        Layer& layer = network.layer(i);
        if (auto* r = dynamic_cast<Recurrent*>(&layer)) {
            cells.push_back({layer.name(), r, false});
        } else if (auto* b = dynamic_cast<Bidirectional*>(&layer)) {
            if (auto* f = dynamic_cast<Recurrent*>(&b->forwardCell())) cells.push_back({layer.name() + "/forward", f, false});
            if (auto* r = dynamic_cast<Recurrent*>(&b->backwardCell())) cells.push_back({layer.name() + "/backward", r, true});
        }
    }
    return cells;
}

bool hasRecurrentLayer(Network& network) { return !recurrentCells(network).empty(); }

Matrix gradientThroughTime(const RecurrentCell& cell, Index row) {
    const Recurrent& r = *cell.cell;
    const Index steps = r.steps(), n = r.rows();
    Matrix norms(1, steps);
    for (Index t = 0; t < steps; ++t) {
        const Index column = cell.reversed ? steps - 1 - t : t;
        norms(0, column) = r.hiddenGrads().row(t * n + row).norm();
    }
    return norms;
}

void SequenceResults::add(Network& live, std::uint64_t revision, const Loss& loss, MatrixIn x, MatrixIn y,
                          Index sample, std::vector<Payload>& out) {
    if (x.rows() == 0 || !hasRecurrentLayer(live)) return;
    std::vector<Param> from = live.params(), to;
    if (m_probe && m_revision == revision) to = m_probe->params();
    // Same revision but other parameter shapes (a rebuild that kept it): a new probe too.
    bool same = to.size() == from.size();
    for (std::size_t i = 0; same && i < to.size(); ++i)
        same = to[i].value->rows() == from[i].value->rows() && to[i].value->cols() == from[i].value->cols();
    if (!same) {
        m_probe = std::make_unique<Network>(live.spec(), live.inputShape(), 1);
        m_revision = revision;
        to = m_probe->params();
    }
    for (std::size_t i = 0; i < from.size(); ++i) *to[i].value = *from[i].value;

    sample = std::clamp<Index>(sample, 0, x.rows() - 1);
    Rng rng(0);  // inference mode draws nothing; a Pass wants one
    Pass pass{false, &rng};
    const Matrix prediction = m_probe->forward(x.row(sample), pass);
    m_dOut.resize(prediction.rows(), prediction.cols());
    loss.gradient(prediction, y.row(sample), m_dOut);
    m_probe->backward(x.row(sample), m_dOut);

    const Shape& in = live.inputShape();
    const Index steps = in.dims.size() == 2 ? in.dims[0] : 1;
    const Shape& outShape = live.outputShape();
    const bool manyToMany = outShape.dims.size() == 2 && outShape.dims[0] == steps && steps > 1;
    const Index outSteps = manyToMany ? steps : 1;

    Payload info{sequence_results::kInfo, Matrix(1, 6)};
    info.values << double(sample), double(x.rows()), double(steps), double(x.cols() / steps),
        double(prediction.cols() / outSteps), manyToMany ? 1.0 : 0.0;
    out.push_back(std::move(info));
    out.push_back({sequence_results::kInputs, perStep(x.row(sample), steps)});
    out.push_back({sequence_results::kPrediction, perStep(prediction, outSteps)});
    // A class-index target (sparse_cce) is one number whatever the outputs.
    out.push_back({sequence_results::kTarget, y.cols() % outSteps == 0 ? perStep(y.row(sample), outSteps) : Matrix(y.row(sample))});
    out.push_back({sequence_results::kLoss, Matrix::Constant(1, 1, loss.value(prediction, y.row(sample)))});

    for (const RecurrentCell& cell : recurrentCells(*m_probe)) {
        out.push_back({sequence_results::kHiddenPrefix + cell.name, unitsOverTime(cell.cell->hiddenStates(), cell.reversed)});
        if (auto* lstm = dynamic_cast<Lstm*>(cell.cell))
            out.push_back({sequence_results::kGatePrefix + cell.name, unitsOverTime(lstm->gateActivations(), cell.reversed)});
        else if (auto* gru = dynamic_cast<Gru*>(cell.cell))
            out.push_back({sequence_results::kGatePrefix + cell.name, unitsOverTime(gru->gateActivations(), cell.reversed)});
        out.push_back({sequence_results::kGradPrefix + cell.name, gradientThroughTime(cell)});
    }
}

}  // namespace nnlab
