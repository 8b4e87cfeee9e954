// The SupervisedTask as the window drives it: live hyperparameters keep the
// weights, schedules, early stopping, partial re-initialisation, NaN reports.
#include <QtTest>

#include "Error.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "experiment/Experiment.h"
#include "tasks/supervised/SupervisedTask.h"
#include "optimizers/Optimizer.h"
#include "training/Regularizer.h"
#include "training/TrainStep.h"

#include <cmath>

using namespace nnlab;

namespace {

Experiment smallExperiment() {
    Experiment e = defaultExperiment();
    e.data.generator = "xor";
    e.data.points = 200;
    e.features = {"x1", "x2"};
    e.network.layers[0].units = 4;
    e.network.layers[1].units = 4;
    e.optimizer = NamedSpec("sgd", {{"lr", 0.05}});
    e.epochs = 50;
    return e;
}

Matrix firstWeights(SupervisedTask& t, std::size_t layer = 0) { return *t.network().layer(layer).params()[0].value; }

}  // namespace

class TestTraining : public QObject {
    Q_OBJECT
private slots:
    // Adam's moments m, v and its step count t survive a new learning rate.
    // Adam's step is lr * m^/(sqrt(v^) + eps): with the state kept, the first
    // step after the change is exactly the old-rate step of an identical run,
    // scaled by new/old rate. A rebuilt optimizer (m = v = 0, t = 1) would step
    // lr * g/(|g| + eps), about lr in every weight, which the last check tells apart.
    void learningRateChangeKeepsWeightsAndState() {
        Experiment e = smallExperiment();
        e.optimizer = NamedSpec("adam", {{"lr", 0.01}});
        SupervisedTask task(e), twin(e);
        for (int i = 0; i < 30; ++i) {
            task.step();
            twin.step();
        }
        const Matrix before = firstWeights(task);
        QVERIFY(firstWeights(twin) == before);
        const auto stepsBefore = task.stepCount();
        task.apply(SetHyper{"lr", 0.2});
        QCOMPARE(task.learningRate(), 0.2);
        QVERIFY(firstWeights(task) == before);
        QCOMPARE(task.stepCount(), stepsBefore);

        task.step();
        twin.step();  // the same batch, at the old rate 0.01
        const Matrix changed = firstWeights(task) - before;
        const Matrix expected = (firstWeights(twin) - before) * (0.2 / 0.01);
        QVERIFY(changed.cwiseAbs().maxCoeff() > 0.0);
        const double err = (changed - expected).cwiseAbs().maxCoeff() / expected.cwiseAbs().maxCoeff();
        QVERIFY2(err < 1e-9, qPrintable(QString("step after the change differs from the kept-state step by %1").arg(err)));

        // What a fresh Adam at 0.2 would have done with this step's gradient.
        const Matrix g = *task.network().layer(0).params()[0].grad;
        const Matrix fresh = -0.2 * (g.array() / (g.array().abs() + 1e-8)).matrix();
        const double freshErr = (changed - fresh).cwiseAbs().maxCoeff() / fresh.cwiseAbs().maxCoeff();
        QVERIFY2(freshErr > 0.1, qPrintable(QString("a rebuilt optimizer would step the same (%1)").arg(freshErr)));
    }

    void unknownHyperparameterIsRejected() {
        SupervisedTask task(smallExperiment());
        QVERIFY_THROWS_EXCEPTION(SpecError, task.apply(SetHyper{"beta1", 0.5}));  // sgd has no beta1
    }

    void learnsXor() {
        Experiment e = smallExperiment();
        e.optimizer = NamedSpec("adam", {{"lr", 0.03}});
        e.epochs = 150;
        SupervisedTask task(e);
        while (!task.finished()) task.runEpoch();
        QVERIFY2(task.history().back().values[kTestMetric] > 0.9,
                 qPrintable(QString("test accuracy %1").arg(task.history().back().values[kTestMetric])));
        QVERIFY(task.history().back().values[kTrainLoss] < task.history().front().values[kTrainLoss]);
    }

