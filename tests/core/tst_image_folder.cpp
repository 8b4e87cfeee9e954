// Images from files (core/data/ImageFolder.h, ImageConversion.h, ImageDecoder.h):
// - the conversion of decoded pixels (alpha on white, grey, area shrinking,
//   bilinear enlarging) on worked examples;
// - folders of PNG and JPEG files this test writes with QImage, good and bad,
//   read through Qt's decoder (app/imagefiles), registered as the CLI does;
// - rotation in the augmentation: deterministic per seed, turning about the centre;
// - `nnlab-cli predict` on written PNG files, against the trained network's
//   outputs on the same images as the training set has them.
#include <QtTest>

#include "../RunProcess.h"
#include "MessageOf.h"

#include "Error.h"
#include "QtImageDecoder.h"
#include "data/Augmentation.h"
#include "data/Dataset.h"
#include "data/ImageConversion.h"
#include "data/ImageFolder.h"
#include "experiment/ExperimentJson.h"
#include "model/Network.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"
#include "training/Task.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cmath>
#include <fstream>

using namespace nnlab;

namespace {

DecodedImage pixels(Index width, Index height, std::vector<std::uint8_t> rgba) {
    DecodedImage d;
    d.width = width;
    d.height = height;
    d.rgba = std::move(rgba);
    return d;
}

// Grey pixels, opaque.
DecodedImage greyPixels(Index width, Index height, const std::vector<int>& values) {
    std::vector<std::uint8_t> rgba;
    for (int v : values) rgba.insert(rgba.end(), {std::uint8_t(v), std::uint8_t(v), std::uint8_t(v), 255});
    return pixels(width, height, rgba);
}

void expectRow(const RowVector& got, const std::vector<double>& expected, double tolerance = 1e-12) {
    QCOMPARE(got.size(), Index(expected.size()));
    for (Index i = 0; i < got.size(); ++i)
        QVERIFY2(std::abs(got(i) - expected[std::size_t(i)]) <= tolerance,
                 qPrintable(QStringLiteral("value %1: %2, expected %3").arg(i).arg(got(i), 0, 'g', 17).arg(expected[std::size_t(i)], 0, 'g', 17)));
}

// An image of `size` filled with `fill`, the rectangle `dark` black, saved by its suffix's format.
void writeImage(const QString& path, QSize size, QColor fill, QRect dark = {}) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(fill);
    if (!dark.isNull()) {
        QPainter p(&image);
        p.fillRect(dark, Qt::black);
    }
    QVERIFY2(image.save(path), qPrintable("cannot write " + path));
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

DataSpec folderSpec(const QString& folder, int size = 8, int channels = 1) {
    DataSpec s;
    s.generator = "image_folder";
    s.imageFolder = folder.toStdString();
    s.imageWidth = size;
    s.imageHeight = size;
    s.imageChannels = channels;
    s.trainRatio = 0.5;
    s.seed = 3;
    return s;
}

// The centroid of an image's brightness, (x, y) in pixels.
std::pair<double, double> centroid(const RowVector& row, Index width) {
    double sum = 0.0, sx = 0.0, sy = 0.0;
    for (Index i = 0; i < row.size(); ++i) {
        sum += row(i);
        sx += row(i) * double(i % width);
        sy += row(i) * double(i / width);
    }
    return {sx / sum, sy / sum};
}

}  // namespace

