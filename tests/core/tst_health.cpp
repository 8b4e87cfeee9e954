// Gradient health: the per-layer statistics on a hand-computed network, the
// NaN guard (names layer and step, keeps the weights from before the step),
// the verdicts on the lessons in resources/lessons/ (each broken run gets its
// verdict, each fixed twin and the default experiment none), the "try this"
// remedies, the initialisation profile, snapshots, and `nnlab-cli diagnose`.
#include <QtTest>

#include "AllocationCounter.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "tasks/DiagnoseRun.h"
#include "health/DiagnosisJson.h"
#include "health/Figures.h"
#include "health/HealthRecorder.h"
#include "health/InitProfile.h"
#include "health/Lessons.h"
#include "layers/Dense.h"
#include "model/Network.h"
#include "training/Regularizer.h"
#include "tasks/supervised/SupervisedTask.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>
#include <cstdlib>

using namespace nnlab;

namespace {

QString lessonsDir() { return QStringLiteral(NNLAB_RESOURCES_DIR "/lessons/"); }

Experiment readLesson(const QString& file) {
    const QString path = lessonsDir() + file;
    if (!QFile::exists(path)) throw Error(path.toStdString() + ": missing");
    return readExperimentFile(path.toStdString());
}

QStringList names(const std::vector<Verdict>& verdicts) {
    QStringList out;
    for (const Verdict& v : verdicts) out << QString::fromStdString(v.name);
    return out;
}

const Verdict* find(const std::vector<Verdict>& verdicts, const std::string& name) {
    for (const Verdict& v : verdicts)
        if (v.name == name) return &v;
    return nullptr;
}

// The hand-computed network of statsOnTinyNetwork:
//   dense_1 (relu)    W = [[1, 0], [0, 1], [-1, -1]], b = [0, 0, -10]
//   dense_2 (sigmoid) W = [[5, 0, 0], [0.1, 0, 0]],   b = [0, 0]
//   output  (linear)  W = [[1, 1]],                   b = [0]
// x = [[1, 2], [3, 1]]:
//   z1 = [[1, 2, -13], [3, 1, -14]]  ->  a1 = [[1, 2, 0], [3, 1, 0]]: unit 3 dead
//   z2 = [[5, 0.1], [15, 0.3]]: |z| > 3 saturates (sigma'(3)/sigma'(0) = 0.1807
//        is the limit), so 2 of the 4 outputs are saturated
struct TinyNet {
    Network net;
    Matrix x;
    TinyNet() : net(spec(), Shape{2}, 2), x(2, 2) {
        Rng rng(1);
        net.initialize(rng);
        dense(0).weights() << 1, 0, 0, 1, -1, -1;
        dense(0).bias() << 0, 0, -10;
        dense(1).weights() << 5, 0, 0, 0.1, 0, 0;
        dense(1).bias() << 0, 0;
        dense(2).weights() << 1, 1;
        dense(2).bias() << 0;
        x << 1, 2, 3, 1;
    }
    static NetworkSpec spec() {
        NetworkSpec s;
        s.layers.resize(3);
        s.layers[0].name = "dense_1", s.layers[0].units = 3, s.layers[0].activation = NamedSpec("relu");
        s.layers[1].name = "dense_2", s.layers[1].units = 2, s.layers[1].activation = NamedSpec("sigmoid");
        s.layers[2].name = "output", s.layers[2].units = 1, s.layers[2].activation = NamedSpec("linear");
        return s;
    }
    Dense& dense(std::size_t i) { return dynamic_cast<Dense&>(net.layer(i)); }
    // L = 1/2 sum pred^2, so dL/dpred = pred.
    void forwardBackward() {
        Pass pass{true, nullptr};
        const Matrix pred = net.forward(x, pass);
        net.backward(x, pred, false);
    }
};

}  // namespace