    void batchGradientDescentTakesOneStepPerEpoch() {
        Experiment e = smallExperiment();
        e.batchSize = 0;  // the whole training set
        SupervisedTask task(e);
        task.runEpoch();
        QCOMPARE(task.stepCount(), std::uint64_t(1));
        QCOMPARE(task.epoch(), std::uint64_t(1));
    }

    void schedules_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("warmup");
        QTest::addColumn<int>("epoch");
        QTest::addColumn<double>("expected");
        // lr0 = 0.1, gamma 0.5, step every 4 epochs, 20 epochs in all
        QTest::newRow("constant") << "constant" << 0.0 << 7 << 0.1;
        QTest::newRow("step e=3") << "step" << 0.0 << 3 << 0.1;        // floor(3/4) = 0
        QTest::newRow("step e=9") << "step" << 0.0 << 9 << 0.025;      // 0.1 * 0.5^2
        QTest::newRow("exponential e=6") << "exponential" << 0.0 << 6 << 0.1 * std::pow(0.5, 6.0 / 4.0);
        QTest::newRow("cosine e=10") << "cosine" << 0.0 << 10 << 0.05;  // half way: (1 + cos(pi/2)) / 2
        QTest::newRow("warm-up e=1") << "constant" << 3.0 << 1 << 0.1 * 2.0 / 4.0;  // (e+1)/(warmup+1)
    }
    void schedules() {
        QFETCH(QString, kind);
        QFETCH(double, warmup);
        QFETCH(int, epoch);
        QFETCH(double, expected);
        Experiment e = smallExperiment();
        e.optimizer = NamedSpec("sgd", {{"lr", 0.1}});
        e.schedule.kind = kind.toStdString();
        e.schedule.gamma = 0.5;
        e.schedule.stepEpochs = 4;
        e.schedule.warmupEpochs = warmup;
        e.epochs = 20;
        SupervisedTask task(e);
        // The rate in force during epoch `epoch` (0-based) is logged at the end of epoch `epoch`.
        for (int i = 0; i <= epoch; ++i) task.runEpoch();
        QVERIFY2(std::abs(task.history()[std::size_t(epoch)].values[kLearningRate] - expected) < 1e-12,
                 qPrintable(QString("lr %1, expected %2").arg(task.history()[std::size_t(epoch)].values[kLearningRate]).arg(expected)));
    }

    void earlyStoppingRestoresTheBestWeights() {
        Experiment e = smallExperiment();
        e.epochs = 1000;
        e.earlyStopping.enabled = true;
        e.earlyStopping.patience = 5;
        e.earlyStopping.minDelta = 1e9;  // nothing counts as an improvement after epoch 1
        e.earlyStopping.restoreBest = true;
        SupervisedTask task(e);
        while (!task.finished()) task.runEpoch();
        QCOMPARE(task.epoch(), std::uint64_t(6));  // best at 1, then 5 without improvement
        bool noted = false;
        for (const Note& n : task.takeNotes()) noted = noted || n.code == "early_stopped";
        QVERIFY(noted);
        SupervisedTask reference(e);
        reference.runEpoch();
        QVERIFY(firstWeights(task) == firstWeights(reference));
    }

    // data.validation_ratio holds out the last share of the training part:
    // the same rows as the training set of a run without it, disjoint from what
    // trains, with its own loss series; the test set is left as it was.
    void validationSetIsHeldOutOfTraining() {
        Experiment e = smallExperiment();
        SupervisedTask without(e);
        e.data.validationRatio = 0.2;
        SupervisedTask with(e);
        const PreparedData& all = without.data();
        const PreparedData& split = with.data();
        QCOMPARE(split.validationX.rows(), Index(20));  // 20 % of the 100 training points
        QCOMPARE(split.trainX.rows(), Index(80));
        QVERIFY(split.testX == all.testX);
        QVERIFY(split.trainX == all.trainX.topRows(80));
        QVERIFY(split.validationX == all.trainX.bottomRows(20));
        QVERIFY(split.validationY == all.trainY.bottomRows(20));
        QCOMPARE(without.series().size(), std::size_t(5));
        const std::vector<SeriesInfo> series = with.series();
        QCOMPARE(series.size(), std::size_t(7));
        QCOMPARE(QString::fromStdString(series[kValidationLoss].key), QStringLiteral("validation_loss"));
        QCOMPARE(QString::fromStdString(series[kValidationMetric].csvColumn()), QStringLiteral("validation_accuracy"));
        with.runEpoch();
        const HistoryPoint& p = with.history()[0];
        QVERIFY(std::isfinite(p.values[kValidationLoss]));
        QVERIFY(p.values[kValidationLoss] != p.values[kTestLoss]);
        QVERIFY(p.values[kValidationMetric] >= 0.0 && p.values[kValidationMetric] <= 1.0);
    }

    // Early stopping watches the validation loss when there is one: the run
    // stops `patience` epochs after the validation minimum (here not the test one).
    void earlyStoppingWatchesTheValidationLoss() {
        Experiment e = smallExperiment();
        e.data.points = 60;
        e.data.noise = 0.5;
        e.data.validationRatio = 0.3;
        e.network.layers[0].units = 24;
        e.network.layers[1].units = 24;
        e.optimizer = NamedSpec("adam", {{"lr", 0.03}});
        e.epochs = 400;
        e.earlyStopping.enabled = true;
        e.earlyStopping.patience = 8;
        e.earlyStopping.minDelta = 0.0;
        SupervisedTask task(e);
        while (!task.finished()) task.runEpoch();
        QVERIFY2(task.epoch() < 400, "the run should overfit and stop early");
        auto bestEpoch = [&task](std::size_t series) {
            std::size_t best = 0;
            for (std::size_t i = 1; i < task.history().size(); ++i)
                if (task.history()[i].values[series] < task.history()[best].values[series]) best = i;
            return task.history()[best].epoch;
        };
        QCOMPARE(task.epoch(), bestEpoch(kValidationLoss) + 8);
        QVERIFY2(bestEpoch(kTestLoss) != bestEpoch(kValidationLoss), "pick a seed where the two minima differ");
    }

    void changingOneLayerReinitialisesOnlyThatLayer() {
        Experiment e = smallExperiment();
        SupervisedTask task(e);
        for (int i = 0; i < 20; ++i) task.step();
        task.takeNotes();
        const Matrix first = firstWeights(task, 0);
        Experiment next = e;
        next.network.layers[1].units = 6;  // hidden layer 2 grows: it and the output change shape
        task.apply(SetExperiment{next});
        QVERIFY(firstWeights(task, 0) == first);
        QCOMPARE(firstWeights(task, 1).rows(), Index(6));
        QStringList reinitialised;
        for (const Note& n : task.takeNotes())
            if (n.code == "reinitialised") reinitialised << QString::fromStdString(n.layer);
        QVERIFY2(!reinitialised.contains("dense_1"), qPrintable(reinitialised.join(",")));
        QVERIFY(reinitialised.contains("dense_2"));
        QVERIFY(reinitialised.contains("output"));
    }

    void explodingTrainingNamesTheLayer() {
        Experiment e = smallExperiment();
        e.data.generator = "reg_plane";
        e.loss = NamedSpec("mse");
        for (auto& l : e.network.layers) l.activation = NamedSpec("relu");
        e.network.layers.back().activation = NamedSpec("linear");
        e.optimizer = NamedSpec("sgd", {{"lr", 1e4}});
        SupervisedTask task(e);
        try {
            for (int i = 0; i < 2000; ++i) task.step();
            QFAIL("a learning rate of 1e4 did not blow up");
        } catch (const NumericError& err) {
            const QString msg = err.what();
            QVERIFY2(msg.startsWith("dense_") || msg.startsWith("output") || msg.startsWith("loss"), qPrintable(msg));
            QVERIFY2(msg.contains("NaN") || msg.contains("infinite"), qPrintable(msg));
        }
    }

    void resetStartsOverIdentically() {
        Experiment e = smallExperiment();
        SupervisedTask task(e);
        task.runEpoch();
        const double firstLoss = task.history().front().values[kTrainLoss];
        task.runEpoch();
        task.apply(Reset{});
        QCOMPARE(task.epoch(), std::uint64_t(0));
        task.runEpoch();
        QCOMPARE(task.history().front().values[kTrainLoss], firstLoss);
    }

    // One SGD step, lr 0.1, l1 0.1 (so the L1 step is 0.01), zero data gradient:
    //   proximal: 0.3 -> 0.29, -0.004 -> 0 (not +0.006), 0.005 -> 0, the bias 0.002 untouched;
    //   gradient: -0.004 + 0.01 = 0.006 and 0.005 - 0.01 = -0.005 cross 0 and hover.
    void l1ProximalStepStopsAtExactlyZero() {
        Matrix w = (Matrix(1, 3) << 0.3, -0.004, 0.005).finished(), gw = Matrix::Zero(1, 3);
        Matrix b = (Matrix(1, 1) << 0.002).finished(), gb = Matrix::Zero(1, 1);
        std::vector<Param> params{{"W", &w, &gw, true}, {"b", &b, &gb, false}};
        auto sgd = makeOptimizer(NamedSpec("sgd", {{"lr", 0.1}}));
        sgd->bind(params);
        RegularizationSpec reg;
        reg.l1 = 0.1;
        QVERIFY(reg.l1Proximal);  // the default, as Playground
        addPenaltyGradients(params, reg);
        QCOMPARE(gw.cwiseAbs().maxCoeff(), 0.0);  // no L1 term in the gradient
        applyUpdate(*sgd, params, reg);
        QCOMPARE(w(0, 0), 0.29);
        QCOMPARE(w(0, 1), 0.0);
        QCOMPARE(w(0, 2), 0.0);
        QCOMPARE(b(0, 0), 0.002);

        Matrix v = (Matrix(1, 3) << 0.3, -0.004, 0.005).finished();
        std::vector<Param> plain{{"W", &v, &gw, true}};
        sgd->bind(plain);
        reg.l1Proximal = false;
        gw.setZero();
        addPenaltyGradients(plain, reg);
        applyUpdate(*sgd, plain, reg);
        QVERIFY(std::abs(v(0, 1) - 0.006) < 1e-15);
        QVERIFY(std::abs(v(0, 2) + 0.005) < 1e-15);
    }

    // Trained on XOR with a strong L1, the proximal step leaves many weights
    // at exactly 0; the gradient form leaves none (they jitter around 0).
    void l1TrainingLeavesExactZeros() {
        Experiment e = smallExperiment();
        e.features = {"x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2"};
        e.regularization.l1 = 0.03;
        e.epochs = 40;
        auto zeros = [](SupervisedTask& t) {
            int n = 0;
            for (const Param& p : t.network().params())
                if (p.isWeight) n += int((p.value->array() == 0.0).count());
            return n;
        };
        SupervisedTask proximal(e);
        while (!proximal.finished()) proximal.runEpoch();
        e.regularization.l1Proximal = false;
        SupervisedTask gradient(e);
        while (!gradient.finished()) gradient.runEpoch();
        QVERIFY2(zeros(proximal) >= 5, qPrintable(QString("%1 exact zeros").arg(zeros(proximal))));
        QCOMPARE(zeros(gradient), 0);
    }

    void typedWeightIsApplied() {
        SupervisedTask task(smallExperiment());
        task.apply(SetWeight{0, "W", 1, 0, 0.75});
        QCOMPARE(firstWeights(task)(1, 0), 0.75);
        QVERIFY_THROWS_EXCEPTION(SpecError, task.apply(SetWeight{0, "W", 99, 0, 1.0}));
    }

    void snapshotCarriesTheDecisionMap() {
        SupervisedTask task(smallExperiment());
        task.runEpoch();
        Snapshot s;
        task.fillSnapshot(s, SnapshotOptions{20, true, true});
        QCOMPARE(s.gridSize, 20);
        QCOMPARE(s.outputGrid.rows(), Index(400));
        QCOMPARE(s.layers.size(), std::size_t(3));
        QCOMPARE(s.layers[0].neuronMaps.rows(), Index(4));
        QCOMPARE(s.layers[0].neuronMaps.cols(), Index(400));
        QCOMPARE(s.newHistory.size(), std::size_t(1));
        // the map is the network's output at the cell centres
        const Matrix corner = task.predictPoints((Matrix(1, 2) << -6.0 + 0.3, -6.0 + 0.3).finished());
        QVERIFY(std::abs(corner(0, 0) - s.outputGrid(0, 0)) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "tst_training.moc"
