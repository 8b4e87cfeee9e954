// Look inside one image (SetInspection): the payloads of LayerOutputs.h for a
// test image or for the image the window sent, kept between snapshots and
// recomputed when the sample changes, or at most 5 times a second while
// training changes the weights (one forward pass of one image each time).
#include "tasks/supervised/SupervisedTask.h"

#include "Error.h"
#include "tasks/supervised/LayerOutputs.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace nnlab {

void SupervisedTask::setInspection(const SetInspection& inspection) {
    if (inspection.on && inspection.image.size() > 0 && inspection.image.cols() != dataset().points.cols())
        throw DataError("inspection.image: " + std::to_string(dataset().points.cols()) + " pixels expected, got " +
                        std::to_string(inspection.image.cols()));
    m_inspection = inspection;
    if (m_inspection.image.rows() > 1) m_inspection.image = Matrix(m_inspection.image.topRows(1));
    m_insideStale = true;
    if (!m_inspection.on) m_inside.clear();
}

void SupervisedTask::fillInside(Snapshot& s) {
    if (!m_inspection.on || m_data.inputShape().dims.size() != 3) return;
    const auto now = std::chrono::steady_clock::now();
    const bool due = m_insideStale || (m_step != m_insideStep && now - m_insideAt >= std::chrono::milliseconds(200));
    if (due) {
        const PreparedData& p = m_data.prepared();
        const bool test = p.testX.rows() > 0;
        const Matrix& points = test ? p.testPoints : p.trainPoints;
        const Matrix& inputs = test ? p.testX : p.trainX;
        const Matrix& labels = test ? p.testLabels : p.trainLabels;
        const bool sent = m_inspection.image.size() > 0;
        if (!sent && points.rows() == 0) return;
        const Index index = sent ? -1 : std::clamp<Index>(m_inspection.testIndex, 0, points.rows() - 1);
        const Matrix image = sent ? m_inspection.image : Matrix(points.row(index));
        const Matrix x = sent ? m_data.inputsFor(image) : Matrix(inputs.row(index));
        m_inside.clear();
        addLayerOutputs(*m_network, image, x, Pass{false, &m_rng},
                        UnitRequest{m_inspection.expandStage, m_inspection.expandUnit}, m_inside);
        Index predicted = 0;
        m_network->output().row(0).maxCoeff(&predicted);
        Matrix source(1, 4);
        source << double(index), sent ? -1.0 : labels(index, 0), double(predicted), double(m_step);
        m_inside.push_back({inside_view::kSource, source});
        m_insideStale = false;
        m_insideStep = m_step;
        m_insideAt = now;
    }
    s.payload.insert(s.payload.end(), m_inside.begin(), m_inside.end());
}

}  // namespace nnlab
