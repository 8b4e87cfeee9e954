// Many-to-many heads: a dense layer on a sequence {T, F} is the same layer at
// every time step, output {T, units}.
//  1. Shapes: lstm (return_sequences 1) -> dense gives {T, O}; step t of the
//     output is exactly W h_t + b through the activation (softmax per step).
//  2. Central finite differences of the per-step head alone and of an
//     lstm -> dense(tanh) network: dX and every parameter.
//  3. No heap allocation in the per-step head's forward/backward.
//  4. sines_steps: a target at every step (the next value), the same series as
//     sines; an LSTM with a per-step head learns it below a stated test MSE;
//     a many-to-one network on per-step data (and the reverse) is refused by name.
#include <QtTest>

#include "AllocationCounter.h"
#include "FiniteDifference.h"
#include "MessageOf.h"

#include "Error.h"
#include "data/Dataset.h"
#include "experiment/ExperimentJson.h"
#include "layers/LayerTable.h"
#include "model/Network.h"
#include "tasks/TaskRegistry.h"
#include "tasks/supervised/SupervisedSeries.h"

using namespace nnlab;

namespace {

using test::Checked;
using test::kFdFail;
using test::randomMatrix;

LayerSpec layer(const std::string& type, Index units, const std::string& activation = "linear",
                std::map<std::string, double> options = {}) {
    LayerSpec s;
    s.type = type;
    s.units = units;
    s.activation = NamedSpec{activation, {}};
    s.options = std::move(options);
    return s;
}

void expectMatching(const std::vector<Checked>& checked, const std::function<double()>& loss) {
    const std::vector<double> errors = test::fdErrors(checked, loss);
    for (std::size_t i = 0; i < checked.size(); ++i) {
        qInfo("  %s: %.3g", checked[i].name.c_str(), errors[i]);
        QVERIFY2(errors[i] < kFdFail, qPrintable(QString("%1 error %2").arg(QString::fromStdString(checked[i].name)).arg(errors[i])));
    }
}

Experiment stepsExperiment() { return readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/sines-steps-lstm.json"); }

}  // namespace

class TestStepHeads : public QObject {
    Q_OBJECT

private slots:
    // ---- 1. Shapes and values ---------------------------------------------------------
    void denseAtEveryStep() {
        NetworkSpec net;
        net.layers = {layer("lstm", 4, "linear", {{"return_sequences", 1}}), layer("dense", 3, "softmax")};
        const Index batch = 2, steps = 5;
        Network network(net, Shape{steps, 2}, batch);
        QCOMPARE(network.shapeAfter(0), (Shape{steps, 4}));
        QCOMPARE(network.outputShape(), (Shape{steps, 3}));
        Rng rng(4);
        network.initialize(rng);
        const Matrix x = randomMatrix(batch, steps * 2, rng);
        Pass pass{false, &rng};
        const Matrix y = network.forward(x, pass);
        QCOMPARE(y.rows(), batch);
        QCOMPARE(y.cols(), steps * 3);
        const Matrix h = network.layer(0).output();
        const std::vector<Param> p = network.layer(1).params();
        const Matrix& W = *p[0].value;
        const Matrix& b = *p[1].value;
        for (Index i = 0; i < batch; ++i)
            for (Index t = 0; t < steps; ++t) {
                const RowVector z = h.row(i).segment(t * 4, 4) * W.transpose() + b;
                const RowVector e = (z.array() - z.maxCoeff()).exp().matrix();
                const RowVector expected = e / e.sum();
                QVERIFY2((y.row(i).segment(t * 3, 3) - expected).cwiseAbs().maxCoeff() < 1e-12,
                         qPrintable(QString("sample %1 step %2").arg(i).arg(t)));
            }
        // Flat inputs are unchanged; an image still needs a flatten layer.
        QCOMPARE(makeLayer(layer("dense", 3))->outputShape(Shape{7}), Shape{3});
        QVERIFY(messageOf<std::exception>([] { makeLayer(layer("dense", 3))->outputShape(Shape{1, 4, 4}); }).contains("flatten"));
    }

    // ---- 2. Gradients -----------------------------------------------------------------
    void headGradient() {
        LayerPtr dense = makeLayer(layer("dense", 3, "tanh"));
        const Shape in{6, 4};
        const Index batch = 3;
        dense->reserve(in, batch);
        Rng rng(7);
        dense->initialize(rng);
        Matrix x = randomMatrix(batch, in.size(), rng);
        const Matrix upstream = randomMatrix(batch, 6 * 3, rng);
        auto loss = [&]() {
            Pass pass{true, &rng};
            dense->forward(x, pass);
            return (dense->output().array() * upstream.array()).sum();
        };
        loss();
        dense->backward(x, upstream, true);
        std::vector<Checked> checked = {{"dX", &x, dense->inputGrad()}};
        for (Param& p : dense->params()) checked.push_back({"d" + p.name, p.value, *p.grad});
        expectMatching(checked, loss);
    }