class TestHealth : public QObject {
    Q_OBJECT
private slots:
    void histogramHasFixedBins() {
        Histogram h;
        h.setRange(Histogram::Scale::Linear, -1.0, 1.0, 4);  // bins [-1,-.5) [-.5,0) [0,.5) [.5,1)
        const double v[] = {-0.75, -0.1, 0.0, 0.2, 0.9, 5.0, -7.0};
        h.add(v, 7);
        QCOMPARE(h.counts, (std::vector<double>{2, 1, 2, 2}));  // 5.0 and -7.0 clamped into the end bins
        QCOMPARE(h.outside, 2.0);
        QCOMPARE(h.total, 7.0);
        h.clear();
        QCOMPARE(h.total, 0.0);
        QCOMPARE(int(h.counts.size()), 4);

        Histogram g;
        g.setRange(Histogram::Scale::Log10Magnitude, -4.0, 0.0, 4);  // decades 1e-4 .. 1
        const double grads[] = {0.0, -3e-4, 2e-2, 0.5, 1e-9};
        g.add(grads, 5);
        QCOMPARE(g.zeros, 1.0);
        QCOMPARE(g.counts, (std::vector<double>{2, 0, 1, 1}));  // 1e-9 clamped into the lowest decade
    }

    void statsOnTinyNetwork() {
        TinyNet t;
        HealthRecorder recorder(1);
        recorder.bind(t.net);
        t.forwardBackward();
        recorder.beforeUpdate();
        const Matrix w0 = t.dense(0).weights();
        std::vector<Param> params = t.net.params();
        for (Param& p : params) *p.value -= 0.1 * *p.grad;  // plain SGD
        recorder.afterUpdate(1, 0.0);
        const HealthPoint& p = recorder.current();
        QCOMPARE(recorder.history().size(), std::size_t(1));

        const LayerHealth& h1 = p.layers[0];
        QCOMPARE(h1.deadFraction, 1.0 / 3.0);                    // unit 3: z = -13, -14
        QCOMPARE(h1.activationMean, 7.0 / 6.0);                  // (1+2+0+3+1+0) / 6
        QVERIFY(std::abs(h1.activationStd - std::sqrt(41.0 / 36.0)) < 1e-12);  // 15/6 - (7/6)^2
        QCOMPARE(h1.saturatedFraction, 0.0);                     // relu does not saturate
        QCOMPARE(h1.unitQuiet, (std::vector<double>{0, 0, 2}));  // unit 3 quiet on both samples
        QCOMPARE(h1.persistentDeadFraction, 0.0);                // 2 samples < kDeadSamples
        const LayerHealth& h2 = p.layers[1];
        QCOMPARE(h2.saturatedFraction, 0.5);                     // z = 5 and 15 of 5, 0.1, 15, 0.3
        QCOMPARE(h2.unitSaturated, (std::vector<double>{1.0, 0.0}));
        QCOMPARE(h2.deadFraction, 0.0);

        // Gradient norms are the network's own parameter gradients (before the update).
        double sq = 0.0;
        for (std::size_t i = 0; i < 3; ++i) {
            const LayerHealth& h = p.layers[i];
            Dense& d = t.dense(i);
            std::vector<Param> lp = d.params();
            QCOMPARE(h.weightGradNorm, lp[0].grad->norm());
            QCOMPARE(h.biasGradNorm, lp[1].grad->norm());
            QCOMPARE(h.weightNorm, lp[0].value->norm());
            sq += h.weightGradNorm * h.weightGradNorm + h.biasGradNorm * h.biasGradNorm;
        }
        QVERIFY(std::abs(std::sqrt(sq) - gradientNorm(params)) < 1e-12);
        // Update-to-weight ratio: ||0.1 dW|| / ||W_before||.
        QVERIFY(std::abs(h1.updateRatio - 0.1 * t.dense(0).params()[0].grad->norm() / w0.norm()) < 1e-12);
        // Dead unit 3 gets no gradient on its incoming weights.
        QCOMPARE(t.dense(0).params()[0].grad->row(2).norm(), 0.0);
        // Histograms count every entry.
        QCOMPARE(h1.activationHistogram.total, 6.0);
        QCOMPARE(h1.weightHistogram.total, 6.0);
        QCOMPARE(h1.gradientHistogram.total, 6.0);

        // kDeadSamples = 100 samples in a row: 50 batches of 2.
        for (int i = 1; i < 50; ++i) {
            t.forwardBackward();
            recorder.beforeUpdate();
            recorder.afterUpdate(1 + i, 0.0);
        }
        QCOMPARE(recorder.current().layers[0].unitQuiet[2], 100.0);
        QCOMPARE(recorder.current().layers[0].persistentDeadFraction, 1.0 / 3.0);
        QCOMPARE(recorder.history().size(), std::size_t(50));
        QCOMPARE(recorder.history().first().step, std::uint64_t(1));
    }

