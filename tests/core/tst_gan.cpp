// The "gan" kind (core/tasks/gan/): a discriminator trained against fixed real
// and generated samples approaches p_data / (p_data + p_g); a 2-D GAN learns a
// single Gaussian (mean and spread within a stated tolerance), the same seed
// gives the same run bit for bit; the drawn distribution and a run survive
// save and open; a bad "gan" section names its field; the snapshot's payload
// has the documented layout; nnlab-cli trains a GAN with its history CSV.
#include "ErrorText.h"
#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "losses/AdversarialLoss.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"
#include "random/Distributions.h"
#include "tasks/TaskRegistry.h"
#include "tasks/gan/GanNoise.h"
#include "tasks/gan/GanTask.h"
#include "tasks/gan/RealDistributions.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace nnlab;
using json = nlohmann::json;
using nnlab::test::errorOf;

namespace {

json ganJson(const std::string& distribution = "gaussian", int epochs = 40) {
    json j = json::parse(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan", "seed": 1,
                              "batch_size": 150, "gan": {}})");
    j["epochs"] = epochs;
    j["gan"]["distribution"] = distribution;
    return j;
}

std::unique_ptr<GanTask> ganTask(const json& j) { return std::make_unique<GanTask>(experimentFromJson(j)); }

double gaussianPdf2d(double x, double y, double mx, double my, double sd) {
    return normalPdf(x, mx, sd) * normalPdf(y, my, sd);
}

Matrix gaussianPoints(Rng& rng, Index n, double mx, double my, double sd) {
    Matrix m(n, 2);
    for (Index i = 0; i < n; ++i) {
        m(i, 0) = normal(rng, mx, sd);
        m(i, 1) = normal(rng, my, sd);
    }
    return m;
}

}  // namespace

class TestGan : public QObject {
    Q_OBJECT
private slots:
    // D's optimum for fixed p_data and p_g is a p_data / (p_data + p_g), a the
    // real target (Goodfellow et al. 2014, Prop. 1; with one-sided smoothing,
    // Salimans et al. 2016). Two Gaussians 0.2 apart with sd 0.15: the ratio
    // runs from about 0.1 to 0.9 across the grid. D (16 tanh, 1 logit) is
    // trained full-batch with Adam on 3000 fixed samples of each.
    void discriminatorApproachesTheOptimalRatio_data() {
        QTest::addColumn<double>("realTarget");
        QTest::newRow("plain") << 1.0;
        QTest::newRow("one-sided smoothing 0.9") << 0.9;
    }
    void discriminatorApproachesTheOptimalRatio() {
        QFETCH(double, realTarget);
        Rng rng(5);
        const Index n = 3000;
        const Matrix real = gaussianPoints(rng, n, -0.1, 0.0, 0.15), fake = gaussianPoints(rng, n, 0.1, 0.0, 0.15);
        NetworkSpec spec;
        LayerSpec hidden, out;
        hidden.units = 16;
        hidden.activation = NamedSpec("tanh");
        out.units = 1;
        spec.layers = {hidden, out};
        Network d(spec, Shape{2}, 2 * n);
        d.initialize(rng);
        const std::unique_ptr<Optimizer> adam = makeOptimizer(NamedSpec("adam", {{"lr", 0.02}}));
        adam->bind(d.params());
        Matrix input(2 * n, 2), grad(2 * n, 1);
        input << real, fake;
        Pass pass{true, &rng};
        for (int step = 0; step < 1500; ++step) {
            const MatrixIn logits = d.forward(input, pass);
            discriminatorLoss(AdversarialLoss::NonSaturating, logits.topRows(n), logits.bottomRows(n), realTarget,
                              grad.topRows(n), grad.bottomRows(n));
            d.backward(input, grad, false);
            adam->step();
        }
        // Where both densities have mass (|x| <= 0.3, |y| <= 0.2), on a 7 x 5 grid.
        double worst = 0.0;
        Pass eval{false, &rng};
        for (int ix = 0; ix <= 6; ++ix)
            for (int iy = 0; iy <= 4; ++iy) {
                const double x = -0.3 + 0.1 * ix, y = -0.2 + 0.1 * iy;
                Matrix point(1, 2);
                point << x, y;
                const double dx = logistic(d.forward(point, eval))(0, 0);
                const double pd = gaussianPdf2d(x, y, -0.1, 0.0, 0.15), pg = gaussianPdf2d(x, y, 0.1, 0.0, 0.15);
                worst = std::max(worst, std::abs(dx - realTarget * pd / (pd + pg)));
            }
        qInfo("largest |D(x) - a p_data/(p_data + p_g)| on the grid: %.4f", worst);
        QVERIFY2(worst < 0.05, qPrintable(QString::number(worst)));
    }

