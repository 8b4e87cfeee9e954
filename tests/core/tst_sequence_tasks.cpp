// Sequence data and recurrent networks through the supervised task:
//  1. The sequence generators (adding, sines, recall): shapes {T, F} with
//     data.steps and data.delay, the adding problem's two markers and target,
//     the recall's symbols, cue and chance level, seeds; bad lengths named.
//  2. Word-valued layer options in the experiment file: a round trip, and a
//     bad value through setByPath named by its path.
//  3. A small LSTM trained by makeTask on the adding problem goes from the
//     chance level (MSE 1/6, predicting 1) to far below it.
//  4. Sequence CSV files, wide and long: layout, and bad rows named by line.
//  5. Free-running prediction: a network that extrapolates linearly continues
//     a line exactly, so each window must hold the earlier predictions.
#include <QtTest>

#include "data/CsvSequences.h"
#include "data/Dataset.h"
#include "data/Functions.h"
#include "Error.h"
#include "MessageOf.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentJson.h"
#include "experiment/ExperimentPath.h"
#include "tasks/TaskRegistry.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "training/Capabilities.h"
#include "training/FreeRunning.h"

#include <cmath>
#include <sstream>

using namespace nnlab;

namespace {

Dataset make(const std::string& generator, int points, double noise, std::uint64_t seed, int steps = 0) {
    DataSpec spec;
    spec.generator = generator;
    spec.points = points;
    spec.noise = noise;
    spec.steps = steps;
    Rng rng(seed);
    return generate(spec, rng);
}

Dataset makeRecall(int points, int classes, int delay, double noise, std::uint64_t seed) {
    DataSpec spec;
    spec.generator = "recall";
    spec.points = points;
    spec.classes = classes;
    spec.delay = delay;
    spec.noise = noise;
    Rng rng(seed);
    return generate(spec, rng);
}

Dataset fromCsvText(const std::string& text, const DataSpec& spec) {
    std::istringstream in(text);
    return datasetFromCsvSpec(readCsv(in, "s.csv"), spec, std::nullopt);
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
    void addingProblem_data() {
        QTest::addColumn<int>("steps");      // data.steps
        QTest::addColumn<int>("expected");   // T
        QTest::newRow("default") << 0 << int(kAddingSteps);
        QTest::newRow("shortest") << 2 << 2;
        QTest::newRow("odd") << 11 << 11;
        QTest::newRow("long") << 100 << 100;
    }
    void addingProblem() {
        QFETCH(int, steps);
        QFETCH(int, expected);
        const Index T = expected;
        const Dataset d = make("adding", 500, 0.0, 3, steps);
        QCOMPARE(d.sampleShape, (Shape{T, 2}));
        QCOMPARE(d.points.cols(), 2 * T);
        QVERIFY(d.kind == ProblemKind::Regression);
        QCOMPARE(d.numClasses, 0);
        const Index half = T / 2;
        bool earlyFirst = false, lateFirst = false;
        for (Index i = 0; i < d.size(); ++i) {
            Index inFirstHalf = 0, inSecondHalf = 0;
            double sum = 0.0;
            for (Index t = 0; t < T; ++t) {
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

    // data.steps = 7: a window of 7 values; the series is the same formula, so
    // the 7-window of one seed starts as the 20-window of that seed does.
    void sinesTakeTheirLength() {
        const Dataset shortWindow = make("sines", 50, 0.0, 5, 7), longWindow = make("sines", 50, 0.0, 5);
        QCOMPARE(shortWindow.sampleShape, (Shape{7, 1}));
        QCOMPARE(shortWindow.points.cols(), Index(7));
        QVERIFY(identical(shortWindow.points.leftCols(7), longWindow.points.leftCols(7)));
        QCOMPARE(shortWindow.targets(0, 0), longWindow.points(0, 7));  // y(7) is the 7-window's next value
    }

    // Two symbols of K one-hot, `delay` blank steps, the cue naming position j;
    // the target is symbol j. Classes are shared out evenly, so the chance level
    // (no memory of the symbols) is exactly 1/K for n a multiple of K.
    void recallTask_data() {
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("delay");
        QTest::newRow("K 4, delay 10") << 4 << 10;
        QTest::newRow("K 2, no delay") << 2 << 0;
        QTest::newRow("K 6, delay 37") << 6 << 37;
    }
    void recallTask() {
        QFETCH(int, classes);
        QFETCH(int, delay);
        const int n = 60 * classes;
        const Dataset d = makeRecall(n, classes, delay, 0.0, 11);
        const Index T = kRecallShown + delay + 1, F = classes + kRecallShown;
        QCOMPARE(d.sampleShape, (Shape{T, F}));
        QCOMPARE(d.points.cols(), T * F);
        QVERIFY(d.kind == ProblemKind::Classification);
        QCOMPARE(d.numClasses, classes);
        std::vector<int> perClass(std::size_t(classes), 0), perPosition(std::size_t(kRecallShown), 0);
        for (Index i = 0; i < d.size(); ++i) {
            const auto step = [&](Index t) { return d.points.row(i).segment(t * F, F); };
            Index symbol[kRecallShown];
            for (Index j = 0; j < kRecallShown; ++j) {
                QCOMPARE(step(j).sum(), 1.0);                      // one-hot
                QCOMPARE(step(j).tail(kRecallShown).sum(), 0.0);  // no cue yet
                step(j).maxCoeff(&symbol[j]);
            }
            for (Index t = kRecallShown; t < T - 1; ++t) QCOMPARE(step(t).cwiseAbs().sum(), 0.0);  // blank
            QCOMPARE(step(T - 1).head(classes).sum(), 0.0);
            QCOMPARE(step(T - 1).tail(kRecallShown).sum(), 1.0);
            Index asked = 0;
            step(T - 1).tail(kRecallShown).maxCoeff(&asked);
            QCOMPARE(d.targets(i, 0), double(symbol[asked]));
            ++perClass[std::size_t(d.targets(i, 0))];
            ++perPosition[std::size_t(asked)];
        }
        // chance: every class is 1/K of the set, so no guess without the symbols beats 1/K
        for (int k = 0; k < classes; ++k) QCOMPARE(perClass[std::size_t(k)], n / classes);
        for (int count : perPosition) QVERIFY2(count > n / 4, qPrintable(QString::number(count)));  // both asked
    }

    void recallNoiseFillsTheWait() {
        const Dataset quiet = makeRecall(40, 3, 5, 0.0, 2), noisy = makeRecall(40, 3, 5, 0.3, 2);
        const Index F = 3 + kRecallShown;
        QVERIFY(noisy.points.middleCols(kRecallShown * F, 5 * F).cwiseAbs().sum() > 0.0);
        QCOMPARE(quiet.points.middleCols(kRecallShown * F, 5 * F).cwiseAbs().sum(), 0.0);
        for (Index i = 0; i < noisy.size(); ++i) {  // the symbols and the cue stay exact
            QCOMPARE(noisy.points.row(i).head(kRecallShown * F).sum(), double(kRecallShown));
            QCOMPARE(noisy.points.row(i).tail(F).sum(), 1.0);
        }
    }

    // A length a set cannot take is named by its field, from generate() and
    // from the file reader alike.
    void badLengthsNameTheField_data() {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("delay");
        QTest::addColumn<QString>("message");
        QTest::newRow("adding 1 step") << "adding" << 1 << 10
            << "data.steps: adding takes 2 to 1000 steps (0: its own 30), got 1";
        QTest::newRow("sines too long") << "sines" << 1001 << 10
            << "data.steps: sines takes 2 to 1000 steps (0: its own 20), got 1001";
        QTest::newRow("recall delay") << "recall" << 0 << -1 << "data.delay: expected 0 to 1000 blank steps, got -1";
    }
    void badLengthsNameTheField() {
        QFETCH(QString, generator);
        QFETCH(int, steps);
        QFETCH(int, delay);
        QFETCH(QString, message);
        DataSpec spec;
        spec.generator = generator.toStdString();
        spec.points = 10;
        spec.steps = steps;
        spec.delay = delay;
        Rng rng(1);
        QCOMPARE(messageOf<SpecError>([&] { generate(spec, rng); }), message);
        if (delay < 0 || steps > kMaxSteps) return;  // the reader's own range check comes first
        Experiment e = defaultExperiment();
        e.data.generator = spec.generator;
        nlohmann::json j = experimentToJson(e);
        j["data"]["steps"] = steps;
        j["network"]["layers"] = nlohmann::json::array({{{"type", "flatten"}}, {{"type", "dense"}, {"units", 1}}});
        QCOMPARE(messageOf<SpecError>([&] { experimentFromJson(j); }), message);
    }

    // Settings by path reach the lengths; older files (no "steps") keep
    // their lengths; a plane set's file gains no sequence fields.
    void lengthsAreSettings() {
        Experiment e = addingExperiment();
        QCOMPARE(e.data.steps, 50);
        setByPath(e, "data.steps", 12);
        QCOMPARE(e.data.steps, 12);
        QVERIFY(experimentFromJson(experimentToJson(e)).data == e.data);
        QCOMPARE(messageOf<SpecError>([&] { setByPath(e, "data.steps", 2000); }),
                 QString("data.steps: 2000 is outside 0 .. 1000"));
        QCOMPARE(e.data.steps, 12);  // untouched
        nlohmann::json old = experimentToJson(e);
        old["data"].erase("steps");
        QCOMPARE(experimentFromJson(old).data.steps, 0);
        std::unique_ptr<Task> task = makeTask(experimentFromJson(old));
        QCOMPARE(task->networkModel()->dataset().sampleShape, (Shape{kAddingSteps, 2}));
        const nlohmann::json plane = experimentToJson(defaultExperiment());
        QVERIFY(!plane["data"].contains("steps"));
        QVERIFY(!plane["data"].contains("delay"));
        // A set that does not use the length ignores it, so switching sets keeps working.
        DataSpec switched = e.data;
        switched.generator = "recall";
        QCOMPARE(sampleShapeFor(findGenerator("recall"), switched), recallShape(kDefaultRecallDelay, 2));
        Experiment plain = defaultExperiment();
        plain.data.steps = 12;
        QCOMPARE(experimentFromJson(experimentToJson(plain)).data.steps, 12);
        QCOMPARE(makeTask(plain)->networkModel()->dataset().sampleShape, (Shape{2}));
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
        e.data.steps = 30;  // the shipped lesson's 50 steps take the LSTM longer; tst_long_range_memory runs it
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

    // ---- 4. Sequence CSV files ---------------------------------------------------------
    // Wide: a row is one sequence, T*F inputs time-major, then the target.
    void csvWideRows() {
        DataSpec spec;
        spec.sequenceSteps = 3;
        const Dataset d = fromCsvText("a0,b0,a1,b1,a2,b2,label\n1,2,3,4,5,6,up\n7,8,9,10,11,12,down\n", spec);
        QCOMPARE(d.sampleShape, (Shape{3, 2}));
        QCOMPARE(d.points.rows(), Index(2));
        QCOMPARE(d.points(1, 2 * 2 + 1), 12.0);  // step 2, feature b of the second sequence
        QVERIFY(d.kind == ProblemKind::Classification);
        QCOMPARE(d.classNames, (std::vector<std::string>{"up", "down"}));
        spec.sequenceSteps = 4;
        QCOMPARE(messageOf<SpecError>([&] { fromCsvText("1,2,3,4,5,6,0\n1,2,3,4,5,6,1\n", spec); }),
                 QString("data.csv.sequence_steps: 6 input columns do not split into 4 steps of equal width (one "
                         "sequence per row, its steps' features side by side)"));
    }

    // Long: one step per row, an id column; sequences in order of first
    // appearance, their rows in file order, even when interleaved. No row lost.
    void csvLongRows() {
        DataSpec spec;
        spec.sequenceIdColumn = 0;
        spec.targetColumn = -1;
        const std::string text =
            "id,x,y,target\n"
            "s1,1,10,0.5\n"
            "s2,4,40,1.5\n"
            "s1,2,20,0.5\n"
            "s2,5,50,1.5\n"
            "s1,3,30,0.5\n"
            "s2,6,60,1.5\n";
        const Dataset d = fromCsvText(text, spec);
        QCOMPARE(d.sampleShape, (Shape{3, 2}));
        QCOMPARE(d.points.rows(), Index(2));
        const Matrix expected = (Matrix(2, 6) << 1, 10, 2, 20, 3, 30, 4, 40, 5, 50, 6, 60).finished();
        QVERIFY(identical(d.points, expected));  // all 6 rows of 2 inputs, each once
        QCOMPARE(d.targets(0, 0), 0.5);
        QCOMPARE(d.targets(1, 0), 1.5);
        QVERIFY(d.kind == ProblemKind::Regression);
        QCOMPARE(QString::fromStdString(d.inputNames[3]), QString("y[1]"));
        spec.sequenceSteps = 3;  // given: the same
        QVERIFY(identical(fromCsvText(text, spec).points, expected));
    }

    void csvLongBadRowsAreNamed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("message");
        QTest::newRow("longer") << "id,x,t\na,1,0\na,2,0\nb,3,1\nb,4,1\nb,5,1\n" << 0
            << "s.csv:6: this is row 3 of sequence \"b\", but sequence \"a\" (line 2) has 2 rows";
        QTest::newRow("shorter") << "id,x,t\na,1,0\na,2,0\nb,3,1\n" << 0
            << "s.csv:4: sequence \"b\" ends after 1 row, but sequence \"a\" (line 2) has 2 rows";
        QTest::newRow("steps given") << "id,x,t\n7,1,0\n7,2,0\n" << 3
            << "s.csv:3: sequence \"7\" ends after 2 rows, but data.csv.sequence_steps is 3";
        QTest::newRow("two targets") << "id,x,t\na,1,up\na,2,up\nb,3,down\nb,4,up\n" << 0
            << "s.csv:5: the target \"up\" differs from \"down\" (line 4) within sequence \"b\"; a sequence has one target";
        QTest::newRow("text input") << "id,x,t\na,p,0\na,q,1\n" << 0
            << "s.csv: column 2 (\"x\") holds text (\"p\"); inputs must be numbers";
    }
    void csvLongBadRowsAreNamed() {
        QFETCH(QString, text);
        QFETCH(int, steps);
        QFETCH(QString, message);
        DataSpec spec;
        spec.sequenceIdColumn = 0;
        spec.sequenceSteps = steps;
        QCOMPARE(messageOf<DataError>([&] { fromCsvText(text.toStdString(), spec); }), message);
    }

    void csvSequenceSettingsInTheFile() {
        Experiment e = defaultExperiment();
        e.data.generator = "csv";
        e.data.csvPath = "/tmp/x.csv";
        e.data.sequenceSteps = 4;
        e.data.sequenceIdColumn = -4;
        e.network.layers = {e.network.layers.back()};
        const nlohmann::json j = experimentToJson(e);
        QCOMPARE(j["data"]["csv"]["sequence_id_column"].get<int>(), -4);
        QVERIFY(experimentFromJson(j).data == e.data);
        nlohmann::json bad = j;
        bad["data"]["csv"]["sequence_steps"] = -1;
        QCOMPARE(messageOf<SpecError>([&] { experimentFromJson(bad); }),
                 QString("data.csv.sequence_steps: -1 is outside 0 .. 1000"));
    }

    // ---- 5. Free-running prediction -----------------------------------------------------
    // flatten + dense with y = 2 x_{T-1} - x_{T-2}: the straight line through
    // the last two values. Seeded with 0, 3, 6, ..., 24 it must go on 27, 30,
    // ...: a window that did not hold the earlier predictions (or held them in
    // the wrong place) would give other numbers.
    void freeRunningContinuesTheLine() {
        Experiment e = defaultExperiment();
        e.data.generator = "sines";
        e.data.steps = 6;
        e.data.points = 20;
        LayerSpec flatten, dense;
        flatten.type = "flatten";
        dense.units = 1;
        e.network.layers = {flatten, dense};
        e.features.clear();
        e.loss = NamedSpec{"mse"};
        std::unique_ptr<Task> task = makeTask(e);
        NetworkModel& model = requireNetwork(*task, "forecast with");
        for (const Param& p : model.network().params()) p.value->setZero();
        Matrix& w = *model.network().params()[0].value;  // (1, 6)
        w(0, 5) = 2.0;
        w(0, 4) = -1.0;
        Matrix seed(9, 1);  // longer than the window: the last 6 start
        for (Index t = 0; t < 9; ++t) seed(t, 0) = 3.0 * double(t);
        const Matrix out = freeRun(model, seed, 5);
        QCOMPARE(out.rows(), Index(5));
        for (Index k = 0; k < 5; ++k) QCOMPARE(out(k, 0), 3.0 * double(9 + k));  // 27, 30, 33, 36, 39

        QCOMPARE(seedFromData(model, 0).rows(), Index(6));
        QCOMPARE(messageOf<DataError>([&] { freeRun(model, seed.topRows(5), 1); }),
                 QString("seed: 5 time steps, the network's window is 6 steps"));
        QCOMPARE(messageOf<SpecError>([&] { seedFromData(model, 10); }),
                 QString("sample: 10 is outside 0..9 (the test set has 10 sequences)"));
    }

    void freeRunningNeedsOneOutputPerFeature() {
        std::unique_ptr<Task> plane = makeTask(defaultExperiment());  // the spiral: no time steps
        QVERIFY(messageOf<SpecError>([&] { freeRunningShape(*plane->networkModel()); }).startsWith("data: free-running"));
        std::unique_ptr<Task> adding = makeTask(addingExperiment());  // adding: 2 features, 1 output
        QCOMPARE(messageOf<SpecError>([&] { freeRunningShape(*adding->networkModel()); }),
                 QString("network: free-running prediction feeds the outputs back as the next step, so it needs 2 "
                         "outputs (one per feature), this network has 1"));
    }
};

QTEST_APPLESS_MAIN(TestSequenceTasks)
#include "tst_sequence_tasks.moc"
