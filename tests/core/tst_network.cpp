// Network construction, shape checks and a whole-network finite-difference gradient check.
#include <QtTest>

#include "Error.h"
#include "FiniteDifference.h"
#include "losses/Loss.h"
#include "model/Network.h"

using namespace nnlab;

namespace {

LayerSpec layer(const char* type, Index units, const char* activation, std::map<std::string, double> options = {}) {
    LayerSpec l;
    l.type = type;
    l.units = units;
    l.activation = NamedSpec(activation);
    l.options = std::move(options);
    return l;
}

}  // namespace

class TestNetwork : public QObject {
    Q_OBJECT
private slots:
    void buildsAndRunsForward() {
        NetworkSpec spec;
        LayerSpec hidden;
        hidden.units = 8;
        hidden.activation = NamedSpec("tanh");
        LayerSpec out;
        out.units = 1;
        spec.layers = {hidden, out};
        Network net(spec, Shape{2}, 10);
        Rng rng(1);
        net.initialize(rng);
        Matrix x = Matrix::Random(10, 2);
        Pass pass{true, &rng};
        MatrixIn y = net.forward(x, pass);
        QCOMPARE(y.rows(), Index(10));
        QCOMPARE(y.cols(), Index(1));
        QCOMPARE(net.parameterCount(), std::size_t(2 * 8 + 8 + 8 + 1));
        QCOMPARE(QString::fromStdString(net.layer(0).name()), QString("dense_1"));
    }
    void rejectsZeroUnitsWithThePlace() {
        NetworkSpec spec;
        LayerSpec bad;
        bad.units = 0;
        spec.layers = {bad};
        try {
            Network net(spec, Shape{2}, 4);
            QFAIL("a zero-unit layer was accepted");
        } catch (const ShapeError& e) {
            QVERIFY2(QString(e.what()).startsWith("network.layers[0]: "), e.what());
        }
    }

    // Backpropagation through the whole stack (every layer's backward feeding
    // the next one down, the loss's gradient on top) against central
    // differences of the loss, for every parameter of every layer and for the
    // input. The per-layer checks (tst_layers, tst_conv_layers) cannot see a
    // wrong hand-over between layers; this one can.
    void wholeNetworkGradientMatchesFiniteDifferences() {
        NetworkSpec spec;
        spec.layers = {layer("dense", 6, "tanh"), layer("prelu", 0, "linear", {{"init", 0.2}}),
                       layer("batchnorm", 0, "linear"), layer("maxout", 4, "sigmoid", {{"pieces", 3}}),
                       layer("dense", 3, "softmax")};
        const Index batch = 7;
        Network net(spec, Shape{3}, batch);
        Rng rng(11);
        net.initialize(rng);
        Matrix x = test::randomMatrix(batch, 3, rng, -2.0, 2.0);
        Matrix y = Matrix::Zero(batch, 3);  // one-hot classes 0, 1, 2, 0, ...
        for (Index i = 0; i < batch; ++i) y(i, i % 3) = 1.0;
        const Loss loss(NamedSpec("cce"));
        // Batch norm in training mode: deterministic, and its batch statistics
        // are part of what the gradient has to get right.
        Pass pass{true, &rng};
        const auto lossValue = [&] { return loss.value(net.forward(x, pass), y); };

        lossValue();
        Matrix dPred(batch, 3);
        loss.gradient(net.output(), y, dPred);
        net.backward(x, dPred, true);
        std::vector<Param> params = net.params();
        QVERIFY(params.size() >= 7);  // W, b of dense, maxout, dense; a of prelu; gamma, beta
        std::vector<Matrix> analytic;
        for (const Param& p : params) analytic.push_back(*p.grad);
        const Matrix inputGrad = net.layer(0).inputGrad();

        for (std::size_t i = 0; i < params.size(); ++i) {
            const Matrix numeric = test::numericGradient(*params[i].value, lossValue);
            const double err = test::fdError(analytic[i], numeric);
            QVERIFY2(err < test::kFdFail, qPrintable(QString("parameter %1 (%2): relative error %3")
                                                          .arg(i)
                                                          .arg(QString::fromStdString(params[i].name))
                                                          .arg(err)));
        }
        const double err = test::fdError(inputGrad, test::numericGradient(x, lossValue));
        QVERIFY2(err < test::kFdFail, qPrintable(QString("input: relative error %1").arg(err)));
    }

    // Convolution and pooling layers in a row run band by band (BandwiseLayer.h):
    // the 8 x 62 x 62 map of a 64 x 64 input is more than the band budget per
    // sample, so each of the 3 samples is its own band; with 28 x 28 a band is
    // 6 samples, and 7 make a full band and a short one (the input gradients
    // inside the stretch then take turns in a band buffer). Every output,
    // gradient and input gradient must equal, bit for bit, what the layers
    // give when each runs over the whole batch in turn, in both precisions.
    void bandwiseStretchEqualsLayerByLayer_data() {
        QTest::addColumn<bool>("single");
        QTest::addColumn<Index>("side");
        QTest::addColumn<Index>("batch");
        QTest::newRow("float64, a sample per band") << false << Index(64) << Index(3);
        QTest::newRow("float32, a sample per band") << true << Index(64) << Index(3);
        QTest::newRow("float64, bands of 6 and 1") << false << Index(28) << Index(7);
        QTest::newRow("float32, bands of 6 and 1") << true << Index(28) << Index(7);
    }
    void bandwiseStretchEqualsLayerByLayer() {
        QFETCH(bool, single);
        QFETCH(Index, side);
        QFETCH(Index, batch);
        NetworkSpec spec;
        spec.layers = {layer("conv2d", 8, "relu"), layer("maxpool2d", 0, "linear"), layer("conv2d", 4, "tanh"),
                       layer("avgpool2d", 0, "linear"), layer("flatten", 0, "linear"), layer("dense", 3, "softmax")};
        Network net(spec, Shape{1, side, side}, batch, single ? Precision::Float32 : Precision::Float64);
        Rng rng(5);
        net.initialize(rng);
        const Matrix x = test::randomMatrix(batch, side * side, rng, -1.0, 1.0);
        Matrix dPred = test::randomMatrix(batch, 3, rng, -1.0, 1.0);
        Pass pass{true, &rng};

        const Matrix banded = net.forward(x, pass);
        net.backward(x, dPred, true);
        std::vector<Matrix> bandedGrads;
        for (const Param& p : net.params()) bandedGrads.push_back(*p.grad);
        const Matrix bandedInputGrad = net.layer(0).inputGrad();

        // The same pass, one layer at a time over the whole batch.
        const auto inputOf = [&](std::size_t i) { return i == 0 ? MatrixIn(x) : net.layer(i - 1).output(); };
        for (std::size_t i = 0; i < net.size(); ++i) net.layer(i).forward(inputOf(i), pass);
        for (std::size_t i = net.size(); i-- > 0;)
            net.layer(i).backward(inputOf(i), i + 1 == net.size() ? MatrixIn(dPred) : net.layer(i + 1).inputGrad(), true);

        QVERIFY(banded == Matrix(net.output()));
        const std::vector<Param> params = net.params();
        QCOMPARE(params.size(), bandedGrads.size());
        for (std::size_t i = 0; i < params.size(); ++i)
            QVERIFY2(bandedGrads[i] == *params[i].grad, qPrintable(QString::fromStdString(params[i].name)));
        QVERIFY(bandedInputGrad == Matrix(net.layer(0).inputGrad()));
        QVERIFY(bandedInputGrad.norm() > 0.0);
    }
};

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
