// training.precision "float32" (layers/Precision.h): the heavy products run in
// single precision, weights and everything else stay double.
//  1. Dense, conv2d and conv_transpose2d in float32 against the same layer in
//     float64 (same weights, input and upstream gradient): output, dX and every
//     parameter gradient within 1e-5 of the largest value, and not identical
//     (the float path really ran), full and short batches.
//  2. A dense layer of SmallGemm's size stays in double: identical results.
//     conv2d with ReLU (its fused float32 path) against the general path.
//  3. Trained in float32, a network ends close to the float64 run; the same
//     seed twice gives the same bits (tst_training_alloc also runs its float32
//     rows twice and counts their allocations).
#include <QtTest>

#include "FiniteDifference.h"

#include "experiment/Experiment.h"
#include "experiment/ExperimentJson.h"
#include "layers/LayerTable.h"
#include "random/Rng.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "tasks/supervised/SupervisedTask.h"

#include <cmath>

using namespace nnlab;

namespace {

using test::randomMatrix;

LayerSpec spec(const std::string& type, Index units, std::map<std::string, double> options, const char* activation) {
    LayerSpec s;
    s.type = type;
    s.name = type + "_test";
    s.units = units;
    s.activation = NamedSpec(activation);
    s.options = std::move(options);
    return s;
}

// max |a - b| / max |b|
double relativeError(const Matrix& a, const Matrix& b) {
    const double scale = std::max(b.cwiseAbs().maxCoeff(), 1e-300);
    return (a - b).cwiseAbs().maxCoeff() / scale;
}

struct Outcome {
    Matrix out, dIn, z;  // z: preActivation(), if the layer has one
    std::vector<Matrix> grads;
};

Outcome run(const LayerSpec& s, const Shape& in, Index maxBatch, Index rows, Precision precision) {
    LayerPtr layer = makeLayer(s);
    layer->setPrecision(precision);
    layer->reserve(in, maxBatch);
    Rng rng(11);
    layer->initialize(rng);
    for (Param& p : layer->params())  // a bias that is not zero
        if (!p.isWeight) *p.value = randomMatrix(p.value->rows(), p.value->cols(), rng);
    const Matrix x = randomMatrix(rows, in.size(), rng);
    Pass pass{true, &rng};
    layer->forward(x, pass);
    const Matrix dOut = randomMatrix(rows, layer->output().cols(), rng);
    layer->backward(x, dOut, true);
    Outcome o{layer->output(), layer->inputGrad(), {}, {}};
    if (const Matrix* z = layer->preActivation()) o.z = z->topRows(rows);
    for (Param& p : layer->params()) o.grads.push_back(*p.grad);
    return o;
}

}  // namespace

