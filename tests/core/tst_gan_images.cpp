// The image GAN (core/tasks/gan/ with gan.images) and the exports of a
// generator (core/export/GeneratorExport.h): the section round-trips and a
// bad one names its field; a short run is bit-identical for a seed and its
// images move toward the data's; the payload has its layout (the latent
// interpolation runs between the two chosen samples); the generator's ONNX
// export gives the engine's images in onnxruntime; the sample grid PNG has
// its size; generate.py is valid Python. The convolutional example
// (gan-digits-cnn.json: dense, reshape, transposed convolutions; a conv D on
// 1x28x28 images) trains, repeats for a seed, draws its grid and exports to
// onnxruntime and PyTorch with the engine's numbers.
#include "ErrorText.h"
#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "export/GeneratorExport.h"
#include "OracleJson.h"
#include "tasks/TaskRegistry.h"
#include "tasks/gan/GanTask.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <fstream>

using namespace nnlab;
using json = nlohmann::json;
using nnlab::test::errorOf;

namespace {

// A small image GAN: few images, a narrow G and D, short epochs.
json smallJson(int epochs = 2) {
    json j = json::parse(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan", "seed": 3, "batch_size": 32,
        "gan": {"images": {"source": "digits", "samples": 400, "seed": 2},
                "noise": {"dimension": 16, "type": "gaussian"},
                "generator": {"layers": [{"units": 64, "activation": "leaky_relu"}, {"units": 784, "activation": "sigmoid"}]},
                "discriminator": {"layers": [{"type": "flatten"}, {"units": 64, "activation": "leaky_relu"}, {"units": 1}]},
                "real_label": 0.9,
                "generator_optimizer": {"name": "adam", "lr": 0.001, "beta1": 0.5},
                "discriminator_optimizer": {"name": "adam", "lr": 0.001, "beta1": 0.5},
                "discriminator_steps": 1, "iterations_per_epoch": 20}})");
    j["epochs"] = epochs;
    return j;
}

// The convolutional example, on fewer images and iterations.
json convJson(int iterations = 10) {
    std::ifstream in(NNLAB_RESOURCES_DIR "/experiments/gan-digits-cnn.json");
    json j = json::parse(in);
    j["gan"]["images"]["samples"] = 300;
    j["gan"]["iterations_per_epoch"] = iterations;
    j["batch_size"] = 16;
    j["epochs"] = 2;
    return j;
}

std::unique_ptr<Task> taskOf(const json& j) { return makeTask(experimentFromJson(j)); }

// Where Debian's python3-torch is (tst_export's choice), or empty.
QString torchPython() {
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python)) return {};
    QProcess p;
    p.start(python, {"-c", "import torch, numpy"});
    return p.waitForFinished(120000) && p.exitCode() == 0 ? python : QString();
}

// The distance between the mean image of the generated samples and of the real ones, per pixel (RMS).
double meanImageDistance(SampleGenerator& g) {
    Rng rng(11);
    const Matrix fake = g.generate(g.drawNoise(256, rng));
    const Matrix real = g.realSamples(256);
    const Eigen::RowVectorXd diff = fake.colwise().mean() - real.colwise().mean();
    return std::sqrt(diff.squaredNorm() / double(diff.size()));
}

const Matrix& payload(const Snapshot& s, const std::string& name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return p.values;
    static const Matrix none;
    return none;
}

bool inCi() {
    const QByteArray ci = qgetenv("CI");
    return !ci.isEmpty() && ci != "0" && ci.toLower() != "false";
}

}  // namespace