class TestImageFolder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // shapes/circle: two PNGs; shapes/square: a JPEG (.JPG) and a .jpeg; files
    // that are not images and a hidden folder are passed over.
    QString writeShapes(const QString& name) {
        const QString root = m_dir.filePath(name);
        for (const char* sub : {"circle", "square", ".cache"}) QDir().mkpath(root + "/" + sub);
        writeImage(root + "/circle/a.png", QSize(16, 16), Qt::white, QRect(0, 0, 8, 16));  // left half black
        writeImage(root + "/circle/b.png", QSize(12, 20), QColor(255, 0, 0));               // red
        writeImage(root + "/square/c.JPG", QSize(20, 10), Qt::white, QRect(5, 2, 10, 6));
        writeImage(root + "/square/d.jpeg", QSize(8, 8), QColor(128, 128, 128));
        writeBytes(root + "/square/readme.txt", "not an image");
        writeBytes(root + "/notes.txt", "top-level files are not a class");
        writeImage(root + "/.cache/e.png", QSize(4, 4), Qt::white);
        return root;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        registerQtImageDecoder();
    }

    // ---------------------------------------------------------------- conversion

    void conversionWorkedExamples() {
        // Grey is the luma 0.299 R + 0.587 G + 0.114 B: pure red 0.299. A
        // transparent black pixel is shown on white: (0 * 0 + 255 * 255) / 255 = 255 -> 1.
        expectRow(imageSample(pixels(2, 1, {255, 0, 0, 255, 0, 0, 0, 0}), Shape{1, 1, 2}), {0.299, 1.0});
        // Half-transparent black on white: (128 * 0 + 127 * 255) / 255 = 127.
        expectRow(imageSample(pixels(1, 1, {0, 0, 0, 128}), Shape{1, 1, 1}), {127.0 / 255.0});
        // Colour keeps the channels as planes: R, then G, then B.
        expectRow(imageSample(pixels(2, 1, {255, 0, 0, 255, 0, 51, 102, 255}), Shape{3, 1, 2}),
                  {1.0, 0.0, 0.0, 0.2, 0.0, 0.4});
        // Shrinking 3 -> 2 pixels: each output covers 1.5 inputs.
        //   out0 = (1 * 0 + 0.5 * 102) / 1.5 = 34,  out1 = (0.5 * 102 + 1 * 204) / 1.5 = 170.
        expectRow(imageSample(greyPixels(3, 1, {0, 102, 204}), Shape{1, 1, 2}), {34.0 / 255.0, 170.0 / 255.0}, 1e-12);
        // The same downwards (a column of 3 -> 2).
        expectRow(imageSample(greyPixels(1, 3, {0, 102, 204}), Shape{1, 2, 1}), {34.0 / 255.0, 170.0 / 255.0}, 1e-12);
        // Enlarging 2 -> 4: centres at (i + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75, 1.25, clamped to
        // 0 .. 1: 0, 0.25 * 204 = 51, 0.75 * 204 = 153, 204.
        expectRow(imageSample(greyPixels(2, 1, {0, 204}), Shape{1, 1, 4}), {0.0, 0.2, 0.6, 0.8}, 1e-12);
        // The same size keeps every value.
        expectRow(imageSample(greyPixels(2, 2, {0, 51, 102, 255}), Shape{1, 2, 2}), {0.0, 0.2, 0.4, 1.0});
        // Only grey or colour images.
        const QString got = messageOf<ShapeError>([] { imageSample(greyPixels(1, 1, {0}), Shape{2, 1, 1}); });
        QVERIFY2(got.startsWith("an image sample is 1 (grey) or 3 (RGB) channels"), qPrintable(got));
    }

    // ---------------------------------------------------------------- folders

    void readsAFolderOfPngAndJpeg() {
        const QString root = writeShapes("shapes");
        const LoadedData loaded = loadData(folderSpec(root));
        const Dataset& d = loaded.data;
        QCOMPARE(d.classNames, (std::vector<std::string>{"circle", "square"}));
        QCOMPARE(d.numClasses, 2);
        QCOMPARE(d.sampleShape, (Shape{1, 8, 8}));
        QCOMPARE(d.points.rows(), Index(4));
        QCOMPARE(d.points.cols(), Index(64));
        // File order, class by class: a.png, b.png, c.JPG, d.jpeg.
        QCOMPARE(d.targets(0, 0), 0.0);
        QCOMPARE(d.targets(1, 0), 0.0);
        QCOMPARE(d.targets(2, 0), 1.0);
        QCOMPARE(d.targets(3, 0), 1.0);
        // a.png, 16 x 16 with its left half black, shrinks 2:1: left 4 columns 0, right 4 columns 1.
        for (Index y = 0; y < 8; ++y)
            for (Index x = 0; x < 8; ++x) QCOMPARE(d.points(0, y * 8 + x), x < 4 ? 0.0 : 1.0);
        // b.png, pure red: grey 0.299 everywhere, whatever the stretch (12 x 20 -> 8 x 8).
        QVERIFY((d.points.row(1).array() - 0.299).abs().maxCoeff() < 1e-12);
        // d.jpeg, grey 128: JPEG may move a value by a step or two.
        QVERIFY2((d.points.row(3).array() - 128.0 / 255.0).abs().maxCoeff() < 3.0 / 255.0,
                 qPrintable(QString::number(d.points.row(3).mean())));
        // Split by train_ratio 0.5 with the data seed.
        QCOMPARE(loaded.split.trainX.rows() + loaded.split.testX.rows(), Index(4));
        QCOMPARE(loaded.split.trainX.rows(), Index(2));

        // Colour: the red image's planes are 1, 0, 0.
        const LoadedData colour = loadData(folderSpec(root, 6, 3));
        QCOMPARE(colour.data.sampleShape, (Shape{3, 6, 6}));
        const RowVector red = colour.data.points.row(1);
        QCOMPARE(red.segment(0, 36).minCoeff(), 1.0);
        QCOMPARE(red.segment(36, 72).maxCoeff(), 0.0);

        // The same seed gives the same data and split; data.subset draws images before decoding.
        const LoadedData again = loadData(folderSpec(root));
        QCOMPARE(again.split.trainX, loaded.split.trainX);
        QCOMPARE(again.split.testY, loaded.split.testY);
        DataSpec some = folderSpec(root);
        some.subset = 3;
        QCOMPARE(loadData(some).data.points.rows(), Index(3));
    }

    void badFolders_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("at");       // the path the message starts with, relative to the folder
        QTest::addColumn<QString>("problem");  // what it says after it
        QTest::newRow("missing folder") << "missing" << "" << ": the folder is not there";
        QTest::newRow("a file, not a folder") << "file" << "" << ": not a folder";
        QTest::newRow("empty folder") << "empty" << "" << ": no class folders: put each class's images in a subfolder";
        QTest::newRow("one class") << "one class" << "" << ": only one class folder (\"only\"): a classifier needs at least two";
        QTest::newRow("class folder without images") << "no images" << "/b" << ": no PNG or JPEG images in this class folder";
        QTest::newRow("unreadable image") << "garbage" << "/b/broken.png" << ": cannot read the image: ";
        QTest::newRow("truncated PNG") << "truncated" << "/b/cut.png" << ": cannot read the image: ";
        QTest::newRow("empty JPEG") << "empty jpeg" << "/a/nothing.jpg" << ": cannot read the image: ";
    }
    void badFolders() {
        QFETCH(QString, kind);
        QFETCH(QString, at);
        QFETCH(QString, problem);
        const QString root = m_dir.filePath("bad " + kind);
        const auto good = [&](const QString& cls) {
            QDir().mkpath(root + "/" + cls);
            writeImage(root + "/" + cls + "/1.png", QSize(6, 6), Qt::white);
        };
        if (kind == "file") {
            writeBytes(root, "a file");
        } else if (kind != "missing") {
            QDir().mkpath(root);
        }
        if (kind == "one class") good("only");
        if (kind == "no images") {
            good("a");
            QDir().mkpath(root + "/b");
            writeBytes(root + "/b/readme.txt", "no images here");
        }
        if (kind == "garbage") {
            good("a");
            QDir().mkpath(root + "/b");
            writeBytes(root + "/b/broken.png", "this is not a PNG file at all");
        }
        if (kind == "truncated") {
            good("a");
            QDir().mkpath(root + "/b");
            QImage big(64, 64, QImage::Format_RGB32);
            for (int y = 0; y < 64; ++y)
                for (int x = 0; x < 64; ++x) big.setPixel(x, y, qRgb(x * 4, y * 4, (x * y) % 256));
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(big.save(&buffer, "PNG"));
            writeBytes(root + "/b/cut.png", bytes.left(bytes.size() / 2));
        }
        if (kind == "empty jpeg") {
            good("b");
            QDir().mkpath(root + "/a");
            writeBytes(root + "/a/nothing.jpg", "");
        }
        const QString got = messageOf<DataError>([&] { loadData(folderSpec(root)); });
        QVERIFY2(got.startsWith(root + at + problem), qPrintable(got));
    }

    // Without a registered decoder, reading an image says so; the window and
    // the CLI register Qt's at start-up.
    void withoutADecoderImagesAreRefusedByName() {
        const QString root = writeShapes("undecoded");
        setImageDecoder({});
        const QString got = messageOf<DataError>([&] { loadData(folderSpec(root)); });
        registerQtImageDecoder();
        QCOMPARE(got, root + "/circle/a.png: cannot read images: this program has no image decoder");
        // A test may register its own: every pixel mid-grey.
        setImageDecoder([](const std::string&) { return greyPixels(2, 2, {51, 51, 51, 51}); });
        const LoadedData fake = loadData(folderSpec(root, 4));
        registerQtImageDecoder();
        QCOMPARE(fake.data.points.maxCoeff(), 0.2);
        QCOMPARE(fake.data.points.minCoeff(), 0.2);
    }

    void experimentFileFields() {
        QDir().mkpath(m_dir.filePath("exp"));
        const QString file = m_dir.filePath("exp/folder.json");
        writeBytes(file, R"({"data": {"generator": "image_folder", "image_folder": {"path": "pictures", "width": 32,
            "height": 24, "channels": 3}, "augment": {"rotation": 15}},
            "network": {"layers": [{"type": "flatten"}, {"type": "dense", "units": 2, "activation": "softmax"}]},
            "loss": "sparse_cce"})");
        const Experiment e = readExperimentFile(file.toStdString());
        // A relative folder is relative to the experiment file.
        QCOMPARE(QString::fromStdString(e.data.imageFolder), m_dir.filePath("exp/pictures"));
        QCOMPARE(e.data.imageWidth, 32);
        QCOMPARE(e.data.imageHeight, 24);
        QCOMPARE(e.data.imageChannels, 3);
        QCOMPARE(e.data.augment.rotation, 15.0);
        QCOMPARE(sampleShapeFor(findGenerator("image_folder"), e.data), (Shape{3, 24, 32}));
        QCOMPARE(experimentFromJson(experimentToJson(e)).data, e.data);
        // Bad fields are named.
        const auto message = [](const char* data) {
            return messageOf<SpecError>([&] {
                readExperimentText(std::string(R"({"network": {"layers": [{"type": "dense", "units": 1}]}, "data": )") + data + "}", "test");
            });
        };
        QVERIFY(message(R"({"generator": "image_folder"})").startsWith("data.image_folder.path: an image_folder data set needs its folder"));
        QVERIFY(message(R"({"generator": "image_folder", "image_folder": {"path": "a", "channels": 2}})")
                    .startsWith("data.image_folder.channels: expected 1 (grey) or 3 (RGB), got 2"));
        QVERIFY(message(R"({"generator": "image_folder", "image_folder": {"path": "a", "width": 3}})")
                    .startsWith("data.image_folder.width: 3 is outside 4 .. 256"));
        QVERIFY(message(R"({"generator": "image_folder", "image_folder": {"path": "a", "size": 3}})")
                    .startsWith("data.image_folder.size: unknown field"));
        QVERIFY(message(R"({"generator": "digits", "augment": {"rotation": 190}})").startsWith("data.augment.rotation: 190 is outside 0 .. 180"));
    }

    // ---------------------------------------------------------------- rotation

    // The same seed turns the same images by the same angles; another seed does not.
    void rotationIsDeterministicPerSeed() {
        AugmentSpec spec;
        spec.rotation = 30.0;
        RowVector image(7 * 9), scratch(7 * 9);
        for (Index i = 0; i < image.size(); ++i) image(i) = double((i * 37) % 11);
        const auto run = [&](std::uint64_t seed) {
            Rng rng(seed);
            Matrix rows(20, image.size());
            for (Index r = 0; r < rows.rows(); ++r) {
                RowVector row = image;
                augmentImage(row, Shape{1, 7, 9}, spec, rng, scratch);
                rows.row(r) = row;
            }
            return rows;
        };
        const Matrix a = run(4), b = run(4), c = run(5);
        QVERIFY(std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0);
        QVERIFY(a != c);
        for (Index r = 1; r < a.rows(); ++r) QVERIFY2(a.row(r) != a.row(0), "every copy is turned by its own angle");
    }

    // A bright dot 3 pixels right of the centre of a 9 x 9 image ends up 3
    // pixels from the centre at an angle within the limit, both ways over
    // many draws; the centre pixel stays where it is.
    void rotationTurnsAboutTheCentreWithinTheLimit() {
        AugmentSpec spec;
        spec.rotation = 40.0;
        RowVector dot = RowVector::Zero(81), scratch(81);
        dot(4 * 9 + 7) = 1.0;
        RowVector centre = RowVector::Zero(81);
        centre(4 * 9 + 4) = 1.0;
        Rng rng(9);
        double smallest = 1e9, largest = -1e9;
        for (int t = 0; t < 200; ++t) {
            RowVector row = dot;
            augmentImage(row, Shape{1, 9, 9}, spec, rng, scratch);
            const auto [x, y] = centroid(row, 9);
            const double radius = std::hypot(x - 4.0, y - 4.0);
            const double degrees = std::atan2(y - 4.0, x - 4.0) * 180.0 / 3.14159265358979323846;
            QVERIFY2(std::abs(radius - 3.0) < 0.35, qPrintable(QStringLiteral("radius %1").arg(radius)));
            QVERIFY2(std::abs(degrees) < 40.0 + 3.0, qPrintable(QStringLiteral("angle %1").arg(degrees)));
            smallest = std::min(smallest, degrees);
            largest = std::max(largest, degrees);
            RowVector still = centre;
            augmentImage(still, Shape{1, 9, 9}, spec, rng, scratch);
            QCOMPARE(still(4 * 9 + 4), 1.0);  // the centre reads the centre, at any angle
        }
        QVERIFY2(smallest < -30.0 && largest > 30.0, qPrintable(QStringLiteral("angles %1 .. %2").arg(smallest).arg(largest)));
    }

    // ---------------------------------------------------------------- predict

    // nnlab-cli trains on a written folder, then predicts written PNG files:
    // each row is the network on that image as the training set holds it
    // (read, resized and normalised per channel the same way).
    void cliPredictsImageFiles() {
        const QString root = m_dir.filePath("predict");
        QDir().mkpath(root + "/pictures/dark");
        QDir().mkpath(root + "/pictures/light");
        for (int i = 0; i < 6; ++i) {
            writeImage(root + QStringLiteral("/pictures/dark/%1.png").arg(i), QSize(10 + i, 10), QColor(20 + 5 * i, 20, 30),
                       QRect(i, 2, 3, 3));
            // JPEG too: the CLI has no QCoreApplication, and Qt reads JPEG through a plugin.
            writeImage(root + QStringLiteral("/pictures/light/%1.%2").arg(i).arg(i % 2 ? "jpg" : "png"), QSize(10, 12 + i),
                       QColor(230, 220 - 4 * i, 240), QRect(2, i, 4, 2));
        }
        writeBytes(root + "/exp.json", R"({"seed": 2,
            "data": {"generator": "image_folder", "image_folder": {"path": "pictures", "width": 8, "height": 8},
                     "train_ratio": 0.75, "normalize": "per_channel", "seed": 2},
            "network": {"layers": [{"type": "conv2d", "units": 2, "kernel": 3, "activation": "relu"},
                                   {"type": "flatten"}, {"type": "dense", "units": 2, "activation": "softmax"}]},
            "loss": "sparse_cce", "optimizer": {"name": "adam", "lr": 0.02}, "batch_size": 4, "epochs": 3})");
        const QString cli = QStringLiteral(NNLAB_CLI_PATH);
        const test::ProcessRun train = test::runProcess(cli, {"train", "exp.json", "--out", "out"}, root, 120000);
        QVERIFY2(train.finished && train.exitCode == 0, qPrintable(train.describe()));
        const QString trained = root + "/out/trained.json";
        const QStringList images = {root + "/pictures/dark/2.png", root + "/pictures/light/5.jpg"};
        const test::ProcessRun predict = test::runProcess(cli, QStringList{"predict", trained} + images, root, 60000);
        QVERIFY2(predict.finished && predict.exitCode == 0, qPrintable(predict.describe()));
        const QStringList lines = predict.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("file,output_dark,output_light,class"));

        // The engine's answer for the same images, from the prepared training data.
        const std::unique_ptr<Task> task = makeTask(readExperimentFile(trained.toStdString()));
        NetworkModel& model = *task->networkModel();
        const PreparedData& data = model.data();
        for (int i = 0; i < images.size(); ++i) {
            const RowVector raw = readImageSample(images[i].toStdString(), Shape{1, 8, 8});
            Matrix prepared;
            for (const auto& [points, inputs] : {std::pair{&data.trainPoints, &data.trainX}, std::pair{&data.testPoints, &data.testX}})
                for (Index r = 0; r < points->rows(); ++r)
                    if (points->row(r) == raw) prepared = inputs->row(r);
            QVERIFY2(prepared.rows() == 1, qPrintable(images[i] + " is not in the data set"));
            Rng rng(1);
            Pass pass{false, &rng};
            const Matrix expected = model.network().forward(prepared, pass);
            const QStringList cells = lines[i + 1].split(',');
            QCOMPARE(cells.size(), 4);
            QCOMPARE(cells[0], images[i]);
            const double p0 = cells[1].toDouble(), p1 = cells[2].toDouble();
            QVERIFY2(std::abs(p0 - expected(0, 0)) < 1e-9 && std::abs(p1 - expected(0, 1)) < 1e-9,
                     qPrintable(QStringLiteral("%1: cli %2 %3, engine %4 %5").arg(images[i]).arg(p0).arg(p1)
                                    .arg(expected(0, 0)).arg(expected(0, 1))));
            QVERIFY(std::abs(p0 + p1 - 1.0) < 1e-9);
            QCOMPARE(cells[3], p0 > p1 ? QStringLiteral("dark") : QStringLiteral("light"));
        }
    }

    void cliPredictErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("unreadable image") << QStringList{"predict", "out/trained.json", "bad.png"}
                                          << "bad.png: cannot read the image: ";
        QTest::newRow("missing image") << QStringList{"predict", "out/trained.json", "nowhere.png"}
                                       << "nowhere.png: cannot read the image: ";
        QTest::newRow("not an image after an image") << QStringList{"predict", "out/trained.json", "pictures/dark/1.png", "in.csv"}
                                                     << "in.csv: not a PNG or JPEG file name";
        QTest::newRow("an experiment without images") << QStringList{"predict", "plane/trained.json", "pictures/dark/1.png"}
                                                      << "the experiment's inputs are not grey or colour images";
    }
    void cliPredictErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrHas);
        const QString root = m_dir.filePath("predict");
        QVERIFY2(QFile::exists(root + "/out/trained.json"), "cliPredictsImageFiles trains first");
        writeBytes(root + "/bad.png", "garbage");
        if (!QFile::exists(root + "/plane/trained.json")) {
            writeBytes(root + "/plane.json", R"({"data": {"generator": "circle", "points": 40}, "epochs": 1,
                "network": {"layers": [{"type": "dense", "units": 1, "activation": "sigmoid"}]}, "loss": "bce"})");
            const test::ProcessRun train = test::runProcess(QStringLiteral(NNLAB_CLI_PATH), {"train", "plane.json", "--out", "plane"}, root, 60000);
            QVERIFY2(train.exitCode == 0, qPrintable(train.describe()));
        }
        const test::ProcessRun r = test::runProcess(QStringLiteral(NNLAB_CLI_PATH), args, root, 60000);
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestImageFolder)
#include "tst_image_folder.moc"
