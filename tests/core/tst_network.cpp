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
};

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
