// The Sequences dock's payloads (tasks/supervised/SequenceResults.h): their
// numbers are the recurrent layer's own (hiddenStates, gateActivations,
// hiddenGrads) for the chosen sequence, and the gradient through time of a
// plain RNN with small recurrent weights fades step by step.
#include "experiment/ExperimentJson.h"
#include "layers/Bidirectional.h"
#include "layers/Gru.h"
#include "layers/Lstm.h"
#include "layers/Recurrent.h"
#include "losses/Loss.h"
#include "model/Network.h"
#include "random/Rng.h"
#include "tasks/RecurrentComparison.h"
#include "tasks/TaskRegistry.h"
#include "tasks/supervised/SequenceResults.h"
#include "training/Capabilities.h"
#include "training/SequenceResultNames.h"
#include "training/Task.h"

#include <QtTest>

#include <memory>
#include <string>

namespace nnlab {
namespace {

const Payload* find(const Snapshot& s, const std::string& name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return &p;
    return nullptr;
}

Snapshot snapshotOf(Task& task, long sample) {
    SnapshotOptions options;
    options.sequenceSample = sample;
    Snapshot s;
    task.fillSnapshot(s, options);
    return s;
}

LayerSpec layer(const std::string& type, const std::string& name, Index units) {
    LayerSpec s;
    s.type = type;
    s.name = name;
    s.units = units;
    if (type == "dense") s.activation = "linear";
    return s;
}

double maxDifference(const Matrix& a, const Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) return 1e300;
    return (a - b).cwiseAbs().maxCoeff();
}

// |dL/dh_t| over the steps of a many-to-one rnn (units 8, T steps) whose
// recurrent weights are scaled by `scale`, for one random sequence.
Matrix rnnGradientThroughTime(double scale, Index steps) {
    NetworkSpec spec;
    spec.layers = {layer("rnn", "rnn", 8), layer("dense", "out", 1)};
    Network network(spec, Shape{steps, 2}, 1);
    Rng rng(5);
    network.initialize(rng);
    for (const Param& p : network.params())
        if (p.name == "W_hh") *p.value *= scale;
    Matrix x(1, steps * 2);
    for (Index i = 0; i < x.cols(); ++i) x(0, i) = uniform(rng, -1.0, 1.0);
    const Matrix y = Matrix::Constant(1, 1, 0.5);
    const Loss loss(NamedSpec("mse"));
    SequenceResults results;
    std::vector<Payload> payload;
    results.add(network, 1, loss, x, y, 0, payload);
    for (const Payload& p : payload)
        if (p.name == std::string(sequence_results::kGradPrefix) + "rnn") return p.values;
    return Matrix();
}

}  // namespace

class SequenceResultsTest : public QObject {
    Q_OBJECT
private slots:
    void payloadsAreTheLayersOwnNumbers() {
        const Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/adding-lstm.json");
        std::unique_ptr<Task> task = makeTask(e);
        for (int i = 0; i < 20; ++i) task->step();
        const long sample = 5;
        const Snapshot s = snapshotOf(*task, sample);
        const Payload* info = find(s, sequence_results::kInfo);
        const Payload* hidden = find(s, std::string(sequence_results::kHiddenPrefix) + "lstm");
        const Payload* gates = find(s, std::string(sequence_results::kGatePrefix) + "lstm");
        const Payload* grad = find(s, std::string(sequence_results::kGradPrefix) + "lstm");
        const Payload* prediction = find(s, sequence_results::kPrediction);
        const Payload* inputs = find(s, sequence_results::kInputs);
        QVERIFY(info && hidden && gates && grad && prediction && inputs);
        QCOMPARE(info->values(0, 0), double(sample));
        QCOMPARE(info->values(0, 2), 50.0);  // T of the adding lesson (data.steps 50)
        QCOMPARE(info->values(0, 5), 0.0);   // many-to-one
        QCOMPARE(hidden->values.rows(), Index(16));
        QCOMPARE(hidden->values.cols(), Index(50));
        QCOMPARE(gates->values.rows(), Index(4 * 16));
        QCOMPARE(inputs->values.rows(), Index(50));
        QCOMPARE(inputs->values.cols(), Index(2));

        // The same sequence through the live network, in inference mode.
        NetworkModel* model = task->networkModel();
        QVERIFY(model);
        Network& net = model->network();
        const Matrix x = model->data().testX.row(sample);
        Rng rng(1);
        Pass pass{false, &rng};
        const Matrix out = net.forward(x, pass);
        auto* lstm = dynamic_cast<Lstm*>(&net.layer(0));
        QVERIFY(lstm);
        QCOMPARE(maxDifference(hidden->values, Matrix(lstm->hiddenStates().transpose())), 0.0);
        QCOMPARE(maxDifference(gates->values, Matrix(lstm->gateActivations().transpose())), 0.0);
        QCOMPARE(maxDifference(prediction->values, out), 0.0);
        QCOMPARE(inputs->values(3, 1), x(0, 3 * 2 + 1));  // step 3's marker

        // dL/dh_t for one output is dL/dy dy/dh_t: the layer's gradient for
        // dy = 1, scaled by one factor at every step.
        net.backward(x, Matrix::Ones(1, 1));
        Matrix own(1, 50);
        for (Index t = 0; t < 50; ++t) own(0, t) = lstm->hiddenGrads().row(t).norm();
        const double factor = grad->values(0, 29) / own(0, 29);
        QVERIFY(factor > 0.0);
        QVERIFY(maxDifference(grad->values, factor * own) <= 1e-12 * grad->values.maxCoeff());
    }