class TestGanImages : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void exampleRoundTrips() {
        const Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/gan-digits.json");
        const GanSettings s = readGanSettings(e);
        QVERIFY(s.isImage());
        QCOMPARE(s.images->source, std::string("digits"));
        QCOMPARE(s.sampleShape(), (Shape{1, 28, 28}));
        QCOMPARE(s.sampleLo(), 0.0);  // a sigmoid generator: pixels 0..1 as the data
        const json section = ganSectionJson(s);
        QVERIFY(!section.contains("distribution"));
        Experiment again = experimentFromJson(experimentToJson(e));
        again.kindSection = section;
        QCOMPARE(ganSectionJson(readGanSettings(again)).dump(), section.dump());
        // A tanh generator scales the data to -1..1.
        json j = smallJson();
        j["gan"]["generator"]["layers"][1]["activation"] = "tanh";
        QCOMPARE(readGanSettings(experimentFromJson(j)).sampleLo(), -1.0);
    }

    void badImageSectionNamesTheField_data() {
        QTest::addColumn<QString>("path");  // inside "gan", '/'-separated
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("source") << "images/source" << "\"digitz\"" << "gan.images.source: unknown image source \"digitz\"";
        QTest::newRow("plane set") << "images/source" << "\"spiral\"" << "gan.images.source: unknown image source";
        QTest::newRow("samples") << "images/samples" << "5" << "gan.images.samples: 5 is outside 10 .. 60000";
        QTest::newRow("unknown key") << "images/colour" << "1" << "gan.images.colour: unknown field";
        QTest::newRow("not an object") << "images" << "\"digits\"" << "gan.images: expected {";
        QTest::newRow("with a distribution") << "distribution" << "\"ring\"" << "gan.distribution: an image GAN's real data";
        QTest::newRow("noise dimension") << "noise/dimension" << "300" << "gan.noise.dimension: expected 1 .. 256";
        QTest::newRow("generator size") << "generator/layers/1/units" << "100"
                                        << "gan.generator.layers[1]: the generator makes 100 = 100 values";
        QTest::newRow("generator activation") << "generator/layers/1/activation" << "\"relu\""
                                              << "gan.generator.layers[1].activation: an image generator ends in";
        QTest::newRow("discriminator logit") << "discriminator/layers/2/units" << "2"
                                             << "gan.discriminator.layers[2]: the last layer must be dense with 1 unit";
        QTest::newRow("no flatten") << "discriminator/layers/0" << R"({"units": 8})" << "gan.discriminator.layers[0]: ";
        // 784 values, but as 4 channels of 14x14: not the data's 1x28x28.
        QTest::newRow("generator image shape")
            << "generator/layers/2" << R"({"type": "reshape", "channels": 4, "height": 14, "width": 14})"
            << "gan.generator.layers[2]: the generator makes images of 4x14x14 (channels x height x width), the real "
               "images are 1x28x28";
        QTest::newRow("reshape size") << "generator/layers/2" << R"({"type": "reshape", "channels": 64, "height": 7, "width": 7})"
                                      << "gan.generator.layers[2]: reshape to 64x7x7 needs 3136 values, the input 784 has 784";
    }
    void badImageSectionNamesTheField() {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json j = smallJson();
        j["gan"][json::json_pointer("/" + path.toStdString())] = json::parse(value.toStdString());
        const QString message = errorOf([&] { checkTaskKind(experimentFromJson(j)); });
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    // The example's shapes: G's reshape makes 32x7x7, two transposed convolutions
    // 1x28x28 in tanh (so the data are scaled to -1..1); D reads the image as is.
    // A dense G with a reshape at its end still draws its range from its last activation.
    void convolutionalExampleShapes() {
        const GanSettings s = readGanSettings(experimentFromJson(convJson()));
        QCOMPARE(GanPlayer::check(s.generator, Shape{32}, "generator"), (Shape{1, 28, 28}));
        QCOMPARE(s.sampleLo(), -1.0);
        QCOMPARE(s.discriminator.layers.front().type, std::string("conv2d"));
        json j = smallJson();
        j["gan"]["generator"]["layers"][1]["activation"] = "tanh";
        j["gan"]["generator"]["layers"][2] = {{"type", "reshape"}, {"channels", 1}, {"height", 28}, {"width", 28}};
        QCOMPARE(readGanSettings(experimentFromJson(j)).sampleLo(), -1.0);
    }

    // A few iterations headless: finite losses, the same history and weights for
    // the same seed, images of the data's shape in the payload and the grid.
    void convolutionalGanTrainsAndRepeats() {
        const std::unique_ptr<Task> a = taskOf(convJson()), b = taskOf(convJson());
        while (!a->finished()) a->runEpoch();
        while (!b->finished()) b->runEpoch();
        QCOMPARE(a->history().size(), std::size_t(2));
        for (std::size_t e = 0; e < a->history().size(); ++e)
            for (std::size_t k = 0; k < a->series().size(); ++k) {
                QVERIFY(std::isfinite(a->history()[e].values[k]));
                QVERIFY(std::memcmp(&a->history()[e].values[k], &b->history()[e].values[k], sizeof(double)) == 0);
            }
        QVERIFY(a->weights() == b->weights());
        Snapshot s;
        a->fillSnapshot(s, SnapshotOptions());
        QCOMPARE(payload(s, "fake_images").cols(), Index(784));
        QCOMPARE(payload(s, "image_shape")(0, 3), -1.0);  // tanh pixels
        SampleGenerator& g = *a->sampleGenerator();
        QCOMPARE(g.sampleShape(), (Shape{1, 28, 28}));
        SampleGridLayout layout;
        layout.columns = 5;
        const RasterImage grid = generatedSampleGrid(g, 12, 4, layout);
        QCOMPARE(grid.width, 5 * (28 + 2) + 2);   // 5 columns, 3 rows, 2 pixels between and around
        QCOMPARE(grid.height, 3 * (28 + 2) + 2);
        QVERIFY(grid.pixels == generatedSampleGrid(*b->sampleGenerator(), 12, 4, layout).pixels);
        QVERIFY(!(grid.pixels == generatedSampleGrid(g, 12, 5, layout).pixels));  // other noise, other digits
        json other = convJson();
        other["seed"] = 2;
        const std::unique_ptr<Task> c = taskOf(other);
        c->runEpoch();
        QVERIFY(!(c->weights() == a->weights()));
    }

    void sameSeedSameRunBitForBit() {
        const std::unique_ptr<Task> a = taskOf(smallJson()), b = taskOf(smallJson());
        while (!a->finished()) a->runEpoch();
        while (!b->finished()) b->runEpoch();
        QCOMPARE(a->history().size(), std::size_t(2));
        QCOMPARE(a->series().size(), std::size_t(4));  // no divergences over images
        for (std::size_t e = 0; e < a->history().size(); ++e)
            for (std::size_t k = 0; k < a->series().size(); ++k) {
                QVERIFY(std::isfinite(a->history()[e].values[k]));
                QVERIFY(std::memcmp(&a->history()[e].values[k], &b->history()[e].values[k], sizeof(double)) == 0);
            }
        QVERIFY(a->weights() == b->weights());
        json other = smallJson();
        other["seed"] = 4;
        const std::unique_ptr<Task> c = taskOf(other);
        while (!c->finished()) c->runEpoch();
        QVERIFY(!(c->weights() == a->weights()));
    }

    // A sigmoid G starts near 0.5 grey everywhere; the digits are mostly black
    // paper with thin strokes. After 400 iterations its mean image is much
    // closer to the data's.
    void generatedImagesMoveTowardTheData() {
        const std::unique_ptr<Task> task = taskOf(smallJson(20));
        SampleGenerator* g = task->sampleGenerator();
        QVERIFY(g);
        const double before = meanImageDistance(*g);
        Rng rng(5);
        const double realMean = g->realSamples(400).mean();
        const double gapBefore = std::abs(g->generate(g->drawNoise(256, rng)).mean() - realMean);
        while (!task->finished()) task->runEpoch();
        const double after = meanImageDistance(*g);
        qInfo("mean image RMS distance to the data: %.4f before, %.4f after 400 iterations", before, after);
        QVERIFY2(before > 0.2, qPrintable(QString::number(before)));
        QVERIFY2(after < 0.3 * before, qPrintable(QString::number(after)));
        // The mean intensity too (the data's ink share, 0.08): its gap shrinks to a fifth at most.
        const double gapAfter = std::abs(g->generate(g->drawNoise(256, rng)).mean() - realMean);
        qInfo("mean intensity's gap to the data's %.4f: %.4f before, %.4f after", realMean, gapBefore, gapAfter);
        QVERIFY2(gapAfter < 0.2 * gapBefore, qPrintable(QString("%1 vs %2").arg(gapAfter).arg(gapBefore)));
    }

    void payloadHasTheImageLayout() {
        const std::unique_ptr<Task> task = taskOf(smallJson(1));
        task->runEpoch();
        Snapshot s;
        SnapshotOptions options;
        options.interpolationFrom = 3;
        options.interpolationTo = 7;
        task->fillSnapshot(s, options);
        const Matrix& shape = payload(s, "image_shape");
        QCOMPARE(shape.cols(), Index(5));
        QCOMPARE(shape(0, 1), 28.0);
        QCOMPARE(shape(0, 4), 1.0);
        const Matrix& fake = payload(s, "fake_images");
        QCOMPARE(fake.rows(), GanTask::kShownImages);
        QCOMPARE(fake.cols(), Index(784));
        QCOMPARE(payload(s, "fake_images_d").rows(), GanTask::kShownImages);
        QCOMPARE(payload(s, "real_images").rows(), GanTask::kShownRealImages);
        QCOMPARE(payload(s, "real_images_d").rows(), GanTask::kShownRealImages);
        QVERIFY(payload(s, "fake").rows() == 0);  // the plane's payload is not sent
        const Matrix& line = payload(s, "interpolation");
        QCOMPARE(line.rows(), GanTask::kInterpolationSteps);
        QVERIFY((line.row(0) - fake.row(3)).cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY((line.bottomRows(1) - fake.row(7)).cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY((line.row(4) - fake.row(3)).cwiseAbs().maxCoeff() > 1e-6);  // in between: another image
        QCOMPARE(payload(s, "interpolation_pair")(0, 1), 7.0);
        // The generated images are a fixed batch: the same frame twice is the same.
        Snapshot again;
        task->fillSnapshot(again, options);
        QVERIFY(payload(again, "fake_images") == fake);
    }

    // The generator in onnxruntime (tests/onnx/run_onnx.mjs, as tst_export runs
    // every other model) gives the engine's images for the same noise.
    // The dense G gives flat rows (N, 784), the convolutional one images (N, 1, 28, 28),
    // float32 only: onnxruntime's CPU provider has no float64 ConvTranspose.
    void onnxGeneratorMatchesTheEngine_data() {
        QTest::addColumn<bool>("convolutional");
        QTest::newRow("dense") << false;
        QTest::newRow("convolutional") << true;
    }
    void onnxGeneratorMatchesTheEngine() {
        QFETCH(bool, convolutional);
        const std::unique_ptr<Task> task = taskOf(convolutional ? convJson() : smallJson(1));
        task->runEpoch();
        SampleGenerator& g = *task->sampleGenerator();
        Rng rng(9);
        const Matrix noise = g.drawNoise(5, rng);
        const Matrix expected = g.generate(noise);
        json jobs = json::array();
        const std::vector<bool> precisions = convolutional ? std::vector<bool>{false} : std::vector<bool>{false, true};
        const json dims = convolutional ? json({5, 1, 28, 28}) : json({5, 784});
        for (bool twice : precisions) {
            const QString file = m_dir.filePath(QString(convolutional ? "conv" : "dense") + (twice ? "g64.onnx" : "g32.onnx"));
            exportGeneratorOnnx(g, task->experiment(), file.toStdString(), twice);
            jobs.push_back({{"model", file.toStdString()}, {"dims", {noise.rows(), noise.cols()}},
                            {"dtype", twice ? "float64" : "float32"},
                            {"input", std::vector<double>(noise.data(), noise.data() + noise.size())}});
        }
        const QString node = QStandardPaths::findExecutable("node");
        const QString runtime = qEnvironmentVariable("NNLAB_ONNXRUNTIME_DIR", NNLAB_ONNXRUNTIME_DIR);
        if (node.isEmpty() || !QFile::exists(runtime + "/node_modules/onnxruntime-node/package.json")) {
            if (inCi()) QFAIL("node or onnxruntime-node missing (CI=true: required)");
            QSKIP("node or onnxruntime-node missing (scripts/install-onnxruntime.sh)");
        }
        const QString jobsPath = m_dir.filePath(convolutional ? "conv-jobs.json" : "jobs.json");
        std::ofstream(jobsPath.toStdString()) << jobs.dump();
        QProcess p;
        p.start(node, {NNLAB_ONNX_RUNNER, runtime, jobsPath});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const json results = json::parse(p.readAllStandardOutput().toStdString());
        QCOMPARE(results.size(), precisions.size());
        const double tolerance[] = {1e-5, 1e-12};
        for (std::size_t k = 0; k < precisions.size(); ++k) {
            QVERIFY2(!results[k].contains("error"), results[k].dump().c_str());
            QCOMPARE(results[k]["dims"], dims);
            const std::vector<double> flat = results[k]["output"].get<std::vector<double>>();
            const Matrix got = Eigen::Map<const Matrix>(flat.data(), expected.rows(), expected.cols());
            const double err = oracle::relativeError(got, expected);
            qInfo("generator in onnxruntime (%s): max relative error %.3g", k ? "float64" : "float32", err);
            QVERIFY2(err < tolerance[k], qPrintable(QString::number(err)));
        }
    }

    // nnlab-cli train, then generate: the PNG has the grid's size and decodes.
    void cliWritesTheSampleGridPng() {
        const QString experiment = m_dir.filePath("small.json"), out = m_dir.filePath("run");
        std::ofstream(experiment.toStdString()) << smallJson(1).dump();
        QProcess train;
        train.start(NNLAB_CLI_PATH, {"train", experiment, "--out", out});
        QVERIFY(train.waitForFinished(120000));
        QVERIFY2(train.exitCode() == 0, train.readAllStandardError().constData());
        const QString png = m_dir.filePath("grid.png");
        QProcess generate;
        generate.start(NNLAB_CLI_PATH, {"generate", out + "/trained.json", "--png", png, "--samples", "10",
                                        "--columns", "4", "--scale", "2"});
        QVERIFY(generate.waitForFinished(120000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY2(!image.isNull(), "the PNG does not decode");
        // 4 columns of 28 x 2 pixels and 3 rows, 2 pixels between and around them.
        QCOMPARE(image.width(), 4 * (56 + 2) + 2);
        QCOMPARE(image.height(), 3 * (56 + 2) + 2);
        QVERIFY(image.isGrayscale());
        QCOMPARE(qGray(image.pixel(0, 0)), 128);  // the grey ground
        QCOMPARE(qGray(image.pixel(image.width() - 1, image.height() - 1)), 128);  // no 12th image
        // A point of the plane is not an image: the command says so.
        QProcess plane;
        plane.start(NNLAB_CLI_PATH, {"generate", NNLAB_RESOURCES_DIR "/experiments/gan-ring.json", "--png", png + "2"});
        QVERIFY(plane.waitForFinished(120000));
        QCOMPARE(plane.exitCode(), 1);
        QVERIFY(QString(plane.readAllStandardError()).contains("not images"));
    }

    // generate.py and weights.npz from the CLI's export; Python reads the script.
    void pytorchScriptOfTheGenerator() {
        const QString experiment = m_dir.filePath("small2.json"), dir = m_dir.filePath("torch");
        std::ofstream(experiment.toStdString()) << smallJson(1).dump();
        QProcess exporter;
        exporter.start(NNLAB_CLI_PATH, {"export", experiment, "--pytorch", dir, "--onnx", m_dir.filePath("cli.onnx")});
        QVERIFY(exporter.waitForFinished(120000));
        QVERIFY2(exporter.exitCode() == 0, exporter.readAllStandardError().constData());
        QVERIFY(QFile::exists(dir + "/weights.npz"));
        QFile script(dir + "/generate.py");
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString text = script.readAll();
        QVERIFY(text.contains("NOISE_DIMENSION = 16"));
        QVERIFY(text.contains("SAMPLE_SHAPE = (1, 28, 28, )"));
        QVERIFY(text.contains("nn.Linear(16, 64)"));
        QVERIFY(text.contains("nn.Sigmoid()"));
        const QString python = QStandardPaths::findExecutable("python3");
        if (python.isEmpty()) QSKIP("python3 is not installed");
        QProcess compile;
        compile.start(python, {"-m", "py_compile", dir + "/generate.py"});
        QVERIFY(compile.waitForFinished(60000));
        QVERIFY2(compile.exitCode() == 0, compile.readAllStandardError().constData());
    }

    // The convolutional G's generate.py (nn.Unflatten after the dense layer, then
    // nn.ConvTranspose2d) gives the engine's images for the same noise, in float64.
    void pytorchConvolutionalGeneratorMatchesTheEngine() {
        const std::unique_ptr<Task> task = taskOf(convJson());
        task->runEpoch();
        SampleGenerator& g = *task->sampleGenerator();
        const QString dir = m_dir.filePath("conv-torch");
        exportGeneratorPytorch(g, task->experiment(), dir.toStdString());
        QFile script(dir + "/generate.py");
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString text = script.readAll();
        QVERIFY2(text.contains("nn.Unflatten(1, (32, 7, 7))"), qPrintable(text));
        QVERIFY(text.contains("nn.ConvTranspose2d(32, 16, 4, stride=2, padding=1"));
        QVERIFY(text.contains("SAMPLE_SHAPE = (1, 28, 28, )"));
        Rng rng(9);
        const Matrix noise = g.drawNoise(4, rng);
        const Matrix expected = g.generate(noise);
        json rows = json::array();
        for (Index r = 0; r < noise.rows(); ++r)
            rows.push_back(std::vector<double>(noise.row(r).data(), noise.row(r).data() + noise.cols()));
        const QString noisePath = dir + "/noise.json";
        std::ofstream(noisePath.toStdString()) << rows.dump();
        const QString python = torchPython();
        if (python.isEmpty()) {
            if (inCi()) QFAIL("python3-torch missing (CI=true: required)");
            QSKIP("/usr/bin/python3 cannot import torch and numpy (apt-get install python3-torch)");
        }
        QProcess p;
        p.start(python, {dir + "/generate.py", "--check", noisePath});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const json out = json::parse(p.readAllStandardOutput().toStdString());
        QCOMPARE(out.size(), std::size_t(4));
        Matrix got(4, 784);
        for (Index r = 0; r < 4; ++r) {
            const std::vector<double> row = out[std::size_t(r)].get<std::vector<double>>();
            QCOMPARE(Index(row.size()), Index(784));  // the script's last module flattens the image to a row
            for (Index c = 0; c < 784; ++c) got(r, c) = row[std::size_t(c)];
        }
        const double err = oracle::relativeError(got, expected);
        qInfo("convolutional generator in PyTorch: max relative error %.3g", err);
        QVERIFY2(err < 1e-9, qPrintable(QString::number(err)));
    }
};

QTEST_GUILESS_MAIN(TestGanImages)
#include "tst_gan_images.moc"