    void symmetricUnitsHaveNoSpread() {
        TinyNet t;
        t.dense(0).weights().setConstant(0.3);
        t.dense(0).bias().setZero();
        HealthRecorder recorder(1);
        recorder.bind(t.net);
        t.forwardBackward();
        recorder.beforeUpdate();
        recorder.afterUpdate(1, 0.0);
        QCOMPARE(recorder.current().layers[0].unitSpread, 0.0);
        QVERIFY(std::abs(recorder.current().layers[1].unitSpread - 4.9) < 1e-12);  // |0.1 - 5| over dense_2's rows
    }

    void recordingAllocatesNothing() {
        TinyNet t;
        HealthRecorder recorder(1, 16);
        recorder.bind(t.net);
        t.forwardBackward();
        recorder.beforeUpdate();
        recorder.afterUpdate(1, 0.0);
        if (!test::allocationCountingAvailable()) QSKIP("allocation counting needs glibc");
        const long allocations = test::allocationsDuring([&] {
            for (int i = 0; i < 100; ++i) {  // fills the 16 slots and thins them several times
                recorder.beforeUpdate();
                recorder.afterUpdate(2 + i, 0.0);
            }
        });
        QCOMPARE(allocations, 0L);
        QVERIFY(recorder.history().size() <= std::size_t(16));
        QCOMPARE(recorder.history().latest().step, std::uint64_t(101));
        QCOMPARE(recorder.history().first().step, std::uint64_t(1));
        QCOMPARE(recorder.history().at(0).step, std::uint64_t(1));  // the held points span the whole run
        // The counter sees allocations at all.
        QVERIFY(test::allocationsDuring([] { delete new std::vector<double>(4); }) >= 1);
    }

    void nanNamesLayerAndStepAndKeepsLastWeights() {
        Experiment e = readLesson("large-init-broken.json");
        SupervisedTask task(e);
        task.setRecordHealth(1);
        WeightSet before;
        try {
            for (int i = 0; i < 400; ++i) {
                before = task.weights();
                task.step();
            }
            QFAIL("large-init-broken did not overflow in 400 steps");
        } catch (const StepNumericError& err) {
            const QString msg = err.what();
            const std::uint64_t step = task.stepCount() + 1;  // the step that failed
            QCOMPARE(err.failure.step, step);
            QVERIFY2(msg.startsWith(QString::fromStdString(err.failure.layer) + ": "), qPrintable(msg));
            QVERIFY2(msg.contains(QString("at step %1 ").arg(step)), qPrintable(msg));
            QVERIFY2(msg.contains("NaN or infinite"), qPrintable(msg));
            QVERIFY(!err.failure.layer.empty());
            // The failed step's update never happened: the weights are those from before it.
            QVERIFY(task.weights() == before);
            for (const auto& [layer, params] : task.weights())
                for (const auto& [name, m] : params) QVERIFY2(m.allFinite(), qPrintable(QString::fromStdString(layer)));
            // The task remembers it: the live diagnosis names the layer and the step.
            QVERIFY(task.lastFailure() && task.lastFailure()->step == step);
            const std::vector<Verdict> verdicts = task.diagnose();
            const Verdict* v = find(verdicts, "exploding_gradients");
            QVERIFY2(v, qPrintable(names(verdicts).join(", ")));
            QCOMPARE(v->evidence.front().key, std::string("nan_step"));
            QCOMPARE(v->evidence.front().value, double(step));
            QCOMPARE(v->layers.front(), err.failure.layer);
        }
    }

