// The GAN verdicts (core/tasks/gan/GanVerdicts.h, ModeCoverage.h) on
// constructed runs: a generator collapsed onto one mode of the two Gaussians
// covers 1 of 2 (of the grid: 1 of 9) and gets the mode-collapse verdict; a
// gap D(real) - D(fake) that swings without trend is an oscillation, one that
// falls smoothly is not; D(fake) near 0 is a discriminator that wins, with the
// non-saturating loss as its remedy only under the minimax loss. Every
// remedy's "try this" applies as a valid experiment; the healthy example runs
// (one Gaussian, two Gaussians) end with no verdict.
#include "experiment/ExperimentJson.h"
#include "experiment/ExperimentPath.h"
#include "health/Diagnosis.h"
#include "random/Distributions.h"
#include "tasks/gan/GanSeries.h"
#include "tasks/gan/GanTask.h"
#include "tasks/gan/GanVerdicts.h"
#include "tasks/gan/RealDistributions.h"

#include <QtTest>

using namespace nnlab;

namespace {

Matrix blob(Rng& rng, Index n, double x, double y, double sd) {
    Matrix m(n, 2);
    for (Index i = 0; i < n; ++i) {
        m(i, 0) = normal(rng, x, sd);
        m(i, 1) = normal(rng, y, sd);
    }
    return m;
}

// epochs points whose D(real) - D(fake) is gap(epoch); D(real) = 1/2 + gap/2.
template <class Gap>
std::vector<HistoryPoint> history(int epochs, Gap gap) {
    std::vector<HistoryPoint> h;
    for (int e = 1; e <= epochs; ++e) {
        HistoryPoint p;
        p.epoch = std::uint64_t(e);
        p.step = std::uint64_t(e) * 50;
        p.values[kDLoss] = 1.3;
        p.values[kGLoss] = 0.7;
        p.values[kDReal] = 0.5 + gap(e) / 2.0;
        p.values[kDFake] = 0.5 - gap(e) / 2.0;
        p.values[kKl] = p.values[kJs] = 0.2;
        h.push_back(p);
    }
    return h;
}

std::vector<HistoryPoint> calm(int epochs) {
    return history(epochs, [](int) { return 0.002; });
}

const Verdict* find(const std::vector<Verdict>& verdicts, const std::string& name) {
    for (const Verdict& v : verdicts)
        if (v.name == name) return &v;
    return nullptr;
}

const Remedy* remedy(const Verdict& v, const std::string& key) {
    for (const Remedy& r : v.remedies)
        if (r.key == key) return &r;
    return nullptr;
}

Experiment ganExperiment(const std::string& loss = "non_saturating") {
    nlohmann::json j = nlohmann::json::parse(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan", "seed": 1,
                                                 "batch_size": 150, "epochs": 10, "gan": {}})");
    j["gan"]["loss"] = loss;
    // The section as a hand-written file gives it, in part: a remedy's path
    // reaches the settings it leaves out (experiment/KindSection.h).
    return experimentFromJson(j);
}

// Every remedy with a "try this" changes the settings it names, as the file would.
void checkTries(const Experiment& e, const std::vector<Verdict>& verdicts) {
    for (const Verdict& v : verdicts)
        for (const Remedy& r : v.remedies) {
            if (r.tryThis.empty()) continue;
            const Experiment next = applyTry(e, r.tryThis);
            QVERIFY2(!changedSettings(e, next).empty(), r.key.c_str());
        }
}

}  // namespace