    void networkGradient() {
        NetworkSpec net;
        net.layers = {layer("gru", 4, "linear", {{"return_sequences", 1}}), layer("dense", 2, "tanh")};
        const Index batch = 3;
        Network network(net, Shape{5, 2}, batch);
        Rng rng(9);
        network.initialize(rng);
        Matrix x = randomMatrix(batch, 10, rng);
        const Matrix upstream = randomMatrix(batch, 10, rng);
        auto loss = [&]() {
            Pass pass{true, &rng};
            return (network.forward(x, pass).array() * upstream.array()).sum();
        };
        loss();
        network.backward(x, upstream, true);
        std::vector<Checked> checked = {{"dX", &x, network.layer(0).inputGrad()}};
        for (Param& p : network.params()) checked.push_back({"d" + p.name, p.value, *p.grad});
        expectMatching(checked, loss);
    }

    // ---- 3. No allocation -------------------------------------------------------------
    void noAllocationInTheStep() {
        LayerPtr dense = makeLayer(layer("dense", 8, "relu"));
        const Shape in{30, 16};
        const Index maxBatch = 32;
        dense->reserve(in, maxBatch);
        Rng rng(2);
        dense->initialize(rng);
        const Matrix x = randomMatrix(maxBatch, in.size(), rng), dy = randomMatrix(maxBatch, 30 * 8, rng);
        Pass pass{true, &rng};
        auto step = [&](Index n) {
            dense->forward(x.topRows(n), pass);
            dense->backward(x.topRows(n), dy.topRows(n), true);
        };
        step(maxBatch);
        if (!test::allocationCountingAvailable()) QSKIP("allocation counting needs glibc");
        QCOMPARE(test::allocationsDuring([&] {
                     for (int i = 0; i < 4; ++i) step(i % 2 ? 7 : maxBatch);
                 }),
                 0L);
    }

    // ---- 4. Per-step data and training ------------------------------------------------
    void sinesStepsTargets() {
        DataSpec spec;
        spec.generator = "sines_steps";
        spec.points = 20;
        spec.steps = 12;
        Rng a(3), b(3);
        const Dataset steps = generate(spec, a);
        spec.generator = "sines";
        const Dataset last = generate(spec, b);
        QCOMPARE(steps.sampleShape, (Shape{12, 1}));
        QCOMPARE(steps.targets.cols(), Index(12));
        QVERIFY(steps.points == last.points);  // the same series
        for (Index i = 0; i < 20; ++i) {
            QCOMPARE(steps.targets(i, 11), last.targets(i, 0));  // the last step's target is sines' target
            for (Index t = 0; t + 1 < 12; ++t) QCOMPARE(steps.targets(i, t), steps.points(i, t + 1));
        }
    }

    void lstmLearnsEveryStep() {
        Experiment e = stepsExperiment();
        e.epochs = 8;
        std::unique_ptr<Task> task = makeTask(e);
        while (!task->finished()) task->runEpoch();
        const std::vector<HistoryPoint>& h = task->history();
        const double first = h.front().values[kTestLoss], last = h.back().values[kTestLoss];
        qInfo("sines_steps, LSTM 16 + dense per step: test MSE %.4g after epoch 1, %.4g after epoch 8", first, last);
        // Measured: 0.045 after the first epoch, 0.008 after the eighth; an untrained head scores about 0.7.
        QVERIFY2(last < 0.02, qPrintable(QString("test MSE %1 after 8 epochs").arg(last)));
        QVERIFY(last < first);
    }

    void mismatchNamed() {
        Experiment manyToOne = stepsExperiment();
        manyToOne.network.layers[0].options["return_sequences"] = 0;
        QString m = messageOf<std::exception>([&] { makeTask(manyToOne); });
        QVERIFY2(m.startsWith("network.layers[1]: the data has a target at each of its 20 steps"), qPrintable(m));
        Experiment perStepOnLast = stepsExperiment();
        perStepOnLast.data.generator = "sines";
        m = messageOf<std::exception>([&] { makeTask(perStepOnLast); });
        QVERIFY2(m.contains("one target per sequence") && m.contains("return_sequences 0"), qPrintable(m));
    }
};

QTEST_APPLESS_MAIN(TestStepHeads)
#include "tst_step_heads.moc"
