// Image data (core/data/): the IDX reader on small files this test writes
// (plain and gzip, good and bad), IDX and Fashion-MNIST data sources with
// subsets, per-channel normalisation, and the generated digit set, down to a
// small CNN that learns it through makeTask.
#include <QtTest>

#include "Error.h"
#include "MessageOf.h"
#include "data/Augmentation.h"
#include "data/Dataset.h"
#include "data/Idx.h"
#include "data/Normalization.h"
#include "experiment/ExperimentJson.h"
#include "tasks/TaskRegistry.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "training/Task.h"

#include <zlib.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <set>
#include <tuple>

using namespace nnlab;

namespace {

using Bytes = std::vector<unsigned char>;

void putInt(Bytes& b, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back((unsigned char)(v >> shift));
}

// An idx3 file of `count` images of rows x columns; pixel value (i * 7 + p) % 256.
Bytes idxImages(std::uint32_t count, std::uint32_t rows, std::uint32_t columns) {
    Bytes b = {0, 0, 8, 3};
    putInt(b, count);
    putInt(b, rows);
    putInt(b, columns);
    for (std::uint32_t i = 0; i < count; ++i)
        for (std::uint32_t p = 0; p < rows * columns; ++p) b.push_back((unsigned char)((i * 7 + p) % 256));
    return b;
}

Bytes idxLabels(const std::vector<unsigned char>& labels) {
    Bytes b = {0, 0, 8, 1};
    putInt(b, std::uint32_t(labels.size()));
    b.insert(b.end(), labels.begin(), labels.end());
    return b;
}

void writePlain(const QString& path, const Bytes& b) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out.write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
}

void writeGzip(const QString& path, const Bytes& b) {
    gzFile f = gzopen(path.toStdString().c_str(), "wb");
    QVERIFY(f);
    if (!b.empty()) QCOMPARE(gzwrite(f, b.data(), unsigned(b.size())), int(b.size()));
    gzclose(f);
}


bool bitIdentical(const Matrix& a, const Matrix& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

DataSpec digitsSpec(int points, double noise, std::uint64_t seed) {
    DataSpec s;
    s.generator = "digits";
    s.points = points;
    s.noise = noise;
    s.seed = seed;
    return s;
}

}  // namespace