class TestGanVerdicts : public QObject {
    Q_OBJECT
private slots:
    void collapsedOntoOneOfTwoGaussians() {
        Rng rng(3);
        const Matrix real = sampleRealDistribution("gaussians", 4000, rng, Matrix());
        // Everything at the first mode, (0.3, 0.7) in GAN Lab's square: (-0.4, 0.4) in the plane.
        const Matrix fake = blob(rng, 2000, -0.4, 0.4, 0.1);
        const ModeCoverage c = measureModeCoverage("gaussians", real, fake);
        QCOMPARE(c.modes, 2);
        QCOMPARE(c.covered, 1);
        QVERIFY(c.fakeShare[0] > 0.9 && c.fakeShare[1] == 0.0);
        QVERIFY(std::abs(c.realShare[0] - 0.5) < 0.05);

        const Experiment e = ganExperiment();
        const GanSettings s = readGanSettings(e);
        const std::vector<Verdict> verdicts = diagnoseGan(s, calm(10), c, kCollapseEpochs);
        const Verdict* v = find(verdicts, "mode_collapse");
        QVERIFY(v);
        QCOMPARE(verdicts.size(), std::size_t(1));
        QCOMPARE(v->evidence[0].key, std::string("mode_coverage"));
        QCOMPARE(v->evidence[0].value, 0.5);
        QCOMPARE(v->evidence[0].figures[0], 1.0);
        QCOMPARE(v->evidence[0].figures[1], 2.0);
        const Remedy* lower = remedy(*v, "lower_generator_lr");
        QVERIFY(lower && lower->tryThis.size() == 1);
        QCOMPARE(lower->tryThis[0].number, 0.015);  // half of the default 0.03
        checkTries(e, verdicts);
        QCOMPARE(getByPath(applyTry(e, lower->tryThis), "gan.generator_optimizer.lr").get<double>(), 0.015);

        // An optimizer without its "lr" in the file: half of its table default (momentum's 0.03).
        GanSettings noLr = s;
        noLr.generatorOptimizer = NamedSpec("momentum");
        const std::vector<Verdict> noLrVerdicts = diagnoseGan(noLr, calm(10), c, kCollapseEpochs);
        const Verdict* withoutLr = find(noLrVerdicts, "mode_collapse");
        QVERIFY(withoutLr);
        QCOMPARE(remedy(*withoutLr, "lower_generator_lr")->tryThis[0].number, 0.015);

        // Not yet: too early, or not for long enough.
        QVERIFY(diagnoseGan(s, calm(kSettleEpochs - 1), c, kCollapseEpochs).empty());
        QVERIFY(diagnoseGan(s, calm(10), c, kCollapseEpochs - 1).empty());
    }

    void collapsedOntoOneOfTheGrid() {
        Rng rng(4);
        const Matrix real = sampleRealDistribution("grid", 9000, rng, Matrix());
        const Matrix fake = blob(rng, 2000, 0.0, 0.0, 0.03);  // the centre mode only
        const ModeCoverage c = measureModeCoverage("grid", real, fake);
        QCOMPARE(c.modes, 9);
        QCOMPARE(c.covered, 1);
        const Verdict* v = nullptr;
        const std::vector<Verdict> verdicts = diagnoseGan(readGanSettings(ganExperiment()), calm(10), c, 5);
        QVERIFY((v = find(verdicts, "mode_collapse")));
        QCOMPARE(v->evidence[0].value, 1.0 / 9.0);
        QCOMPARE(v->evidence[1].figures.size(), std::size_t(18));  // generated shares, then real ones
    }

    // Samples on their way, scattered between the modes, are not a collapse;
    // every mode reached is none either; a connected shape has no modes.
    void notACollapse() {
        Rng rng(5);
        const Matrix real = sampleRealDistribution("gaussians", 4000, rng, Matrix());
        const ModeCoverage scattered = measureModeCoverage("gaussians", real, blob(rng, 2000, 0.9, -0.9, 0.05));
        QCOMPARE(scattered.covered, 0);
        QVERIFY(!isPartialCoverage(scattered));
        const ModeCoverage both = measureModeCoverage("gaussians", real, real.topRows(2000));
        QCOMPARE(both.covered, 2);
        QVERIFY(both.fakeOutside < 0.1);
        QCOMPARE(measureModeCoverage("spiral", real, real).modes, 0);
        // Half the samples at one mode, the rest nowhere near: still arriving.
        Matrix half(2000, 2);
        half << blob(rng, 800, -0.4, 0.4, 0.1), blob(rng, 1200, 0.95, -0.95, 0.02);
        const ModeCoverage arriving = measureModeCoverage("gaussians", real, half);
        QCOMPARE(arriving.covered, 1);
        QVERIFY(find(diagnoseGan(readGanSettings(ganExperiment()), calm(10), arriving, 5), "mode_collapse") == nullptr);
    }

    void oscillationWithoutTrend() {
        const Experiment e = ganExperiment();
        const GanSettings s = readGanSettings(e);
        const ModeCoverage none;
        const auto swinging = history(20, [](int epoch) { return epoch % 3 == 0 ? 0.6 : (epoch % 3 == 1 ? 0.1 : 0.3); });
        const std::vector<Verdict> verdicts = diagnoseGan(s, swinging, none, 0);
        const Verdict* v = find(verdicts, "oscillation");
        QVERIFY(v);
        QCOMPARE(v->evidence[0].key, std::string("gap_oscillation"));
        QVERIFY(v->evidence[0].figures[0] >= kOscTurns);
        const Remedy* lower = remedy(*v, "lower_both_lr");
        QVERIFY(lower && lower->tryThis.size() == 2);
        QVERIFY(remedy(*v, "label_smoothing"));
        checkTries(e, verdicts);
        const Experiment tried = applyTry(e, lower->tryThis);
        QCOMPARE(getByPath(tried, "gan.discriminator_optimizer.lr").get<double>(), 0.05);
        QCOMPARE(getByPath(tried, "gan.generator_optimizer.lr").get<double>(), 0.015);

        // A gap that falls steadily (D loses its edge as G learns) with a little noise: no verdict.
        const auto falling = history(20, [](int epoch) { return 0.6 - 0.03 * epoch + (epoch % 2 ? 0.01 : -0.01); });
        QVERIFY(find(diagnoseGan(s, falling, none, 0), "oscillation") == nullptr);
        // Small wiggles around balance: no verdict.
        const auto wiggling = history(20, [](int epoch) { return epoch % 2 ? 0.01 : -0.01; });
        QVERIFY(diagnoseGan(s, wiggling, none, 0).empty());
    }

