// What the views get of a supervised run: counters, history, each layer's
// weights and gradient norms, the gradient health, and for points of the
// plane the output over a grid (decision map) and every neuron's map.
#include "tasks/supervised/SupervisedTask.h"

#include "tasks/supervised/HiddenSpace.h"
#include "tasks/supervised/ImageResults.h"

#include <algorithm>

namespace nnlab {
namespace {

constexpr Index kGridChunk = 256;

void fillHealth(Snapshot& s, const HealthRecorder* recorder, std::vector<Verdict> verdicts, std::uint64_t& taken,
                std::uint64_t& generation) {
    if (!recorder) return;
    const HealthHistory& h = recorder->history();
    if (recorder->generation() != generation) taken = 0;  // rebound since the last snapshot
    generation = recorder->generation();
    s.newHealth = h.since(taken);
    taken = h.pushed();
    s.verdicts = std::move(verdicts);
    if (h.empty()) return;
    const HealthPoint& latest = h.latest();
    for (std::size_t i = 0; i < s.layers.size() && i < latest.layers.size(); ++i) {
        LayerFrame& f = s.layers[i];
        f.hasHealth = true;
        f.healthInfo = h.layers()[i];
        f.health = latest.layers[i];
        f.saturatedFraction = f.health.saturatedFraction;
    }
}


}  // namespace

void SupervisedTask::fillImageResults(Snapshot& s) {
    const Dataset& d = dataset();
    if (m_data.inputShape().dims.size() != 3 || d.kind != ProblemKind::Classification || d.numClasses < 2) return;
    // Fresh whenever that costs at most a tenth of the time (small sets: every
    // frame), else once a second.
    const auto now = std::chrono::steady_clock::now();
    const auto since = now - m_imageResultsAt;
    const bool due = m_imageResults.empty() || m_step < m_imageResultsStep || m_revision != m_imageResultsRevision ||
                     (m_step != m_imageResultsStep && (since >= 10 * m_imageResultsCost || since >= std::chrono::seconds(1)));
    if (due) {
        const PreparedData& p = m_data.prepared();
        const bool test = p.testX.rows() > 0;  // a run without a test share shows training images
        m_imageResults.clear();
        addImageResults(*m_network, m_data.inputShape(), test ? p.testPoints : p.trainPoints, test ? p.testX : p.trainX,
                        test ? p.testLabels : p.trainLabels, d.numClasses, Pass{false, &m_rng}, m_imageResults);
        m_imageResultsStep = m_step;
        m_imageResultsRevision = m_revision;
        m_imageResultsAt = std::chrono::steady_clock::now();
        m_imageResultsCost = m_imageResultsAt - now;
    }
    s.payload.insert(s.payload.end(), m_imageResults.begin(), m_imageResults.end());
}

void SupervisedTask::fillSnapshot(Snapshot& s, const SnapshotOptions& options) {
    fillRunFrame(*this, s, m_clock.samplesPerSecond(), m_clock.elapsedSeconds());
    s.layers.clear();
    for (std::size_t i = 0; i < m_network->size(); ++i) {
        Layer& layer = m_network->layer(i);
        LayerFrame f;
        f.name = layer.name();
        f.type = layer.spec().type;
        for (const Param& p : layer.params()) {
            if (p.name == "W") {
                if (options.weights) f.weights = *p.value;
                f.weightGradNorm = p.grad->norm();
            } else if (p.name == "b") {
                if (options.weights) f.bias = *p.value;
                f.biasGradNorm = p.grad->norm();
            }
        }
        s.layers.push_back(std::move(f));
    }
    fillHealth(s, m_health.get(), diagnose(), m_healthTaken, m_healthGeneration);
    if (options.imageResults) fillImageResults(s);
    if (options.sequenceSample >= 0) {
        const PreparedData& p = m_data.prepared();
        const bool test = p.testX.rows() > 0;  // a run without a test share shows training sequences
        m_sequenceResults.add(*m_network, m_revision, *m_loss, test ? p.testX : p.trainX, test ? p.testY : p.trainY,
                              Index(options.sequenceSample), s.payload);
    }
    if (options.textSamples && findGenerator(m_experiment.data.generator).source == DataSource::Text)
        m_textPreview.fill(*this, m_step, m_revision, s.payload);
    fillInside(s);
    // Images and sequences have no plane to map: no grid, and the map says so.
    s.gridSize = m_data.inputShape().dims.size() == 1 ? options.gridSize : 0;
    if (s.gridSize <= 0 || dataset().points.cols() != 2 || m_data.inputShape().dims.size() != 1) return;
    // The decision map and neuron thumbnails: the plane through the network in chunks.
    const int g = options.gridSize;
    s.gridMin = -6.0;
    s.gridMax = 6.0;
    Matrix points(Index(g) * g, 2);
    for (int iy = 0; iy < g; ++iy)
        for (int ix = 0; ix < g; ++ix) {
            points(Index(iy) * g + ix, 0) = s.gridMin + (s.gridMax - s.gridMin) * (ix + 0.5) / g;
            points(Index(iy) * g + ix, 1) = s.gridMin + (s.gridMax - s.gridMin) * (iy + 0.5) / g;
        }
    const Matrix x = m_data.inputsFor(points);
    s.outputGrid.resize(x.rows(), m_network->outputShape().size());
    if (options.neuronMaps)
        for (std::size_t i = 0; i < m_network->size(); ++i)
            s.layers[i].neuronMaps.resize(m_network->shapeAfter(i).size(), x.rows());
    Pass pass{false, &m_rng};
    for (Index begin = 0; begin < x.rows(); begin += kGridChunk) {
        const Index n = std::min(kGridChunk, x.rows() - begin);
        s.outputGrid.middleRows(begin, n) = m_network->forward(x.middleRows(begin, n), pass);
        if (options.neuronMaps)
            for (std::size_t i = 0; i < m_network->size(); ++i)
                s.layers[i].neuronMaps.middleCols(begin, n) = m_network->layer(i).output().transpose();
    }
    if (options.hiddenSpace) fillHiddenSpace(*m_network, m_data.prepared(), kGridChunk, pass, s.payload);
}

}  // namespace nnlab