    // The real data N((0, 0), 0.2^2 I) in the plane (GAN Lab's unit square's
    // N((0.5, 0.5), 0.1^2), mapped). After 2000 iterations of the defaults the
    // generated points' mean is within 0.05 of the real one on each axis and
    // their standard deviation within 25% of 0.2.
    void singleGaussianConverges() {
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<GanTask> task = ganTask(ganJson("gaussian", 40));
        while (!task->finished()) task->runEpoch();
        const double seconds = double(timer.elapsed()) / 1000.0;
        Rng rng(99);
        Matrix z(4000, task->settings().noiseDimension);
        sampleNoise(rng, task->settings().noiseType, z);
        const Matrix x = task->generate(z);
        const RowVector mean = x.colwise().mean();
        const RowVector sd = (x.rowwise() - mean).array().square().colwise().mean().sqrt();
        qInfo("after %llu iterations (%.2f s): mean (%.3f, %.3f), sd (%.3f, %.3f), JS %.3f",
              (unsigned long long)task->stepCount(), seconds, mean(0), mean(1), sd(0), sd(1),
              task->history().back().values[5]);
        for (int k = 0; k < 2; ++k) {
            QVERIFY2(std::abs(mean(k)) < 0.05, qPrintable(QString("mean %1").arg(mean(k))));
            QVERIFY2(std::abs(sd(k) - 0.2) < 0.05, qPrintable(QString("sd %1").arg(sd(k))));
        }
        // The game is in balance: D cannot tell, D(real) and D(fake) near 1/2.
        QVERIFY(std::abs(task->history().back().values[2] - 0.5) < 0.05);
        QVERIFY(std::abs(task->history().back().values[3] - 0.5) < 0.05);
        // JS at the start against the end: the generated points came to the real ones.
        QVERIFY(task->history().back().values[5] < 0.5 * task->history().front().values[5]);
    }

    void sameSeedSameRunBitForBit() {
        const std::unique_ptr<GanTask> a = ganTask(ganJson("ring", 4)), b = ganTask(ganJson("ring", 4));
        while (!a->finished()) a->runEpoch();
        while (!b->finished()) b->runEpoch();
        QCOMPARE(a->history().size(), std::size_t(4));
        for (std::size_t e = 0; e < a->history().size(); ++e)
            for (std::size_t k = 0; k < a->series().size(); ++k)
                QVERIFY(std::memcmp(&a->history()[e].values[k], &b->history()[e].values[k], sizeof(double)) == 0);
        QVERIFY(a->weights() == b->weights());
        json other = ganJson("ring", 4);
        other["seed"] = 2;
        const std::unique_ptr<GanTask> c = ganTask(other);
        while (!c->finished()) c->runEpoch();
        QVERIFY(!(c->weights() == a->weights()));
    }

    // The user's drawing is kept in the file ("gan.points") and comes back on
    // open; the pool is drawn around it.
    void drawnDistributionRoundTrips() {
        json j = ganJson("drawn", 2);
        j["gan"]["points"] = json::parse("[[-0.5, -0.5], [-0.25, -0.25], [0, 0], [0.25, 0.25], [0.5, 0.5]]");
        const std::unique_ptr<Task> task = makeTask(experimentFromJson(j));
        task->runEpoch();
        QTemporaryDir dir;
        const std::string path = dir.filePath("drawn.json").toStdString();
        writeExperimentFile(savedExperiment(*task), path);
        const Experiment opened = readExperimentFile(path);
        QCOMPARE(opened.kindSection.at("distribution").get<std::string>(), std::string("drawn"));
        QVERIFY(opened.kindSection.at("points") == j["gan"]["points"]);
        const std::unique_ptr<GanTask> again = std::make_unique<GanTask>(opened);
        QCOMPARE(again->settings().points.rows(), Index(5));
        QCOMPARE(again->settings().points(4, 1), 0.5);
        QVERIFY(again->weights() == task->weights());
        // Every pool point lies near the drawn diagonal (jitter sd 0.04 in the plane).
        const Matrix& pool = again->realPool();
        QVERIFY(((pool.col(0) - pool.col(1)).cwiseAbs().maxCoeff()) < 0.4);
        // No points: the file says what is missing.
        j["gan"]["points"] = json::array();
        QVERIFY(errorOf([&] { makeTask(experimentFromJson(j)); }).startsWith("gan.points: "));
    }