    void discriminatorWinsUnderMinimax() {
        const auto winning = history(6, [](int epoch) { return epoch < 3 ? 0.3 : 0.96; });
        const ModeCoverage none;
        const Experiment minimax = ganExperiment("minimax");
        std::vector<Verdict> verdicts = diagnoseGan(readGanSettings(minimax), winning, none, 0);
        const Verdict* v = find(verdicts, "discriminator_wins");
        QVERIFY(v);
        QCOMPARE(v->evidence[0].key, std::string("d_fake_low"));
        QCOMPARE(v->evidence[0].figures[2], 3.0);  // D(fake) fell under 0.1 in epoch 3
        QCOMPARE(v->evidence[1].key, std::string("generator_gradient"));
        QVERIFY(std::abs(v->evidence[1].figures[0] - 0.02) < 1e-9);
        const Remedy* nonSaturating = remedy(*v, "use_non_saturating");
        QVERIFY(nonSaturating);
        QCOMPARE(getByPath(applyTry(minimax, nonSaturating->tryThis), "gan.loss").get<std::string>(),
                 std::string("non_saturating"));
        QVERIFY(remedy(*v, "lower_discriminator_lr"));
        QVERIFY(remedy(*v, "more_generator_steps"));
        checkTries(minimax, verdicts);

        // Under the non-saturating loss the gradient survives: no loss switch offered.
        verdicts = diagnoseGan(readGanSettings(ganExperiment()), winning, none, 0);
        QVERIFY((v = find(verdicts, "discriminator_wins")));
        QVERIFY(remedy(*v, "use_non_saturating") == nullptr);
        QCOMPARE(v->evidence.size(), std::size_t(1));
        // Balanced: nothing.
        QVERIFY(find(diagnoseGan(readGanSettings(minimax), calm(6), none, 0), "discriminator_wins") == nullptr);
    }

    // The examples that converge end with no verdict, and the task sends its
    // verdicts in the snapshot.
    void healthyRunsHaveNone_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("one Gaussian") << "gan-gaussian.json";
        QTest::newRow("two Gaussians") << "gan-gaussians.json";
    }
    void healthyRunsHaveNone() {
        QFETCH(QString, file);
        GanTask task(readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/" + file.toStdString()));
        while (!task.finished()) task.runEpoch();
        QVERIFY(task.coverage().modes >= 1);
        QCOMPARE(task.coverage().covered, task.coverage().modes);
        for (const Verdict& v : task.verdicts()) qWarning("unexpected verdict %s", v.name.c_str());
        QVERIFY(task.verdicts().empty());
    }

    // A discriminator far ahead (Adam at 0.02, 5 steps per iteration, against
    // SGD at 0.001, minimax) on the line, away from G's first samples: D(fake)
    // is under 0.1 by epoch 3, and the live task says so in its snapshot.
    void theTaskSendsItsVerdicts() {
        Experiment e = ganExperiment("minimax");
        setByPath(e, "gan.distribution", "line");
        setByPath(e, "gan.discriminator_optimizer", nlohmann::json{{"name", "adam"}, {"lr", 0.02}});
        setByPath(e, "gan.discriminator_steps", 5);
        setByPath(e, "gan.generator_optimizer.lr", 0.001);
        setByPath(e, "epochs", 5);
        GanTask task(e);
        while (!task.finished()) task.runEpoch();
        Snapshot s;
        task.fillSnapshot(s, SnapshotOptions{});
        QVERIFY(find(s.verdicts, "discriminator_wins"));
        QVERIFY(find(s.verdicts, "discriminator_wins")->remedies.front().key == "use_non_saturating");
    }
};

QTEST_GUILESS_MAIN(TestGanVerdicts)
#include "tst_gan_verdicts.moc"