class TestImageData : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---------------------------------------------------------------- IDX reader

    void readsPlainAndGzip_data() {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzip") << true;
    }
    void readsPlainAndGzip() {
        QFETCH(bool, gzip);
        const QString images = path(gzip ? "good-images.gz" : "good-images.idx");
        const QString labels = path(gzip ? "good-labels.gz" : "good-labels.idx");
        (gzip ? writeGzip : writePlain)(images, idxImages(3, 2, 4));
        (gzip ? writeGzip : writePlain)(labels, idxLabels({2, 0, 1}));
        const IdxImages got = readIdxImages(images.toStdString());
        QCOMPARE(got.count, Index(3));
        QCOMPARE(got.rows, Index(2));
        QCOMPARE(got.columns, Index(4));
        QCOMPARE(got.pixels.size(), std::size_t(24));
        QCOMPARE(int(got.pixels[0]), 0);
        QCOMPARE(int(got.pixels[9]), (1 * 7 + 1) % 256);  // image 1, pixel 1
        QCOMPARE(int(got.pixels[23]), (2 * 7 + 7) % 256);
        QCOMPARE(readIdxLabels(labels.toStdString()), (std::vector<std::uint8_t>{2, 0, 1}));
        const IdxImages header = readIdxImageHeader(images.toStdString());
        QCOMPARE(header.count, Index(3));
        QVERIFY(header.pixels.empty());
    }

    // Each bad file is named in the message, with what is wrong with it.
    void badFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<QString>("kind");  // images or labels
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        auto bytes = [](const Bytes& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), int(b.size())); };
        Bytes labelsAsImages = idxLabels({1, 2});
        Bytes truncated = idxImages(4, 3, 3);
        truncated.resize(truncated.size() - 10);  // the last image and one pixel of the one before
        Bytes shortHeader = {0, 0, 8, 3, 0, 0};
        Bytes floats = {0, 0, 0x0d, 3};
        Bytes shortLabels = idxLabels({1, 2, 3});
        shortLabels.pop_back();
        Bytes huge = {0, 0, 8, 3};
        for (int i = 0; i < 3; ++i) putInt(huge, 100000);
        for (bool gzip : {false, true}) {
            const QString tag = gzip ? QStringLiteral(" (gzip)") : QString();
            const QString ext = gzip ? QStringLiteral(".gz") : QStringLiteral(".idx");
            QTest::newRow(qPrintable("labels read as images" + tag))
                << "labels-as-images" + ext << gzip << "images" << bytes(labelsAsImages)
                << "labels-as-images" + ext +
                       ": wrong magic number 0x00000801 (expected 0x00000803: unsigned-byte images, 3 dimensions)";
            QTest::newRow(qPrintable("float images" + tag))
                << "floats" + ext << gzip << "images" << bytes(floats)
                << "floats" + ext +
                       ": wrong magic number 0x00000d03 (expected 0x00000803: unsigned-byte images, 3 dimensions)";
            QTest::newRow(qPrintable("truncated images" + tag))
                << "truncated" + ext << gzip << "images" << bytes(truncated)
                << "truncated" + ext +
                       ": truncated: the header promises 4 images of 3x3, but the file ends after 2 of them";
            QTest::newRow(qPrintable("short header" + tag))
                << "short-header" + ext << gzip << "images" << bytes(shortHeader)
                << "short-header" + ext + ": truncated: the header ends before its 3 sizes";
            QTest::newRow(qPrintable("empty" + tag))
                << "empty" + ext << gzip << "images" << QByteArray()
                << "empty" + ext + ": truncated: the file is shorter than an IDX header (empty?)";
            QTest::newRow(qPrintable("truncated labels" + tag))
                << "short-labels" + ext << gzip << "labels" << bytes(shortLabels)
                << "short-labels" + ext + ": truncated: the header promises 3 labels, but the file ends after 2";
            QTest::newRow(qPrintable("images read as labels" + tag))
                << "images-as-labels" + ext << gzip << "labels" << bytes(idxImages(1, 2, 2))
                << "images-as-labels" + ext +
                       ": wrong magic number 0x00000803 (expected 0x00000801: unsigned-byte labels, 1 dimension)";
            QTest::newRow(qPrintable("too large" + tag))
                << "huge" + ext << gzip << "images" << bytes(huge)
                << "huge" + ext + ": the header promises 100000x100000x100000 values, more than the limit of 100000000";
        }
    }
    void badFiles() {
        QFETCH(QString, file);
        QFETCH(bool, gzip);
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Bytes b(bytes.begin(), bytes.end());
        (gzip ? writeGzip : writePlain)(path(file), b);
        const std::string p = path(file).toStdString();
        const QString got = kind == "images" ? messageOf<DataError>([&] { readIdxImages(p); })
                                             : messageOf<DataError>([&] { readIdxLabels(p); });
        QCOMPARE(got, path(expected));
    }

    void missingAndDirectoryAreNamed() {
        const std::string missing = path("no-such-file.gz").toStdString();
        QCOMPARE(messageOf<DataError>([&] { readIdxImages(missing); }), QString::fromStdString(missing + ": no such file"));
        const std::string folder = m_dir.path().toStdString();
        QCOMPARE(messageOf<DataError>([&] { readIdxLabels(folder); }),
                 QString::fromStdString(folder + ": is a directory, not an IDX file"));
    }

    void damagedGzipIsNamed() {
        Bytes gz;
        {
            writeGzip(path("whole.gz"), idxImages(20, 8, 8));
            std::ifstream in(path("whole.gz").toStdString(), std::ios::binary);
            gz.assign(std::istreambuf_iterator<char>(in), {});
        }
        for (std::size_t i = 30; i < gz.size() - 8; ++i) gz[i] ^= 0x5a;  // scramble the deflate stream
        writePlain(path("damaged.gz"), gz);
        const QString got = messageOf<DataError>([&] { readIdxImages(path("damaged.gz").toStdString()); });
        QVERIFY2(got.startsWith(path("damaged.gz") + ": "), qPrintable(got));
        QVERIFY2(got.contains("damaged compressed data") || got.contains("truncated") || got.contains("magic"),
                 qPrintable(got));
    }

    void countsThatDisagreeAreNamed() {
        writeGzip(path("five-images.gz"), idxImages(5, 2, 2));
        writeGzip(path("four-labels.gz"), idxLabels({0, 1, 0, 1}));
        DataSpec spec;
        spec.generator = "idx";
        spec.idxTrainImages = path("five-images.gz").toStdString();
        spec.idxTrainLabels = path("four-labels.gz").toStdString();
        QCOMPARE(messageOf<DataError>([&] { loadData(spec); }),
                 path("four-labels.gz") + ": 4 labels, but " + path("five-images.gz") + " has 5 images");
    }

    // ---------------------------------------------------------------- IDX as data

    void idxDataWithTestFilesAndSubsets() {
        writeGzip(path("train-images.gz"), idxImages(40, 3, 5));
        Bytes trainLabels;
        for (int i = 0; i < 40; ++i) trainLabels.push_back((unsigned char)(i % 3));
        writeGzip(path("train-labels.gz"), idxLabels(trainLabels));
        writePlain(path("test-images.idx"), idxImages(10, 3, 5));
        writePlain(path("test-labels.idx"), idxLabels({0, 1, 2, 0, 1, 2, 0, 1, 2, 0}));
        DataSpec spec;
        spec.generator = "idx";
        spec.idxTrainImages = path("train-images.gz").toStdString();
        spec.idxTrainLabels = path("train-labels.gz").toStdString();
        spec.idxTestImages = path("test-images.idx").toStdString();
        spec.idxTestLabels = path("test-labels.idx").toStdString();
        const LoadedData all = loadData(spec);
        QCOMPARE(all.data.sampleShape, (Shape{1, 3, 5}));
        QCOMPARE(all.data.numClasses, 3);
        QCOMPARE(all.split.trainX.rows(), Index(40));
        QCOMPARE(all.split.testX.rows(), Index(10));  // the test file is the test set: train_ratio is not used
        // Bytes scaled to 0..1: training image 1, pixel 2 is (7 + 2) / 255.
        QCOMPARE(all.split.trainX(1, 2), 9.0 / 255.0);
        QCOMPARE(all.split.trainY(5, 0), 2.0);
        QCOMPARE(all.split.testY(4, 0), 1.0);

        spec.subset = 12;
        spec.testSubset = 4;
        const LoadedData some = loadData(spec);
        QCOMPARE(some.split.trainX.rows(), Index(12));
        QCOMPARE(some.split.testX.rows(), Index(4));
        // A subset is a random choice with the data seed: the same seed, the same images.
        QVERIFY(bitIdentical(loadData(spec).split.trainX, some.split.trainX));
        spec.seed = 2;
        QVERIFY(!bitIdentical(loadData(spec).split.trainX, some.split.trainX));
        // Each chosen row is one of the file's images, with its own label.
        for (Index r = 0; r < some.split.trainX.rows(); ++r) {
            const int image = int(std::lround(some.split.trainX(r, 0) * 255.0)) / 7;  // pixel 0 is 7 * i % 256, i < 37
            if (image * 7 < 256) QCOMPARE(some.split.trainY(r, 0), double(image % 3));
        }

        // Without test files the training files are split by train_ratio.
        spec.idxTestImages.clear();
        spec.idxTestLabels.clear();
        spec.subset = 0;
        spec.trainRatio = 0.75;
        const LoadedData split = loadData(spec);
        QCOMPARE(split.split.trainX.rows(), Index(30));
        QCOMPARE(split.split.testX.rows(), Index(10));
    }

    void fashionMnistNamesThePackage() {
        const QString got = messageOf<SpecError>([] { fashionMnistFiles("/no/such/folder"); });
        QVERIFY2(got.startsWith("data.generator: fashion_mnist reads /no/such/folder, which is not there"), qPrintable(got));
        QVERIFY2(got.contains("dataset-fashion-mnist"), qPrintable(got));
    }

    void fashionMnistFromDebian() {
        if (!QDir(kFashionMnistFolder).exists())
            QSKIP("Debian's dataset-fashion-mnist is not installed (scripts/install-deps.sh installs it)");
        DataSpec spec;
        spec.generator = "fashion_mnist";
        spec.subset = 500;
        spec.testSubset = 100;
        const LoadedData d = loadData(spec);
        QCOMPARE(d.split.trainX.rows(), Index(500));
        QCOMPARE(d.split.testX.rows(), Index(100));
        QCOMPARE(d.data.sampleShape, (Shape{1, 28, 28}));
        QCOMPARE(d.data.numClasses, 10);
        QCOMPARE(d.data.classNames[9], std::string("Ankle boot"));
        QVERIFY(d.split.trainX.minCoeff() >= 0.0 && d.split.trainX.maxCoeff() <= 1.0);
        QVERIFY(d.split.trainX.maxCoeff() == 1.0);
    }

    // ---------------------------------------------------------------- experiment file

    void experimentFileFields() {
        const Experiment e = readExperimentText(R"({"data": {"generator": "idx", "subset": 100, "test_subset": 20,
            "normalize": "per_channel", "idx": {"train_images": "a.gz", "train_labels": "b.gz"}},
            "network": {"layers": [{"type": "flatten"}, {"type": "dense", "units": 3, "activation": "softmax"}]},
            "loss": "sparse_cce"})", "test");
        QCOMPARE(e.data.subset, 100);
        QCOMPARE(e.data.testSubset, 20);
        QCOMPARE(e.data.normalize, std::string("per_channel"));
        QCOMPARE(e.data.idxTrainImages, std::string("a.gz"));
        QCOMPARE(experimentFromJson(experimentToJson(e)).data, e.data);
    }

    void experimentFileErrorsNameTheField_data() {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("normalize") << R"({"generator": "digits", "normalize": "per_chanel"})"
                                   << "data.normalize: unknown normalisation \"per_chanel\"";
        QTest::newRow("subset") << R"({"generator": "fashion_mnist", "subset": -1})" << "data.subset: -1 is outside";
        QTest::newRow("idx field") << R"({"generator": "idx", "idx": {"train_image": "a"}})"
                                   << "data.idx.train_image: unknown field";
        QTest::newRow("idx without images") << R"({"generator": "idx", "idx": {"train_labels": "a"}})"
                                            << "data.idx.train_images: an idx data set needs its image file";
        QTest::newRow("idx without labels") << R"({"generator": "idx", "idx": {"train_images": "a"}})"
                                            << "data.idx.train_labels: an idx data set needs its label file";
    }
    void experimentFileErrorsNameTheField() {
        QFETCH(QString, data);
        QFETCH(QString, expected);
        const std::string text = R"({"data": )" + data.toStdString() +
                                 R"(, "network": {"layers": [{"type": "flatten"}, {"type": "dense", "units": 10}]}})";
        const QString got = messageOf<SpecError>([&] { readExperimentText(text, "test"); });
        QVERIFY2(got.startsWith(expected), qPrintable(got));
    }

    // ---------------------------------------------------------------- normalisation

    // Two channels of 2x1 pixels; channel 0 holds 1, 3 (mean 2, std 1), channel 1 holds 5, 5 (constant).
    void normalizationPerChannel() {
        Matrix x(2, 4);
        x << 1, 3, 5, 5,   // sample 0: channel 0 = (1, 3), channel 1 = (5, 5)
            3, 1, 5, 5;    // sample 1
        const ChannelNormalization n = fitChannelNormalization(x, Shape{2, 2, 1});
        QCOMPARE(n.mean, (std::vector<double>{2.0, 5.0}));
        QCOMPARE(n.scale, (std::vector<double>{1.0, 1.0}));  // std 1; a constant channel keeps scale 1
        applyNormalization(n, x);
        Matrix expected(2, 4);
        expected << -1, 1, 0, 0, 1, -1, 0, 0;
        QVERIFY(x == expected);
        // A table: every column its own channel, std 2 here ((0 - 2)^2 + (4 - 2)^2) / 2 = 4.
        Matrix t(2, 1);
        t << 0, 4;
        const ChannelNormalization c = fitChannelNormalization(t, Shape{1});
        QCOMPARE(c.scale[0], 0.5);
    }

    // ---------------------------------------------------------------- augmentation

    // A 1x3x4 image with values 1..12: every augmented copy is the image moved
    // by (dx, dy) in -1..1 and maybe mirrored, its uncovered border at the
    // smallest value (1); each of the 18 moves is drawn in 400 tries.
    void augmentationShiftsAndFlips() {
        RowVector image(12), scratch(12);
        for (Index i = 0; i < 12; ++i) image(i) = double(i + 1);
        AugmentSpec spec;
        spec.shift = 1;
        spec.flip = true;
        Rng rng(5);
        std::set<std::tuple<int, int, bool>> seen;
        for (int t = 0; t < 400; ++t) {
            RowVector row = image;
            augmentImage(row, Shape{1, 3, 4}, spec, rng, scratch);
            bool matched = false;
            for (int dy = -1; dy <= 1 && !matched; ++dy)
                for (int dx = -1; dx <= 1 && !matched; ++dx)
                    for (bool mirror : {false, true}) {
                        RowVector expected(12);
                        for (int y = 0; y < 3; ++y)
                            for (int x = 0; x < 4; ++x) {
                                const int sy = y - dy, shifted = x - dx, sx = mirror ? 3 - shifted : shifted;
                                const bool inside = sy >= 0 && sy < 3 && shifted >= 0 && shifted < 4;
                                expected(y * 4 + x) = inside ? image(sy * 4 + sx) : 1.0;
                            }
                        if (row == expected) {
                            matched = true;
                            seen.insert({dx, dy, mirror});
                            break;
                        }
                    }
            QVERIFY2(matched, qPrintable(QString("try %1 is no shifted or mirrored copy").arg(t)));
        }
        QCOMPARE(int(seen.size()), 18);
    }

    void augmentationNoiseHasItsStandardDeviation() {
        RowVector row = RowVector::Zero(20000), scratch(20000);
        AugmentSpec spec;
        spec.noise = 0.2;
        Rng rng(1);
        augmentImage(row, Shape{1, 100, 200}, spec, rng, scratch);
        const double mean = row.mean();
        const double sd = std::sqrt((row.array() - mean).square().mean());
        QVERIFY2(std::abs(mean) < 0.01 && std::abs(sd - 0.2) < 0.01, qPrintable(QString("mean %1, sd %2").arg(mean).arg(sd)));
    }

    // Only training batches are augmented: the test set the task evaluates is
    // the data's own, and the experiment file reads and names the fields.
    void augmentationInTheExperiment() {
        const Experiment e = readExperimentText(R"({"data": {"generator": "digits", "points": 100,
            "augment": {"shift": 2, "flip": true, "noise": 0.05}},
            "network": {"layers": [{"type": "flatten"}, {"type": "dense", "units": 10, "activation": "softmax"}]},
            "loss": "sparse_cce"})", "test");
        QCOMPARE(e.data.augment.shift, 2);
        QVERIFY(e.data.augment.flip);
        QCOMPARE(e.data.augment.noise, 0.05);
        QCOMPARE(experimentFromJson(experimentToJson(e)).data, e.data);
        const QString got = messageOf<SpecError>([] {
            readExperimentText(R"({"data": {"generator": "digits", "augment": {"shift": 9}}})", "test");
        });
        QVERIFY2(got.startsWith("data.augment.shift: 9 is outside 0 .. 8"), qPrintable(got));
        const QString field = messageOf<SpecError>([] {
            readExperimentText(R"({"data": {"generator": "digits", "augment": {"rotate": 9}}})", "test");
        });
        QVERIFY2(field.startsWith("data.augment.rotate: unknown field"), qPrintable(field));
    }

    // ---------------------------------------------------------------- digits

    void digitsAreDeterministic() {
        const LoadedData a = loadData(digitsSpec(60, 0.1, 7)), b = loadData(digitsSpec(60, 0.1, 7));
        QVERIFY(bitIdentical(a.data.points, b.data.points));
        QVERIFY(bitIdentical(a.split.trainX, b.split.trainX));
        QVERIFY(!bitIdentical(a.data.points, loadData(digitsSpec(60, 0.1, 8)).data.points));
        QCOMPARE(a.data.sampleShape, (Shape{1, 28, 28}));
        QCOMPARE(a.data.numClasses, 10);
        QVERIFY(a.data.points.minCoeff() >= 0.0 && a.data.points.maxCoeff() <= 1.0);
    }

    // The mean image of each class differs clearly from every other class's,
    // and each digit has ink (a pen line) but far from all pixels.
    void digitClassesDiffer() {
        const Dataset d = loadData(digitsSpec(500, 0.0, 3)).data;
        Matrix mean = Matrix::Zero(10, 784);
        std::vector<int> count(10, 0);
        for (Index i = 0; i < d.size(); ++i) {
            const int k = int(d.targets(i, 0));
            mean.row(k) += d.points.row(i);
            ++count[std::size_t(k)];
            const double ink = d.points.row(i).sum();
            QVERIFY2(ink > 20.0 && ink < 250.0, qPrintable(QString("image %1 has ink %2").arg(i).arg(ink)));
        }
        for (int k = 0; k < 10; ++k) {
            QCOMPARE(count[std::size_t(k)], 50);
            mean.row(k) /= 50.0;
        }
        for (int a = 0; a < 10; ++a)
            for (int b = a + 1; b < 10; ++b) {
                const double distance = (mean.row(a) - mean.row(b)).norm();
                QVERIFY2(distance > 2.0, qPrintable(QString("digits %1 and %2: mean images %3 apart").arg(a).arg(b).arg(distance)));
            }
    }

    // A small CNN (conv 4@5x5, pool, conv 8@5x5, pool, dense 10) learns the
    // digits through the supervised task: at least 95 % of 200 unseen test
    // images right after 150 steps of 32 (0.985 when written).
    void smallCnnLearnsTheDigits() {
        const Experiment e = readExperimentText(R"({
            "seed": 3,
            "data": {"generator": "digits", "points": 1000, "noise": 0.1, "train_ratio": 0.8, "seed": 4,
                     "normalize": "per_channel"},
            "network": {"layers": [
                {"type": "conv2d", "units": 4, "kernel": 5, "activation": "relu", "weight_init": "he_uniform"},
                {"type": "maxpool2d", "kernel": 2},
                {"type": "conv2d", "units": 8, "kernel": 5, "activation": "relu", "weight_init": "he_uniform"},
                {"type": "maxpool2d", "kernel": 2},
                {"type": "flatten"},
                {"type": "dense", "units": 10, "activation": "softmax", "weight_init": "glorot_uniform"}]},
            "loss": "sparse_cce", "optimizer": {"name": "adam", "lr": 0.005}, "batch_size": 32, "epochs": 6})",
                                                "digits");
        const std::unique_ptr<Task> task = makeTask(e);
        for (int i = 0; i < 150 && !task->finished(); ++i) task->step();  // 150 steps = 6 epochs of 25
        QVERIFY(!task->history().empty());
        const double accuracy = task->history().back().values[kTestMetric];
        QVERIFY2(accuracy >= 0.95, qPrintable(QString("test accuracy %1 after %2 steps").arg(accuracy).arg(task->stepCount())));
    }
};

QTEST_APPLESS_MAIN(TestImageData)
#include "tst_image_data.moc"
