// Network construction, shape checks and a whole-network gradient check.
#include <QtTest>

#include "Error.h"
#include "model/Network.h"

using namespace nnlab;

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
};

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
