// Sequence data and recurrent networks through the supervised task:
//  1. The sequence generators (adding, sines): shapes {T, F}, the adding
//     problem's two markers and target, seeds.
//  2. Word-valued layer options in the experiment file: a round trip, and a
//     bad value through setByPath named by its path.
//  3. A small LSTM trained by makeTask on the adding problem goes from the
//     chance level (MSE 1/6, predicting 1) to far below it.
#include <QtTest>

#include "data/Dataset.h"
#include "data/Functions.h"
#include "Error.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentJson.h"
#include "experiment/ExperimentPath.h"
#include "tasks/TaskRegistry.h"
#include "tasks/supervised/SupervisedSeries.h"

using namespace nnlab;

namespace {

Dataset make(const std::string& generator, int points, double noise, std::uint64_t seed) {
    DataSpec spec;
    spec.generator = generator;
    spec.points = points;
    spec.noise = noise;
    Rng rng(seed);
    return generate(spec, rng);
}

bool identical(const Matrix& a, const Matrix& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() && std::equal(a.data(), a.data() + a.size(), b.data());
}

Experiment addingExperiment() {
    return readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/adding-lstm.json");
}

}  // namespace

class TestSequenceTasks : public QObject {
    Q_OBJECT

private slots:
    // ---- 1. Generators ------------------------------------------------------------
    void addingProblem() {
        const Dataset d = make("adding", 500, 0.0, 3);
        QCOMPARE(d.sampleShape, (Shape{kAddingSteps, 2}));
        QCOMPARE(d.points.cols(), 2 * kAddingSteps);
        QVERIFY(d.kind == ProblemKind::Regression);
        QCOMPARE(d.numClasses, 0);
        const Index half = kAddingSteps / 2;
        bool earlyFirst = false, lateFirst = false;
        for (Index i = 0; i < d.size(); ++i) {
            Index inFirstHalf = 0, inSecondHalf = 0;
            double sum = 0.0;
            for (Index t = 0; t < kAddingSteps; ++t) {
                const double v = d.points(i, 2 * t), m = d.points(i, 2 * t + 1);
                QVERIFY(v >= 0.0 && v < 1.0);
                QVERIFY(m == 0.0 || m == 1.0);
                if (m == 1.0) {
                    sum += v;
                    (t < half ? inFirstHalf : inSecondHalf) += 1;
                    if (t == 0) earlyFirst = true;
                    if (t == half - 1) lateFirst = true;
                }
            }
            QCOMPARE(inFirstHalf, Index(1));
            QCOMPARE(inSecondHalf, Index(1));
            QCOMPARE(d.targets(i, 0), sum);
        }
        QVERIFY2(earlyFirst && lateFirst, "the first marker should reach both ends of the first half");
        // chance level: the targets' variance, the MSE of predicting the mean, is near 1/6
        const double mean = d.targets.mean();
        const double variance = (d.targets.array() - mean).square().mean();
        QVERIFY2(std::abs(variance - 1.0 / 6.0) < 0.03, qPrintable(QString::number(variance)));
    }

    void addingNoiseLeavesTheMarkedValues() {
        const Dataset quiet = make("adding", 50, 0.0, 8), noisy = make("adding", 50, 0.2, 8);
        QVERIFY(!identical(quiet.points, noisy.points));
        // Noise draws are extra draws, so the two sets differ beyond the noise; the
        // target is still the sum of the two marked values.
        for (Index i = 0; i < noisy.size(); ++i) {
            double sum = 0.0;
            for (Index t = 0; t < kAddingSteps; ++t)
                if (noisy.points(i, 2 * t + 1) == 1.0) sum += noisy.points(i, 2 * t);
            QCOMPARE(noisy.targets(i, 0), sum);
        }
    }

