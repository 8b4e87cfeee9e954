// training.threads 2 (Dense::setProductThreads, parallel/SecondThread): the
// large dense products split between two threads.
//  1. One dense layer of 64 x 300 -> 200 (3.8 M multiply-adds a product) in
//     float64 and float32, full and odd batches: output, dX, dW and db with two
//     threads agree with one thread to rounding (Eigen's kernel treats a
//     panel's leftover rows its own way, so an odd split may differ in the
//     last bit), and two runs with two threads agree bit for bit.
//  2. A small layer (8 units) is never split: the same bits.
//  3. A network trained for two epochs with two threads: the same bits twice,
//     the one-thread run's loss to rounding; the setting goes through the file.
#include <QtTest>

#include "FiniteDifference.h"

#include "experiment/Experiment.h"
#include "experiment/ExperimentJson.h"
#include "layers/Dense.h"
#include "layers/LayerTable.h"
#include "parallel/SecondThread.h"
#include "random/Rng.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "tasks/supervised/SupervisedTask.h"

#include <atomic>
#include <thread>

using namespace nnlab;

namespace {

struct Outcome {
    Matrix out, dIn, dW, db;
};

Outcome runDense(Index units, Index in, Index rows, Precision precision, int threads) {
    LayerSpec s;
    s.type = "dense";
    s.name = "dense_test";
    s.units = units;
    s.activation = NamedSpec("tanh");
    LayerPtr layer = makeLayer(s);
    layer->setPrecision(precision);
    layer->reserve(Shape{in}, 64);
    Rng rng(7);
    layer->initialize(rng);
    dynamic_cast<Dense&>(*layer).setProductThreads(threads);
    Rng data(11);
    const Matrix x = test::randomMatrix(rows, in, data);
    const Matrix up = test::randomMatrix(rows, units, data);
    Pass pass{true, &rng};
    layer->forward(x, pass);
    layer->backward(x, up, true);
    const std::vector<Param> params = layer->params();
    return {layer->output(), layer->inputGrad(), *params[0].grad, *params[1].grad};
}

Experiment bigMlp() {
    Experiment e;
    e.data.generator = "digits";
    e.data.points = 400;
    LayerSpec flat;
    flat.type = "flatten";
    LayerSpec hidden;
    hidden.type = "dense";
    hidden.units = 256;
    hidden.activation = NamedSpec("relu");
    LayerSpec out = hidden;
    out.units = 10;
    out.activation = NamedSpec("softmax");
    e.network.layers = {flat, hidden, out};
    e.loss = NamedSpec("sparse_cce");
    e.optimizer = NamedSpec("adam", {{"lr", 0.002}});
    e.batchSize = 64;
    e.epochs = 0;
    e.seed = 3;
    return e;
}

}  // namespace

class TestProductThreads : public QObject {
    Q_OBJECT
private slots:
    void secondThreadRunsItsPart() {
        std::atomic<int> parts{0};
        std::thread::id helper;
        SecondThread::instance().runBoth([&](int part) {
            parts += part + 1;
            if (part == 1) helper = std::this_thread::get_id();
        });
        QCOMPARE(parts.load(), 3);
        QVERIFY(helper != std::this_thread::get_id());
    }

    void splitEqualsOneThread_data() {
        QTest::addColumn<bool>("single");
        QTest::addColumn<int>("rows");
        QTest::newRow("float64, 64 rows") << false << 64;
        QTest::newRow("float64, 63 rows") << false << 63;
        QTest::newRow("float32, 64 rows") << true << 64;
        QTest::newRow("float32, 51 rows") << true << 51;
    }
    void splitEqualsOneThread() {
        QFETCH(bool, single);
        QFETCH(int, rows);
        const Precision p = single ? Precision::Float32 : Precision::Float64;
        QVERIFY(Index(rows) * 300 * 200 >= Dense::kSplitWork);
        const Outcome one = runDense(200, 300, rows, p, 1);
        const Outcome two = runDense(200, 300, rows, p, 2);
        const Outcome again = runDense(200, 300, rows, p, 2);
        QVERIFY(one.out.norm() > 0 && one.dW.norm() > 0);
        const double tolerance = single ? 1e-6 : 1e-13;
        auto close = [tolerance](const Matrix& a, const Matrix& b) {
            return a.rows() == b.rows() && a.cols() == b.cols() &&
                   (a - b).cwiseAbs().maxCoeff() <= tolerance * b.cwiseAbs().maxCoeff();
        };
        QVERIFY(close(two.out, one.out));
        QVERIFY(close(two.dIn, one.dIn));
        QVERIFY(close(two.dW, one.dW));
        QVERIFY(close(two.db, one.db));
        QVERIFY(again.out == two.out && again.dIn == two.dIn && again.dW == two.dW);
    }

    void smallLayerIsNotSplit() {
        // 64 x 8 x 8 multiply-adds: far below the split size, so one thread whatever the setting.
        QVERIFY(Index(64) * 8 * 8 < Dense::kSplitWork);
        const Outcome one = runDense(8, 8, 64, Precision::Float64, 1);
        const Outcome two = runDense(8, 8, 64, Precision::Float64, 2);
        QVERIFY(two.out == one.out && two.dW == one.dW && two.dIn == one.dIn);
    }

    void trainingWithTwoThreadsEndsTheSame() {
        Experiment e = bigMlp();
        e.training.threads = 2;
        // Through the file and back, as a saved experiment.
        Experiment read;
        try {
            read = experimentFromJson(experimentToJson(e));
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QCOMPARE(read.training.threads, 2);
        QCOMPARE(experimentFromJson(experimentToJson(bigMlp())).training.threads, 1);
        auto train = [](const Experiment& ex) {
            SupervisedTask task(ex);
            for (int i = 0; i < 2; ++i) task.runEpoch();
            return std::make_pair(task.weights(), task.history().back().values[kTrainLoss]);
        };
        std::pair<WeightSet, double> one, two, again;
        try {
            one = train(bigMlp());
            two = train(read);
            again = train(read);
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(again.first == two.first);
        QCOMPARE(again.second, two.second);
        QVERIFY2(std::abs(two.second - one.second) <= 1e-9 * std::abs(one.second),
                 qPrintable(QString("train loss %1 with two threads, %2 with one").arg(two.second, 0, 'g', 17).arg(one.second, 0, 'g', 17)));
    }

    void aThirdThreadIsRefusedWithItsField() {
        nlohmann::json j = experimentToJson(bigMlp());
        j["training"]["threads"] = 3;
        try {
            experimentFromJson(j);
            QFAIL("three threads were accepted");
        } catch (const SpecError& e) {
            QVERIFY2(std::string(e.what()).find("training.threads") != std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestProductThreads)
#include "tst_product_threads.moc"