class TestPrecision : public QObject {
    Q_OBJECT
private slots:
    void singleMatchesDouble_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<Index>("rows");
        QTest::newRow("dense 300-40 relu") << 0 << Index(16);
        QTest::newRow("dense 300-40 relu, short batch") << 0 << Index(5);
        QTest::newRow("dense 64-1 tanh") << 1 << Index(16);
        QTest::newRow("conv2d 3x12x12, 8 filters 3x3 pad 1") << 2 << Index(4);
        QTest::newRow("conv2d stride 2 dilation 2, short batch") << 3 << Index(2);
        QTest::newRow("conv_transpose2d 4x5x5 -> 3, stride 2") << 4 << Index(3);
    }
    void singleMatchesDouble() {
        QFETCH(int, which);
        QFETCH(Index, rows);
        const struct {
            LayerSpec s;
            Shape in;
        } cases[] = {
            {spec("dense", 40, {}, "relu"), Shape{300}},
            {spec("dense", 1, {}, "tanh"), Shape{64}},
            {spec("conv2d", 8, {{"kernel", 3.0}, {"padding", 1.0}}, "relu"), Shape{3, 12, 12}},
            {spec("conv2d", 6, {{"kernel", 3.0}, {"stride", 2.0}, {"dilation", 2.0}}, "tanh"), Shape{2, 11, 11}},
            {spec("conv_transpose2d", 3, {{"kernel", 3.0}, {"stride", 2.0}, {"padding", 1.0}}, "linear"), Shape{4, 5, 5}},
        };
        const auto& c = cases[which];
        const Outcome d = run(c.s, c.in, 16, rows, Precision::Float64);
        const Outcome f = run(c.s, c.in, 16, rows, Precision::Float32);
        const double tolerance = 1e-5;
        QVERIFY2(relativeError(f.out, d.out) < tolerance, qPrintable(QString("output %1").arg(relativeError(f.out, d.out))));
        QVERIFY2(relativeError(f.dIn, d.dIn) < tolerance, qPrintable(QString("dX %1").arg(relativeError(f.dIn, d.dIn))));
        QCOMPARE(f.grads.size(), d.grads.size());
        for (std::size_t i = 0; i < d.grads.size(); ++i)
            QVERIFY2(relativeError(f.grads[i], d.grads[i]) < tolerance,
                     qPrintable(QString("gradient %1: %2").arg(i).arg(relativeError(f.grads[i], d.grads[i]))));
        // Single precision really ran: a float's 24 bits leave their trace.
        QVERIFY(relativeError(f.out, d.out) > 1e-12);
        QVERIFY(relativeError(f.grads[0], d.grads[0]) > 1e-12);
    }

    // conv2d with ReLU in float32 keeps its products in float and does bias,
    // ReLU and ReLU's gradient per filter row (Conv2d.h). leaky_relu with
    // slope 0 is the same function through the general path: the same
    // output, z (widened on request) and dW, dX and db up to the order of
    // db's sums.
    void fusedReluMatchesGeneralPath_data() {
        QTest::addColumn<Index>("rows");
        QTest::newRow("full batch") << Index(6);
        QTest::newRow("short batch") << Index(3);
    }
    void fusedReluMatchesGeneralPath() {
        QFETCH(Index, rows);
        const std::map<std::string, double> options{{"kernel", 3.0}, {"padding", 1.0}};
        LayerSpec general = spec("conv2d", 8, options, "relu");
        general.activation = NamedSpec("leaky_relu", {{"slope", 0.0}});
        const Outcome fused = run(spec("conv2d", 8, options, "relu"), Shape{3, 12, 12}, 6, rows, Precision::Float32);
        const Outcome plain = run(general, Shape{3, 12, 12}, 6, rows, Precision::Float32);
        QVERIFY(fused.out == plain.out);
        QVERIFY(fused.z == plain.z);
        QVERIFY(fused.z.minCoeff() < 0.0 && fused.z.maxCoeff() > 0.0);  // both sides of the kink
        QVERIFY2(relativeError(fused.dIn, plain.dIn) < 1e-12, qPrintable(QString("dX %1").arg(relativeError(fused.dIn, plain.dIn))));
        for (std::size_t i = 0; i < plain.grads.size(); ++i)
            QVERIFY2(relativeError(fused.grads[i], plain.grads[i]) < 1e-12,
                     qPrintable(QString("gradient %1: %2").arg(i).arg(relativeError(fused.grads[i], plain.grads[i]))));
    }

    // Below SmallGemm's size (in * out <= 512) float32 would cost more than it
    // saves: such a layer computes in double whatever the setting.
    void smallDenseStaysDouble() {
        const LayerSpec s = spec("dense", 8, {}, "tanh");
        const Outcome d = run(s, Shape{8}, 10, 10, Precision::Float64);
        const Outcome f = run(s, Shape{8}, 10, 10, Precision::Float32);
        QVERIFY(f.out == d.out);
        QVERIFY(f.dIn == d.dIn);
        QVERIFY(f.grads[0] == d.grads[0]);
    }

    // Generated digits through conv, pool and dense for two epochs: float32
    // ends near float64, and two float32 runs with one seed agree bit for bit.
    void trainingInSinglePrecision() {
        Experiment e;
        e.data.generator = "digits";
        e.data.points = 600;
        e.features = {};
        LayerSpec conv = spec("conv2d", 6, {{"kernel", 5.0}}, "relu");
        LayerSpec pool;
        pool.type = "maxpool2d";
        LayerSpec flat;
        flat.type = "flatten";
        e.network.layers = {conv, pool, flat, spec("dense", 32, {}, "relu"), spec("dense", 10, {}, "softmax")};
        e.network.layers[0].name = e.network.layers[3].name = e.network.layers[4].name = "";
        e.loss = NamedSpec("sparse_cce");
        e.optimizer = NamedSpec("adam", {{"lr", 0.003}});
        e.batchSize = 32;
        e.epochs = 0;
        e.seed = 5;
        auto train = [](const Experiment& ex, std::vector<HistoryPoint>& history) {
            SupervisedTask task(ex);
            for (int i = 0; i < 2; ++i) task.runEpoch();
            history = task.history();
            return task.weights();
        };
        std::vector<HistoryPoint> h64, a, b;
        train(e, h64);
        e.training.precision = Precision::Float32;
        const WeightSet wa = train(e, a);
        const WeightSet wb = train(e, b);
        QCOMPARE(a.size(), std::size_t(2));
        QVERIFY(wa == wb);
        for (std::size_t i = 0; i < a.size(); ++i) {
            QVERIFY(a[i].values[kTrainLoss] == b[i].values[kTrainLoss]);
            QVERIFY(a[i].values[kTestLoss] == b[i].values[kTestLoss]);
            const double loss64 = h64[i].values[kTrainLoss], loss32 = a[i].values[kTrainLoss];
            QVERIFY2(std::abs(loss32 - loss64) < 1e-3 * std::abs(loss64),
                     qPrintable(QString("epoch %1: train loss %2 in float32, %3 in float64").arg(i + 1).arg(loss32, 0, 'g', 10).arg(loss64, 0, 'g', 10)));
            QVERIFY(loss32 != loss64);
        }
    }
};

QTEST_APPLESS_MAIN(TestPrecision)
#include "tst_precision.moc"