    void savedRunGoesOn() {
        const std::unique_ptr<Task> task = makeTask(experimentFromJson(ganJson("gaussians", 6)));
        for (int i = 0; i < 3; ++i) task->runEpoch();
        const Experiment saved = experimentFromJson(experimentToJson(savedExperiment(*task)));
        QVERIFY(saved.run && saved.weights && saved.weights->count("generator/dense_1"));
        const std::unique_ptr<Task> again = makeTask(saved);
        QCOMPARE(again->epoch(), std::uint64_t(3));
        QCOMPARE(again->stepCount(), task->stepCount());
        QCOMPARE(again->history().back().values[0], task->history().back().values[0]);
        QVERIFY(again->weights() == task->weights());
        again->runEpoch();
        QCOMPARE(again->epoch(), std::uint64_t(4));
    }

    void badSectionNamesTheField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");  // JSON
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << "lossx" << "1" << "gan.lossx: unknown field";
        QTest::newRow("distribution") << "distribution" << "\"rings\"" << "gan.distribution: unknown distribution \"rings\"";
        QTest::newRow("loss") << "loss" << "\"minmax\"" << "gan.loss: unknown adversarial loss \"minmax\"";
        QTest::newRow("noise dimension") << "noise" << R"({"dimension": 3})" << "gan.noise.dimension: expected 1 or 2";
        QTest::newRow("noise type") << "noise" << R"({"type": "normal"})" << "gan.noise.type: unknown noise type";
        QTest::newRow("generator output") << "generator" << R"({"layers": [{"units": 8, "activation": "relu"}, {"units": 3}]})"
                                          << "gan.generator.layers[1]: the last layer must be dense with 2 units";
        QTest::newRow("generator activation") << "generator" << R"({"layers": [{"units": 8, "activation": "rlu"}, {"units": 2}]})"
                                              << "gan.generator.layers[0].activation: ";
        QTest::newRow("impossible stack") << "generator" << R"({"layers": [{"type": "maxpool2d"}, {"units": 2}]})"
                                          << "gan.generator.layers[0]: ";
        QTest::newRow("discriminator logit") << "discriminator" << R"({"layers": [{"units": 1, "activation": "sigmoid"}]})"
                                             << "gan.discriminator.layers[0].activation: the discriminator ends in a logit";
        QTest::newRow("optimizer") << "discriminator_optimizer" << R"({"name": "adamm"})" << "gan.discriminator_optimizer: ";
        QTest::newRow("steps") << "generator_steps" << "11" << "gan.generator_steps: 11 is outside 0 .. 10";
        QTest::newRow("real label") << "real_label" << "0.2" << "gan.real_label: ";
        QTest::newRow("point") << "points" << "[[0.1]]" << "gan.points[0]: expected [x, y]";
    }
    void badSectionNamesTheField() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json j = ganJson();
        j["gan"][field.toStdString()] = json::parse(value.toStdString());
        const QString message = errorOf([&] { checkTaskKind(experimentFromJson(j)); });
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    void payloadHasItsLayout() {
        const std::unique_ptr<GanTask> task = ganTask(ganJson("ring", 1));
        task->runEpoch();
        Snapshot s;
        SnapshotOptions options;
        options.gridSize = 30;
        task->fillSnapshot(s, options);
        QCOMPARE(QString::fromStdString(s.kind), QStringLiteral("gan"));
        QCOMPARE(s.newHistory.size(), std::size_t(1));
        const std::vector<std::pair<std::string, std::pair<Index, Index>>> expected = {
            {"real", {450, 2}},           {"fake", {150, 2}},          {"noise", {150, 2}},
            {"d_real", {450, 1}},         {"d_fake", {150, 1}},        {"fake_gradient", {150, 2}},
            {"grid", {1, 3}},             {"d_grid", {900, 1}},        {"manifold_noise", {441, 2}},
            {"manifold", {441, 2}},       {"manifold_weight", {441, 1}}, {"phase", {1, 4}},
        };
        QCOMPARE(s.payload.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(QString::fromStdString(s.payload[i].name), QString::fromStdString(expected[i].first));
            QCOMPARE(s.payload[i].values.rows(), expected[i].second.first);
            QCOMPARE(s.payload[i].values.cols(), expected[i].second.second);
        }
        // The fake samples are G of the fixed noise: the same as generate() of it.
        QVERIFY(s.payload[1].values == task->generate(s.payload[2].values));
        // The arrows point where D says "more real": a small move along one raises D(x).
        const Matrix& fake = s.payload[1].values;
        const Matrix moved = fake + 1e-4 * s.payload[5].values;
        QVERIFY((task->discriminate(moved) - task->discriminate(fake)).minCoeff() >= 0.0);
        // D's heat map is a probability; the grid is [30, -1, 1].
        QVERIFY(s.payload[7].values.minCoeff() >= 0.0 && s.payload[7].values.maxCoeff() <= 1.0);
        QCOMPARE(s.payload[6].values(0, 2), 1.0);
        // 1-D noise: the manifold is a curve of 101 points.
        json oneD = ganJson("ring", 1);
        oneD["gan"]["noise"] = {{"dimension", 1}, {"type", "uniform"}};
        const std::unique_ptr<GanTask> curve = ganTask(oneD);
        Snapshot c;
        curve->fillSnapshot(c, SnapshotOptions{});
        const Matrix& weight = c.payload[c.payload.size() - 2].values;
        QCOMPARE(weight.rows(), Index(101));
        QVERIFY(weight.minCoeff() == 1.0);  // uniform noise: every node weighs the same
    }

    // Live settings keep both networks; a new distribution starts the game again.
    void liveSettingsKeepTheNetworks() {
        const std::unique_ptr<GanTask> task = ganTask(ganJson("ring", 4));
        task->runEpoch();
        const WeightSet before = task->weights();
        task->apply(SetHyper{"gan.discriminator_optimizer.lr", 0.05});
        task->apply(SetHyper{"gan.generator_steps", 2});
        QVERIFY(task->weights() == before);
        QCOMPARE(task->settings().generatorSteps, 2);
        QCOMPARE(task->experiment().kindSection.at("discriminator_optimizer").at("lr").get<double>(), 0.05);
        QVERIFY(task->takeNotes().empty());
        Experiment next = task->experiment();
        next.kindSection["distribution"] = "spiral";
        task->apply(SetExperiment{next});
        QVERIFY(!(task->weights() == before));
        const std::vector<Note> notes = task->takeNotes();
        QVERIFY(!notes.empty() && notes[0].code == "reinitialised");
        // A bad value changes nothing and names the field.
        QVERIFY(errorOf([&] { task->apply(SetHyper{"gan.discriminator_steps", 20}); }).startsWith("gan.discriminator_steps"));
        QCOMPARE(task->settings().discriminatorSteps, 2);
    }

    // Slow motion: an iteration walked phase by phase (k_D = 2: phases 1-5
    // twice, then 6-10) is bit for bit a played one; only phases 5 and 10
    // change weights; step() in the middle finishes the iteration.
    void slowMotionWalksTheSameIteration() {
        const std::unique_ptr<GanTask> played = ganTask(ganJson("ring", 4)), walked = ganTask(ganJson("ring", 4));
        played->step();
        played->step();
        std::vector<std::array<double, 2>> seen;  // phase and repetition, from the payload
        WeightSet before = walked->weights();
        for (int i = 0; i < 15; ++i) {
            walked->apply(StepPart{"phase", 1});
            Snapshot s;
            walked->fillSnapshot(s, SnapshotOptions{});
            const Matrix& phase = s.payload.back().values;
            QCOMPARE(s.payload.back().name, std::string("phase"));
            seen.push_back({phase(0, 0), phase(0, 1)});
            const WeightSet after = walked->weights();
            const bool update = phase(0, 0) == 5.0 || phase(0, 0) == 10.0;
            QVERIFY2((after == before) != update, qPrintable(QString("phase %1").arg(phase(0, 0))));
            if (phase(0, 0) == 3.0 || phase(0, 0) == 8.0) QVERIFY(phase(0, 3) > 0.0);  // the loss shown
            before = after;
        }
        const std::vector<std::array<double, 2>> expected = {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {1, 2}, {2, 2}, {3, 2},
                                                             {4, 2}, {5, 2}, {6, 1}, {7, 1}, {8, 1}, {9, 1}, {10, 1}};
        QVERIFY(seen == expected);
        QCOMPARE(walked->stepCount(), std::uint64_t(1));
        QCOMPARE(walked->phase(), 0);
        // Seven phases into the second iteration, then play: step() finishes it.
        for (int i = 0; i < 7; ++i) walked->stepPhase();
        QCOMPARE(walked->phase(), 2);
        walked->step();
        QCOMPARE(walked->stepCount(), std::uint64_t(2));
        QVERIFY(walked->weights() == played->weights());
    }

    // GAN Lab's step modes (the StepPart command): one player moves, the other stays.
    void stepOnePlayerOnly() {
        const std::unique_ptr<GanTask> task = ganTask(ganJson("ring", 4));
        const WeightSet before = task->weights();
        task->apply(StepPart{"discriminator", 1});
        WeightSet after = task->weights();
        QVERIFY(after.at("generator/dense_1") == before.at("generator/dense_1"));
        QVERIFY(!(after.at("discriminator/dense_1") == before.at("discriminator/dense_1")));
        task->apply(StepPart{"generator", 1});
        const WeightSet last = task->weights();
        QVERIFY(!(last.at("generator/dense_2") == after.at("generator/dense_2")));
        QVERIFY(last.at("discriminator/dense_2") == after.at("discriminator/dense_2"));
        QCOMPARE(task->stepCount(), std::uint64_t(0));
        QVERIFY(errorOf([&] { task->apply(StepPart{"critic", 1}); }).startsWith("gan: no part \"critic\""));
    }

    void everyDistributionSamplesInThePlane() {
        const Matrix drawn = Matrix::Constant(1, 2, 0.3);
        for (const RealDistributionInfo& info : realDistributionTable()) {
            Rng rng(1), again(1);
            const Matrix points = sampleRealDistribution(info.name, 2000, rng, drawn);
            // In the plane's square, but for the tails of the wide Gaussians.
            const double inside = double((points.array().abs() <= 1.0).rowwise().all().count()) / 2000.0;
            QVERIFY2(inside > 0.95, qPrintable(QString("%1: %2 inside").arg(info.name).arg(inside)));
            QVERIFY2(points == sampleRealDistribution(info.name, 2000, again, drawn), info.name);
        }
    }

    void trainsFromTheCli_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("gan-gaussian") << "gan-gaussian.json";
        QTest::newRow("gan-ring") << "gan-ring.json";
        QTest::newRow("gan-gaussians") << "gan-gaussians.json";
        QTest::newRow("gan-line") << "gan-line.json";
        QTest::newRow("gan-disjoint") << "gan-disjoint.json";
    }
    void trainsFromTheCli() {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath("out");
        QProcess cli;
        cli.start(NNLAB_CLI_PATH, {"train", NNLAB_RESOURCES_DIR "/experiments/" + file, "--out", out});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        for (const QByteArray& line : cli.readAllStandardOutput().split('\n'))
            if (line.startsWith("done in")) qInfo("%s", line.left(60).constData());
        QFile history(out + "/history.csv");
        QVERIFY(history.open(QIODevice::ReadOnly));
        QCOMPARE(history.readLine(), QByteArray("epoch,step,d_loss,g_loss,d_real,d_fake,kl_divergence,js_divergence\n"));
        const Experiment trained = readExperimentFile((out + "/trained.json").toStdString());
        QCOMPARE(QString::fromStdString(trained.kind), QStringLiteral("gan"));
        QCOMPARE(trained.run->epoch, std::uint64_t(trained.epochs));
        // It converged: the last JS is small and well below the first.
        const auto& keys = trained.run->series;
        const std::size_t js = std::size_t(std::find(keys.begin(), keys.end(), "js") - keys.begin());
        QVERIFY(js < keys.size());
        const double first = trained.run->history.front().values[js], last = trained.run->history.back().values[js];
        qInfo("%s: JS %.3f -> %.3f over %llu iterations", qPrintable(file), first, last,
              (unsigned long long)trained.run->step);
        QVERIFY2(last < 0.25 && last < 0.6 * first, qPrintable(QString("JS %1 -> %2").arg(first).arg(last)));
    }
};

QTEST_GUILESS_MAIN(TestGan)
#include "tst_gan.moc"