    void nothingUnlessAskedOrRecurrent() {
        const Experiment lstm = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/adding-lstm.json");
        std::unique_ptr<Task> task = makeTask(lstm);
        QVERIFY(!find(snapshotOf(*task, -1), sequence_results::kInfo));
        Experiment dense = lstm;
        dense.network.layers[0] = layer("flatten", "flat", 0);
        std::unique_ptr<Task> plain = makeTask(dense);
        QVERIFY(!find(snapshotOf(*plain, 0), sequence_results::kInfo));
    }

    // h_t = tanh(a_t), dh_{t-1} = W_hh^T diag(1 - h_t^2) dh_t: with W_hh
    // scaled to a tenth of an orthogonal matrix every step back shrinks the
    // gradient at least tenfold, so 29 steps back it is below 1e-29 of the
    // last step's; with the orthogonal W_hh it keeps a larger share.
    void smallRecurrentWeightsFadeThroughTime() {
        const Matrix small = rnnGradientThroughTime(0.1, 30);
        QCOMPARE(small.cols(), Index(30));
        QVERIFY(small(0, 29) > 0.0);
        for (Index t = 0; t + 1 < 30; ++t) QVERIFY2(small(0, t) <= 0.1 * small(0, t + 1), qPrintable(QString::number(t)));
        QVERIFY(small(0, 0) / small(0, 29) < 1e-29);
        const Matrix orthogonal = rnnGradientThroughTime(1.0, 30);
        QVERIFY(orthogonal(0, 0) / orthogonal(0, 29) > 1e6 * small(0, 0) / small(0, 29));
    }

    // A bidirectional GRU: both cells by name, the backward one's columns put
    // back in input time order; the gates are the GRU's r, z, n.
    void bidirectionalCellsInTimeOrder() {
        NetworkSpec spec;
        spec.layers = {layer("gru", "bi", 3), layer("dense", "out", 1)};
        spec.layers[0].choices["direction"] = "bidirectional";
        const Index steps = 5;
        Network network(spec, Shape{steps, 2}, 1);
        Rng rng(2);
        network.initialize(rng);
        Matrix x(1, steps * 2);
        for (Index i = 0; i < x.cols(); ++i) x(0, i) = uniform(rng, -1.0, 1.0);
        SequenceResults results;
        std::vector<Payload> payload;
        results.add(network, 1, Loss(NamedSpec("mse")), x, Matrix::Constant(1, 1, 0.3), 0, payload);
        Snapshot s;
        s.payload = payload;
        const Payload* forward = find(s, std::string(sequence_results::kHiddenPrefix) + "bi/forward");
        const Payload* backward = find(s, std::string(sequence_results::kHiddenPrefix) + "bi/backward");
        const Payload* gates = find(s, std::string(sequence_results::kGatePrefix) + "bi/backward");
        const Payload* grad = find(s, std::string(sequence_results::kGradPrefix) + "bi/backward");
        QVERIFY(forward && backward && gates && grad);
        QCOMPARE(gates->values.rows(), Index(3 * 3));
        // The cells of the network itself, run on the same sequence.
        Pass pass{false, &rng};
        network.forward(x, pass);
        auto& bi = dynamic_cast<Bidirectional&>(network.layer(0));
        const auto& f = dynamic_cast<const Gru&>(bi.forwardCell());
        const auto& b = dynamic_cast<const Gru&>(bi.backwardCell());
        QCOMPARE(maxDifference(forward->values, Matrix(f.hiddenStates().transpose())), 0.0);
        // The backward cell's step 0 read the last input: column T-1.
        QCOMPARE(maxDifference(backward->values, Matrix(b.hiddenStates().transpose().rowwise().reverse())), 0.0);
        // Without return_sequences the backward cell's last state is the output: its gradient
        // arrives at its last step, input step 0, and fades towards input step T-1.
        QVERIFY(grad->values(0, 0) > grad->values(0, steps - 1));
    }

    // "Compare with RNN": the other cell, same units, no saved weights; its
    // gradient through time for every validation sequence asked for.
    void comparisonTrainsTheOtherCell() {
        Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/adding-lstm.json");
        std::string type;
        const Experiment rnn = withOtherRecurrentCell(e, &type);
        QCOMPARE(type, std::string("rnn"));
        QCOMPARE(rnn.network.layers[0].type, std::string("rnn"));
        QCOMPARE(rnn.network.layers[0].units, Index(16));
        QCOMPARE(rnn.network.layers[1].type, std::string("dense"));
        QCOMPARE(withOtherRecurrentCell(rnn).network.layers[0].type, std::string("lstm"));

        const RecurrentComparison c = compareRecurrentCell(e, 5, 10);
        QVERIFY2(c.error.empty(), c.error.c_str());
        QCOMPARE(c.cellType, std::string("rnn"));
        QCOMPARE(c.layer, std::string("lstm"));  // the layer keeps its name
        QCOMPARE(c.steps, std::uint64_t(5));
        QCOMPARE(c.gradients.rows(), Index(10));
        QCOMPARE(c.gradients.cols(), Index(50));
        QVERIFY(c.gradients.minCoeff() > 0.0);
        QVERIFY(c.gradients.row(0) != c.gradients.row(1));  // each row its own sequence
        QVERIFY(std::isfinite(c.meanLoss) && c.meanLoss > 0.0);

        Experiment dense = e;
        dense.network.layers[0] = layer("flatten", "flat", 0);
        QVERIFY(compareRecurrentCell(dense, 5, 10).cellType.empty());
        dense.network.layers[0].type = "lstmm";
        dense.network.layers.insert(dense.network.layers.begin(), layer("lstm", "l", 2));
        QVERIFY(!compareRecurrentCell(dense, 5, 10).error.empty());  // a bad spec is reported, not thrown
    }
};

}  // namespace nnlab

QTEST_GUILESS_MAIN(nnlab::SequenceResultsTest)
#include "tst_sequence_results.moc"