    void lessons_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("verdict");  // empty: none at all
        QVERIFY(!lessonTable().empty());
        for (const LessonInfo& l : lessonTable()) {
            const QString broken = QString::fromStdString(lessonFile(l, false));
            const QString fixed = QString::fromStdString(lessonFile(l, true));
            QTest::newRow(qPrintable(broken)) << broken << QString(l.verdict);
            QTest::newRow(qPrintable(fixed)) << fixed << QString();
        }
    }
    void lessons() {
        QFETCH(QString, file);
        QFETCH(QString, verdict);
        const DiagnosisRun run = trainAndDiagnose(readLesson(file));
        const QStringList got = names(run.verdicts);
        if (verdict.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(file + " got " + got.join(", ")));
            QVERIFY2(!run.failure, qPrintable(QString::fromStdString(run.failureMessage)));
        } else {
            QVERIFY2(got.contains(verdict), qPrintable(file + " got [" + got.join(", ") + "], expected " + verdict));
            const Verdict& v = *find(run.verdicts, verdict.toStdString());
            QVERIFY(!v.layers.empty());
            QVERIFY(!v.evidence.empty());
            QVERIFY(!v.remedies.empty());
            for (const Evidence& ev : v.evidence) QVERIFY(!ev.key.empty() && !ev.text.empty());
        }
    }

    void lessonFilesAreListed() {
        // Every file in resources/lessons/ is in the table, so the menu shows it.
        const QStringList files = QDir(lessonsDir()).entryList({"*.json"}, QDir::Files);
        QCOMPARE(files.size(), int(2 * lessonTable().size()));
        for (const LessonInfo& l : lessonTable()) {
            QVERIFY(files.contains(QString::fromStdString(lessonFile(l, false))));
            QVERIFY(files.contains(QString::fromStdString(lessonFile(l, true))));
        }
    }

    void healthyBaselineHasNoVerdict() {
        const QString path = QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/default.json");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        Experiment e = readExperimentFile(path.toStdString());
        e.epochs = 100;  // the file trains 1000; 100 keep the test short and already converge
        const DiagnosisRun run = trainAndDiagnose(e);
        QVERIFY2(run.verdicts.empty(), qPrintable(names(run.verdicts).join(", ")));
    }

    // One click on the remedy makes the verdict go away.
    void tryThisRemovesTheVerdict_data() {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("remedy");
        QTest::newRow("deep-sigmoid") << "deep-sigmoid" << "use_relu_he";
        QTest::newRow("large-init") << "large-init" << "use_recommended_init";
        QTest::newRow("zero-init") << "zero-init" << "random_init";
        QTest::newRow("dying-relu") << "dying-relu" << "use_leaky_relu";
        QTest::newRow("exploding-clipping") << "exploding-clipping" << "clip_norm";
    }
    void tryThisRemovesTheVerdict() {
        QFETCH(QString, lesson);
        QFETCH(QString, remedy);
        const LessonInfo* info = nullptr;
        for (const LessonInfo& l : lessonTable())
            if (lesson == l.name) info = &l;
        QVERIFY(info);
        const Experiment broken = readLesson(QString::fromStdString(lessonFile(*info, false)));
        const DiagnosisRun before = trainAndDiagnose(broken);
        const Verdict* v = find(before.verdicts, info->verdict);
        QVERIFY(v);
        const Remedy* r = nullptr;
        for (const Remedy& x : v->remedies)
            if (x.key == remedy.toStdString()) r = &x;
        QVERIFY2(r && !r->tryThis.empty(), qPrintable(remedy));
        const DiagnosisRun after = trainAndDiagnose(applyTry(broken, r->tryThis));
        QVERIFY2(!find(after.verdicts, info->verdict), qPrintable(names(after.verdicts).join(", ")));
    }

    // Every "Try this" offered for a broken lesson fixes the run it is
    // offered for: the verdict it answers is gone and nothing turns NaN.
    void everyOfferedTryFixesItsLesson_data() {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("remedy");
        int rows = 0;
        for (const LessonInfo& l : lessonTable()) {
            const DiagnosisRun run = trainAndDiagnose(readLesson(QString::fromStdString(lessonFile(l, false))));
            for (const Verdict& v : run.verdicts)
                for (const Remedy& r : v.remedies) {
                    if (r.tryThis.empty()) continue;
                    QTest::addRow("%s/%s/%s", l.name, v.name.c_str(), r.key.c_str())
                        << QString(l.name) << QString::fromStdString(v.name) << QString::fromStdString(r.key);
                    ++rows;
                }
        }
        QVERIFY(rows >= int(lessonTable().size()));
    }
    void everyOfferedTryFixesItsLesson() {
        QFETCH(QString, lesson);
        QFETCH(QString, verdict);
        QFETCH(QString, remedy);
        const Experiment broken = readLesson(lesson + "-broken.json");
        const DiagnosisRun before = trainAndDiagnose(broken);
        const Verdict* v = find(before.verdicts, verdict.toStdString());
        QVERIFY(v);
        const Remedy* r = nullptr;
        for (const Remedy& x : v->remedies)
            if (x.key == remedy.toStdString()) r = &x;
        QVERIFY(r);
        const DiagnosisRun after = trainAndDiagnose(applyTry(broken, r->tryThis));
        QVERIFY2(!find(after.verdicts, verdict.toStdString()), qPrintable("still " + names(after.verdicts).join(", ")));
        QVERIFY2(!after.failure, qPrintable(QString::fromStdString(after.failureMessage)));
    }

    // The CLI and the GUI print the same rounded figure (health/Figures.h).
    void figuresRoundAlike() {
        QCOMPARE(roundedPercent(0.625), 63.0);   // printf's "%.0f" gives 62 (half to even)
        QCOMPARE(roundedPercent(-0.625), -63.0);
        QVERIFY(!std::signbit(roundedPercent(-1e-5)));  // never "-0 %"
        QCOMPARE(percentText(0.625), std::string("63 %"));
        QCOMPARE(percentText(-1e-5), std::string("0 %"));
        QCOMPARE(roundedSignificant(4.6749e-05), 4.67e-05);
        QCOMPARE(figureText(0.0945123), std::string("0.0945"));
        QCOMPARE(figureText(0.0), std::string("0"));
    }

    // Figures shown together agree: the vanishing ratio is the quotient of
    // the two norms printed beside it, and the text says what they are.
    void vanishingEvidenceFiguresAgree() {
        const DiagnosisRun run = trainAndDiagnose(readLesson("deep-sigmoid-broken.json"));
        const Verdict* v = find(run.verdicts, "vanishing_gradients");
        QVERIFY(v);
        const Evidence& e = v->evidence.front();
        QCOMPARE(e.key, std::string("grad_ratio_first_last"));
        QVERIFY(e.figures.size() >= 5);
        QVERIFY(e.figures[1] > 0.0);
        QVERIFY2(std::abs(e.value - e.figures[0] / e.figures[1]) <= 1e-12 * e.value,
                 qPrintable(QString("%1 vs %2 / %3").arg(e.value).arg(e.figures[0]).arg(e.figures[1])));
        QCOMPARE(e.figures[2], double(run.summary.latePoints));
        QCOMPARE(e.figures[4], double(run.summary.lastStep));
        const QString text = QString::fromStdString(e.text);
        QVERIFY2(text.contains("median") && text.contains(QString("last %1 recorded steps").arg(run.summary.latePoints)),
                 qPrintable(text));
        for (const Verdict& w : run.verdicts)
            for (const Evidence& x : w.evidence)
                QVERIFY2(!QString::fromStdString(x.text).contains("-0 %"), x.text.c_str());
    }

    // Recording every 10th step (as the window does) still records every
    // step of a run that blows up within its first steps.
    void explodingRunIsRecordedEveryStep() {
        SupervisedTask task(readLesson("exploding-clipping-broken.json"));
        task.setRecordHealth(10);
        std::uint64_t failedAt = 0;
        try {
            for (int i = 0; i < 400; ++i) task.step();
            QFAIL("exploding-clipping-broken did not overflow in 400 steps");
        } catch (const StepNumericError& err) {
            failedAt = err.failure.step;
        }
        QVERIFY(failedAt > 2);
        const std::vector<double> steps = task.healthMonitor()->health()->history().steps();
        QCOMPARE(steps.size(), std::size_t(failedAt - 1));
        for (std::size_t i = 0; i < steps.size(); ++i) QCOMPARE(steps[i], double(i + 1));
        // A steady run thins out again after the dense start.
        SupervisedTask calm(readLesson("deep-sigmoid-fixed.json"));
        calm.setRecordHealth(10);
        for (int i = 0; i < 400; ++i) calm.step();
        const std::size_t held = calm.healthMonitor()->health()->history().size();
        QVERIFY2(held < 200, qPrintable(QString::number(held)));
    }

    void applyTryChangesTheExperiment() {
        Experiment e = readLesson("deep-sigmoid-broken.json");
        const Experiment changed = applyTry(e, {{"set", "network.layers[2].activation", "relu", 0.0},
                                                {"set", "network.layers[2].weight_init", "he_uniform", 0.0},
                                                {"hyper", "lr", "", 0.5},
                                                {"hyper", "clip_norm", "", 1.0},
                                                {"set", "optimizer.name", "adam", 0.0}});
        QCOMPARE(changed.network.layers[2].activation.name, std::string("relu"));
        QCOMPARE(changed.network.layers[2].weightInit.name, std::string("he_uniform"));
        QCOMPARE(changed.network.layers[1].activation.name, std::string("sigmoid"));
        QCOMPARE(changed.optimizer.get("lr", 0.0), 0.5);
        QCOMPARE(changed.regularization.clipNorm, 1.0);
        QCOMPARE(changed.optimizer.name, std::string("adam"));
        QVERIFY_THROWS_EXCEPTION(SpecError, applyTry(e, {{"set", "network.layers[99].activation", "relu", 0.0}}));
        QVERIFY_THROWS_EXCEPTION(SpecError, applyTry(e, {{"hyper", "momentum_of_doom", "", 1.0}}));
        QVERIFY_THROWS_EXCEPTION(SpecError, applyTry(e, {{"set", "network.layers[0].colour", "red", 0.0}}));
    }

    // The verdicts without a lesson of their own, on small runs.
    void otherVerdicts_data() {
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("activation");
        QTest::addColumn<double>("initStd");  // 0: glorot_uniform
        QTest::addColumn<double>("lr");
        QTest::addColumn<int>("layers");
        // tanh with N(0, 3^2) weights: |z| > 1.5 for most outputs and the loss stays high.
        QTest::newRow("saturation") << "saturation" << "tanh" << 3.0 << 0.1 << 3;
        // lr 1e-4: every update moves W by ~1e-5 of its size; the loss creeps down 3 % in 30 epochs.
        QTest::newRow("lr_too_low") << "lr_too_low" << "tanh" << 0.0 << 1e-4 << 1;
        // lr 10: the loss ends five times above where it started.
        QTest::newRow("lr_too_high") << "lr_too_high" << "tanh" << 0.0 << 10.0 << 1;
    }
    void otherVerdicts() {
        QFETCH(QString, verdict);
        QFETCH(QString, activation);
        QFETCH(double, initStd);
        QFETCH(double, lr);
        QFETCH(int, layers);
        Experiment e = defaultExperiment();
        e.data.generator = verdict == "saturation" ? "circle" : "moons";
        e.data.points = 200;
        e.data.noise = 0.0;
        e.data.trainRatio = 0.5;
        e.features = {"x1", "x2"};
        e.network.layers.clear();
        for (int i = 0; i < layers; ++i) {
            LayerSpec l;
            l.name = "hidden_" + std::to_string(i + 1);
            l.units = 8;
            l.activation = NamedSpec(activation.toStdString());
            if (initStd > 0) l.weightInit = NamedSpec("normal", {{"stddev", initStd}});
            e.network.layers.push_back(l);
        }
        LayerSpec out;
        out.name = "output";
        out.units = 1;
        out.activation = NamedSpec("sigmoid");
        e.network.layers.push_back(out);
        e.optimizer = NamedSpec("sgd", {{"lr", lr}});
        e.batchSize = 10;
        e.epochs = 30;
        const DiagnosisRun run = trainAndDiagnose(e);
        QVERIFY2(names(run.verdicts).contains(verdict), qPrintable(names(run.verdicts).join(", ")));
    }

    // At lr 1e6 with bce the clamped loss sits at 12-15 and never becomes NaN.
    // Fresh, the rise from the loss before training shows it; continued from
    // its saved file (as a window opening it, or nnlab-cli diagnose on
    // trained.json) there is no lower loss to compare with, and the loss far
    // above chance (ln 2) must show it. A healthy run continued has no verdict.
    void divergenceWithoutNaNIsCaught_data() {
        QTest::addColumn<double>("lr");
        QTest::addColumn<bool>("diverges");
        QTest::newRow("lr 1e6") << 1e6 << true;
        QTest::newRow("lr 0.03") << 0.03 << false;
    }
    void divergenceWithoutNaNIsCaught() {
        QFETCH(double, lr);
        QFETCH(bool, diverges);
        Experiment e = readExperimentFile(QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/xor_relu.json").toStdString());
        e.optimizer = NamedSpec("sgd", {{"lr", lr}});
        e.epochs = 20;
        SupervisedTask first(e);
        while (!first.finished()) first.runEpoch();
        const double loss = first.history().back().values[0];
        QVERIFY2(std::isfinite(loss), "the run became NaN: this test is about one that does not");
        if (diverges) QVERIFY2(loss > 5.0, qPrintable(QString::number(loss)));
        Experiment continued = savedExperiment(first);
        continued.epochs = 40;
        const DiagnosisRun run = trainAndDiagnose(continued);
        QCOMPARE(names(run.verdicts).contains("lr_too_high"), diverges);
        if (!diverges) return;
        bool aboveChance = false;
        for (const Verdict& v : run.verdicts)
            for (const Evidence& ev : v.evidence) aboveChance = aboveChance || ev.key == "loss_above_chance";
        QVERIFY(aboveChance);
        // The same through nnlab-cli diagnose on the saved file.
        QTemporaryDir dir;
        const std::string path = dir.filePath("trained.json").toStdString();
        writeExperimentFile(continued, path);
        QProcess p;
        p.start(QStringLiteral(NNLAB_CLI_PATH), {"diagnose", QString::fromStdString(path)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QStringList got;
        const nlohmann::json out = nlohmann::json::parse(p.readAllStandardOutput().toStdString());
        for (const auto& v : out["verdicts"]) got << QString::fromStdString(v["name"].get<std::string>());
        QVERIFY2(got.contains("lr_too_high"), qPrintable(got.join(", ")));
    }

    void snapshotCarriesHealth() {
        Experiment e = readLesson("deep-sigmoid-broken.json");
        SupervisedTask task(e);
        Snapshot s0;
        task.fillSnapshot(s0, SnapshotOptions{});
        QVERIFY(s0.newHealth.empty() && s0.verdicts.empty());  // not recording: nothing
        QVERIFY(!s0.layers[0].hasHealth);

        task.setRecordHealth(2);  // every step of the first 50 (HealthRecorder::kDenseSteps), then 52, 54, ...
        for (int i = 0; i < 6; ++i) task.step();
        Snapshot s1;
        task.fillSnapshot(s1, SnapshotOptions{});
        QCOMPARE(int(s1.newHealth.size()), 6);
        QCOMPARE(s1.newHealth.back().step, std::uint64_t(6));
        QVERIFY(s1.layers[0].hasHealth);
        QCOMPARE(s1.layers[0].healthInfo.activation, std::string("sigmoid"));
        QCOMPARE(s1.layers[0].health.weightGradNorm, s1.newHealth.back().layers[0].weightGradNorm);
        QCOMPARE(s1.layers[0].weightGradNorm, s1.layers[0].health.weightGradNorm);  // clipping off: same
        QCOMPARE(int(s1.layers[0].health.gradientHistogram.counts.size()), kHistogramBins);
        for (int i = 6; i < 50; ++i) task.step();
        task.fillSnapshot(s1, SnapshotOptions{});
        for (int i = 0; i < 3; ++i) task.step();
        Snapshot s2;
        task.fillSnapshot(s2, SnapshotOptions{});
        QCOMPARE(int(s2.newHealth.size()), 1);  // of 51, 52, 53 only 52 is new
        QCOMPARE(s2.newHealth.back().step, std::uint64_t(52));

        while (!task.finished()) task.runEpoch();
        Snapshot s3;
        task.fillSnapshot(s3, SnapshotOptions{});
        QVERIFY2(names(s3.verdicts).contains("vanishing_gradients"), qPrintable(names(s3.verdicts).join(", ")));
    }

    void initProfileShowsHeVsGlorotVsNaive() {
        auto ratio = [](const char* init, double stddev) {
            InitProfileSpec spec;
            spec.depth = 10;
            spec.width = 64;
            spec.activation = NamedSpec("relu");
            spec.weightInit = stddev > 0 ? NamedSpec(init, {{"stddev", stddev}}) : NamedSpec(init);
            const std::vector<InitLayerProfile> p = initializationProfile(spec);
            return p.back().activationStd / p.front().activationStd;
        };
        const double he = ratio("he_normal", 0), glorot = ratio("glorot_normal", 0), naive = ratio("normal", 0.05);
        // He keeps the gain near 1; Glorot loses sqrt(1/2) per ReLU layer: (1/2)^(9/2) = 0.044; naive far less.
        QVERIFY2(he > 0.3 && he < 3.0, qPrintable(QString::number(he)));
        QVERIFY2(glorot > 0.01 && glorot < 0.15, qPrintable(QString::number(glorot)));
        QVERIFY2(naive < 1e-3, qPrintable(QString::number(naive)));
        QVERIFY_THROWS_EXCEPTION(SpecError, initializationProfile(InitProfileSpec{4, 8, NamedSpec("rlu")}));
    }

    void cliPrintsOneJsonObject() {
        const QString lesson = lessonsDir() + "zero-init-broken.json";
        QVERIFY(QFile::exists(lesson));
        QProcess p;
        p.start(QStringLiteral(NNLAB_CLI_PATH), {"diagnose", lesson, "--epochs", "50"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const nlohmann::json out = nlohmann::json::parse(p.readAllStandardOutput().toStdString());
        QVERIFY(out.is_object() && out.contains("verdicts"));
        QStringList got;
        for (const auto& v : out["verdicts"]) {
            got << QString::fromStdString(v["name"].get<std::string>());
            QVERIFY(v["layers"].is_array() && !v["layers"].empty());
            QVERIFY(v["evidence"].is_array() && !v["evidence"].empty());
            QVERIFY(v["remedies"].is_array() && !v["remedies"].empty());
        }
        QVERIFY2(got.contains("symmetry"), qPrintable(got.join(", ")));
        const auto& remedy = out["verdicts"][int(got.indexOf("symmetry"))]["remedies"][0];
        QCOMPARE(QString::fromStdString(remedy["try"][0]["set"].get<std::string>()), QString("network.layers[0].weight_init"));

        QProcess bad;
        bad.start(QStringLiteral(NNLAB_CLI_PATH), {"diagnose", lessonsDir() + "no-such-lesson.json"});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardOutput().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestHealth)
#include "tst_health.moc"