    // Without noise, each window is a smooth curve: the target continues it.
    // A quadratic through the last three values predicts the next one to within
    // the third derivative's size (sum of a_k (2 pi / p_k)^3 <= 2 (2 pi / 6)^3 = 2.3).
    void sinesContinueTheWindow() {
        const Dataset d = make("sines", 300, 0.0, 5);
        QCOMPARE(d.sampleShape, (Shape{kSinesSteps, 1}));
        QCOMPARE(d.points.cols(), kSinesSteps);
        QVERIFY(d.kind == ProblemKind::Regression);
        const Index t = kSinesSteps;
        for (Index i = 0; i < d.size(); ++i) {
            const double extrapolated = 3.0 * d.points(i, t - 1) - 3.0 * d.points(i, t - 2) + d.points(i, t - 3);
            QVERIFY2(std::abs(extrapolated - d.targets(i, 0)) < 2.4, qPrintable(QString::number(i)));
            QVERIFY(d.points.row(i).cwiseAbs().maxCoeff() < 2.0 + 0.03 * double(t));
        }
        const Dataset noisy = make("sines", 300, 0.1, 5);
        QVERIFY(!identical(d.points, noisy.points));
        QVERIFY(!identical(d.targets, noisy.targets));
    }

    void seeds_data() {
        QTest::addColumn<QString>("generator");
        QTest::newRow("adding") << "adding";
        QTest::newRow("sines") << "sines";
    }
    void seeds() {
        QFETCH(QString, generator);
        const std::string g = generator.toStdString();
        QVERIFY(identical(make(g, 100, 0.1, 42).points, make(g, 100, 0.1, 42).points));
        QVERIFY(identical(make(g, 100, 0.1, 42).targets, make(g, 100, 0.1, 42).targets));
        QVERIFY(!identical(make(g, 100, 0.1, 42).points, make(g, 100, 0.1, 43).points));
    }

    // ---- 2. Word-valued options in the file -----------------------------------------
    void choicesRoundTrip() {
        Experiment e = addingExperiment();
        LayerSpec bi = e.network.layers[0];
        bi.name = "both_ways";
        bi.type = "gru";
        bi.units = 5;
        bi.options["return_sequences"] = 1;
        bi.choices = {{"direction", "bidirectional"}, {"merge", "multiply"}};
        e.network.layers.insert(e.network.layers.begin(), bi);
        const nlohmann::json j = experimentToJson(e);
        QCOMPARE(QString::fromStdString(j["network"]["layers"][0]["merge"].get<std::string>()), QString("multiply"));
        const Experiment back = experimentFromJson(j);
        QVERIFY(back.network.layers == e.network.layers);
        std::unique_ptr<Task> task = makeTask(back);
        QCOMPARE(task->weights().at("both_ways").size(), std::size_t(8));  // W_ih .. b_hh, twice

        setByPath(e, "network.layers[0].merge", "concat");
        QCOMPARE(QString::fromStdString(e.network.layers[0].choice("merge", "")), QString("concat"));
        QCOMPARE(QString::fromStdString(getByPath(e, "network.layers[1].direction").get<std::string>()), QString("forward"));
        try {
            setByPath(e, "network.layers[0].merge", "avg");
            QFAIL("accepted");
        } catch (const SpecError& err) {
            QCOMPARE(QString(err.what()), QString("network.layers[0].merge: \"avg\" is not one of concat, sum, multiply"));
        }
        QCOMPARE(QString::fromStdString(e.network.layers[0].choice("merge", "")), QString("concat"));  // untouched
    }

    // ---- 3. Training ------------------------------------------------------------------
    void lstmLearnsTheAddingProblem() {
        Experiment e = addingExperiment();
        e.epochs = 10;
        std::unique_ptr<Task> task = makeTask(e);
        QVERIFY(task->series().size() > kTestLoss);
        while (!task->finished()) task->runEpoch();
        const std::vector<HistoryPoint>& h = task->history();
        QCOMPARE(h.size(), std::size_t(10));
        const double first = h.front().values[kTestLoss], last = h.back().values[kTestLoss];
        qInfo("adding problem, LSTM 16: test MSE %.4g after epoch 1, %.4g after epoch 10 (chance 1/6)", first, last);
        QVERIFY2(first > 0.1, "the first epoch is already below chance: the task is too easy to show anything");
        QVERIFY2(last < 0.02, qPrintable(QString("test MSE %1 after 10 epochs").arg(last)));
    }
};

QTEST_APPLESS_MAIN(TestSequenceTasks)
#include "tst_sequence_tasks.moc"
