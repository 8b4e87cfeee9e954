// Data sets, features, CSV import, split and target encodings (core/data/).
// Generator tests run one row per generatorTable() entry, feature tests one
// row per featureTable() entry, so a new entry is tested without new code.
#include <QtTest>

#include "Error.h"
#include "MessageOf.h"
#include "data/Csv.h"
#include "data/Dataset.h"
#include "data/Features.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

using namespace nnlab;

Q_DECLARE_METATYPE(nnlab::Matrix)

namespace {

// tests/data/csv/. NNLAB_TEST_DATA_DIR is meant to be tests/data; if it is
// expanded per calling folder (tests/core/data), take the folder beside this file.
QString csvDir() {
    const QString fromMacro = QStringLiteral(NNLAB_TEST_DATA_DIR "/csv/");
    if (QDir(fromMacro).exists()) return fromMacro;
    return QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../data/csv/");
}

// Reads a fixture with its bare file name as the source, so messages are exact.
CsvTable readFixture(const QString& file) {
    const QString path = csvDir() + file;
    std::ifstream in(path.toStdString(), std::ios::binary);
    if (!in) throw std::runtime_error("fixture missing: " + path.toStdString());
    return readCsv(in, file.toStdString());
}

DataSpec specFor(const std::string& generator, int points, double noise) {
    DataSpec s;
    s.generator = generator;
    s.points = points;
    s.noise = noise;
    const GeneratorInfo& info = findGenerator(generator);
    s.classes = info.supportsClasses ? info.maxClasses : 2;
    return s;
}

Dataset make(const DataSpec& spec, std::uint64_t seed) {
    Rng rng(seed);
    return generate(spec, rng);
}

bool bitIdentical(const Matrix& a, const Matrix& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

bool sameMatrix(const Matrix& a, const Matrix& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

QString describe(const Matrix& a, const Matrix& b) {
    std::ostringstream s;
    s << "actual (" << a.rows() << "x" << a.cols() << "):\n" << a << "\nexpected (" << b.rows() << "x" << b.cols()
      << "):\n" << b;
    return QString::fromStdString(s.str());
}

#define COMPARE_MATRIX(actual, expected)                                 \
    do {                                                                 \
        const Matrix a_ = (actual), e_ = (expected);                     \
        QVERIFY2(sameMatrix(a_, e_), qPrintable(describe(a_, e_)));      \
    } while (false)


}  // namespace

class TestData : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QDir(csvDir()).exists(), qPrintable("CSV fixtures missing: " + csvDir()));
        QVERIFY(QFile::exists(csvDir() + "good_header.csv"));
    }

    // ---------------------------------------------------------------- generators

    void generators_data() {
        QTest::addColumn<QString>("name");
        int rows = 0;
        for (const GeneratorInfo& g : generatorTable())
            if (g.source == DataSource::Formula && g.isPlane() && g.fixedPoints == 0) {
                QTest::newRow(g.name) << QString(g.name);
                ++rows;
            }
        QCOMPARE(rows, 11);
    }

    void shapesLabelsAndRange_data() { generators_data(); }
    void shapesLabelsAndRange() {
        QFETCH(QString, name);
        const GeneratorInfo& info = findGenerator(name.toStdString());
        for (double noise : {0.0, 0.3}) {
            const DataSpec spec = specFor(info.name, 301, noise);  // 301: not a multiple of K
            const Dataset d = make(spec, 3);
            QCOMPARE(d.points.rows(), Index(301));
            QCOMPARE(d.points.cols(), Index(2));
            QCOMPARE(d.targets.rows(), Index(301));
            QCOMPARE(d.targets.cols(), Index(1));
            QVERIFY(d.points.allFinite());
            QVERIFY(d.targets.allFinite());
            QCOMPARE(d.inputNames, (std::vector<std::string>{"x1", "x2"}));
            QVERIFY(d.kind == info.kind);
            if (noise == 0.0) {  // Playground's plane is [-6, 6]^2; only Gaussian tails may leave it
                const Index outside = (d.points.cwiseAbs().rowwise().maxCoeff().array() > 6.0).count();
                QVERIFY2(outside <= 3, qPrintable(QString("%1 points outside").arg(outside)));
                QVERIFY(d.points.cwiseAbs().maxCoeff() < 8.0);
            }
            if (info.kind == ProblemKind::Regression) {
                QCOMPARE(d.numClasses, 0);
                QVERIFY(d.classNames.empty());
                QVERIFY(d.targets.cwiseAbs().maxCoeff() <= 2.0);  // (6 + 6 * 0.3) * 2 / 10 = 1.56
                continue;
            }
            QCOMPARE(d.numClasses, spec.classes);
            QCOMPARE(int(d.classNames.size()), spec.classes);
            std::vector<int> count(std::size_t(d.numClasses), 0);
            for (Index i = 0; i < d.size(); ++i) {
                const double y = d.targets(i, 0);
                QVERIFY2(y == std::floor(y) && y >= 0 && y < d.numClasses, qPrintable(QString::number(y)));
                ++count[std::size_t(y)];
            }
            for (int k = 0; k < d.numClasses; ++k) QVERIFY2(count[std::size_t(k)] > 0, qPrintable(QString("class %1 missing").arg(k)));
        }
    }

    void sameSeedIsBitIdentical_data() { generators_data(); }
    void sameSeedIsBitIdentical() {
        QFETCH(QString, name);
        const DataSpec spec = specFor(name.toStdString(), 200, 0.25);
        const Dataset a = make(spec, 42), b = make(spec, 42);
        QVERIFY(bitIdentical(a.points, b.points));
        QVERIFY(bitIdentical(a.targets, b.targets));
    }

    void differentSeedDiffers_data() { generators_data(); }
    void differentSeedDiffers() {
        QFETCH(QString, name);
        const DataSpec spec = specFor(name.toStdString(), 200, 0.25);
        QVERIFY(!bitIdentical(make(spec, 1).points, make(spec, 2).points));
    }

    void noiseChangesTheData_data() { generators_data(); }
    void noiseChangesTheData() {
        QFETCH(QString, name);
        if (!findGenerator(name.toStdString()).usesNoise) QSKIP("this set has no noise (random labels are all noise)");
        const Dataset quiet = make(specFor(name.toStdString(), 300, 0.0), 5);
        const Dataset noisy = make(specFor(name.toStdString(), 300, 0.5), 5);
        QVERIFY(!bitIdentical(quiet.points, noisy.points) || !bitIdentical(quiet.targets, noisy.targets));
    }

    void classesShareOutEvenly_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("classes");
        for (const GeneratorInfo& g : generatorTable())
            if (g.supportsClasses)
                for (int k = g.minClasses; k <= g.maxClasses; ++k)
                    QTest::addRow("%s/%d", g.name, k) << QString(g.name) << k;
    }
    void classesShareOutEvenly() {
        QFETCH(QString, name);
        QFETCH(int, classes);
        DataSpec spec = specFor(name.toStdString(), 503, 0.1);
        spec.classes = classes;
        const Dataset d = make(spec, 9);
        QCOMPARE(d.numClasses, classes);
        std::vector<int> count(std::size_t(classes), 0);
        for (Index i = 0; i < d.size(); ++i) ++count[std::size_t(d.targets(i, 0))];
        for (int k = 0; k < classes; ++k) {
            const int expected = 503 / classes + (k < 503 % classes ? 1 : 0);
            QCOMPARE(count[std::size_t(k)], expected);
        }
    }

    // ConvNetJS classify2d's "simple": its 13 points whatever "points" says,
    // 8 of class 1 and 5 of class 0 (its labels 1,1,1,1,1,0,0,0,0,0,1,1,1).
    void convnetSimpleIsItsThirteenPoints() {
        for (int asked : {13, 500}) {
            const Dataset d = make(specFor("simple", asked, 0.3), 1);
            QCOMPARE(d.points.rows(), Index(13));
            QCOMPARE(d.points(0, 0), -0.4326);
            QCOMPARE(d.points(1, 1), 4.0);
            QCOMPARE(d.points(12, 1), -2.2);
            QCOMPARE(int(d.targets.sum()), 8);
            QCOMPARE(d.targets(5, 0), 0.0);
            QVERIFY(bitIdentical(d.points, make(specFor("simple", 13, 0.0), 7).points));  // no rng, no noise
        }
    }

    // Random labels: a fair coin per point, independent of where it lies, so
    // no rule of the plane predicts them; about half of each class.
    void randomLabelsAreCoinFlips() {
        const Dataset d = make(specFor("random_labels", 4000, 0.0), 3);
        QVERIFY(d.points.cwiseAbs().maxCoeff() <= 5.0);
        const double share = d.targets.mean();
        QVERIFY2(std::abs(share - 0.5) < 0.03, qPrintable(QString::number(share)));
        // The left and right halves have the same share: position says nothing.
        double left = 0, nLeft = 0, right = 0, nRight = 0;
        for (Index i = 0; i < d.size(); ++i) (d.points(i, 0) < 0 ? left : right) += d.targets(i, 0), (d.points(i, 0) < 0 ? nLeft : nRight) += 1;
        QVERIFY(std::abs(left / nLeft - right / nRight) < 0.05);
        QCOMPARE(findGenerator("random_labels").suggestedPoints, 40);  // ConvNetJS's 40
    }

    void xorLabelsFollowTheSignOfX1X2() {
        const Dataset d = make(specFor("xor", 500, 0.0), 11);
        for (Index i = 0; i < d.size(); ++i) {
            const double x = d.points(i, 0), y = d.points(i, 1);
            QVERIFY(std::abs(x) >= 0.3 && std::abs(y) >= 0.3);  // Playground's padding off the axes
            QCOMPARE(d.targets(i, 0), x * y >= 0 ? 1.0 : 0.0);
        }
        // With noise some labels flip, near the axes only.
        const Dataset noisy = make(specFor("xor", 500, 0.5), 11);
        int flipped = 0;
        for (Index i = 0; i < noisy.size(); ++i)
            flipped += noisy.targets(i, 0) != (noisy.points(i, 0) * noisy.points(i, 1) >= 0 ? 1.0 : 0.0);
        QVERIFY2(flipped > 10 && flipped < 250, qPrintable(QString::number(flipped)));
    }

    void circleLabelsFollowTheRadius() {
        const Dataset d = make(specFor("circle", 500, 0.0), 12);
        int inner = 0;
        for (Index i = 0; i < d.size(); ++i) {
            const double r = d.points.row(i).norm();
            const bool isInner = r < 2.5;  // R/2 with R = 5
            QCOMPARE(d.targets(i, 0), isInner ? 1.0 : 0.0);
            QVERIFY(isInner || (r >= 3.5 && r <= 5.0));  // the ring 0.7 R .. R
            inner += isInner;
        }
        QCOMPARE(inner, 250);
    }

    void checkerboardLabelsFollowTheCells() {
        const Dataset d = make(specFor("checkerboard", 500, 0.0), 13);
        for (Index i = 0; i < d.size(); ++i) {
            const int cx = int(std::floor((d.points(i, 0) + 6) / 3)), cy = int(std::floor((d.points(i, 1) + 6) / 3));
            QVERIFY(cx >= 0 && cx < 4 && cy >= 0 && cy < 4);
            QCOMPARE(d.targets(i, 0), double((cx + cy) % 2));
        }
    }

    void gaussianClassesSitAtPlaygroundCentres() {
        const Dataset d = make(specFor("gaussian", 2000, 0.0), 14);
        RowVector sum1 = RowVector::Zero(2), sum0 = RowVector::Zero(2);
        for (Index i = 0; i < d.size(); ++i) (d.targets(i, 0) == 1.0 ? sum1 : sum0) += d.points.row(i);
        QVERIFY((sum1 / 1000.0 - RowVector::Constant(2, 2.0)).norm() < 0.15);   // class 1 = Playground +1 at (2, 2)
        QVERIFY((sum0 / 1000.0 - RowVector::Constant(2, -2.0)).norm() < 0.15);
    }

    void spiralMatchesPlaygroundAtNoiseZero() {
        // Arm of class 1, point i of m = 250: r = 5 i / m, t = 1.75 * 2 pi i / m.
        const Dataset d = make(specFor("spiral", 500, 0.0), 15);
        const int i = 100;
        const double r = 5.0 * i / 250.0, t = 1.75 * 2.0 * M_PI * i / 250.0;
        QCOMPARE(d.targets(i, 0), 1.0);
        QVERIFY(std::abs(d.points(i, 0) - r * std::sin(t)) < 1e-12);
        QVERIFY(std::abs(d.points(i, 1) - r * std::cos(t)) < 1e-12);
        // Class 0 is the same arm turned by pi: (x, y) -> (-x, -y).
        QCOMPARE(d.targets(250 + i, 0), 0.0);
        QVERIFY(std::abs(d.points(250 + i, 0) + r * std::sin(t)) < 1e-12);
    }

    void regressionTargetsAtNoiseZero() {
        const Dataset plane = make(specFor("reg_plane", 300, 0.0), 16);
        for (Index i = 0; i < plane.size(); ++i)  // (x + y) / 10, Playground's plane
            QVERIFY(std::abs(plane.targets(i, 0) - (plane.points(i, 0) + plane.points(i, 1)) / 10.0) < 1e-15);
        const Dataset bumps = make(specFor("reg_gaussian", 1200, 0.0), 16);
        for (Index i = 0; i < bumps.size(); ++i) {
            const double x = bumps.points(i, 0), y = bumps.points(i, 1);
            // Near the +1 bump at (-4, 2.5): 1 - dist / 2. Far from all six bumps: 0.
            const double dist = std::hypot(x + 4, y - 2.5);
            if (dist < 1.0) QVERIFY(std::abs(bumps.targets(i, 0) - (1.0 - dist / 2.0)) < 1e-12);
            if (std::abs(y) < 0.5) QCOMPARE(bumps.targets(i, 0), 0.0);  // 2 away from every centre row
        }
    }

    void badSpecsNameTheField_data() {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("noise");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << "spirl" << 2 << 100 << 0.0
            << "data.generator: unknown generator \"spirl\" (known: circle, xor, gaussian, spiral, moons, "
               "checkerboard, blobs, multi_spiral, simple, random_labels, reg_plane, reg_gaussian, bars, adding, sines, sines_steps, recall, text, digits, fashion_mnist, idx, image_folder, csv, custom; did you mean \"spiral\"?)";
        QTest::newRow("blobs 1 class") << "blobs" << 1 << 100 << 0.0 << "data.classes: blobs takes 2 to 6 classes, got 1";
        QTest::newRow("multi_spiral 7") << "multi_spiral" << 7 << 100 << 0.0
                                        << "data.classes: multi_spiral takes 2 to 6 classes, got 7";
        QTest::newRow("no points") << "circle" << 2 << 0 << 0.0 << "data.points: expected 2 to 1000000, got 0";
        QTest::newRow("fewer points than classes") << "blobs" << 5 << 4 << 0.0 << "data.points: expected 5 to 1000000, got 4";
        QTest::newRow("noise") << "xor" << 2 << 100 << 0.9 << "data.noise: expected 0 to 0.8 (0.5 is 50 %), got 0.9";
        QTest::newRow("negative noise") << "xor" << 2 << 100 << -0.1 << "data.noise: expected 0 to 0.8 (0.5 is 50 %), got -0.1";
        QTest::newRow("problem") << "custom" << 2 << 100 << 0.0
            << "data.problem: unknown problem \"classfication\" (known: auto, classification, regression; did you mean \"classification\"?)";
    }
    void badSpecsNameTheField() {
        QFETCH(QString, generator);
        QFETCH(int, classes);
        QFETCH(int, points);
        QFETCH(double, noise);
        QFETCH(QString, message);
        DataSpec spec;
        spec.generator = generator.toStdString();
        spec.classes = classes;
        spec.points = points;
        spec.noise = noise;
        if (generator == "custom") {
            spec.problem = "classfication";
            spec.customPoints = Matrix::Zero(2, 2);
            spec.customTargets = Matrix::Zero(2, 1);
        }
        QCOMPARE(messageOf<SpecError>([&] { make(spec, 1); }), message);
    }

    void fixedSetsIgnoreTheClassesField() {
        DataSpec spec = specFor("circle", 100, 0.0);
        spec.classes = 5;
        QCOMPARE(make(spec, 1).numClasses, 2);
    }

    // ---------------------------------------------------------------- split

    void splitRespectsTheRatio_data() {
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<int>("train");
        QTest::newRow("50%") << 500 << 0.5 << 250;
        QTest::newRow("10%") << 500 << 0.1 << 50;
        QTest::newRow("70% of 10") << 10 << 0.7 << 7;  // 0.7 * 10 is 6.9999... in doubles
        QTest::newRow("90% of 33") << 33 << 0.9 << 29;  // floor(29.7)
        QTest::newRow("all") << 40 << 1.0 << 40;
        QTest::newRow("at least one") << 5 << 0.1 << 1;
    }
    void splitRespectsTheRatio() {
        QFETCH(int, points);
        QFETCH(double, ratio);
        QFETCH(int, train);
        const Dataset d = make(specFor("spiral", points, 0.1), 4);
        Rng rng(8);
        const Split s = splitDataset(d, ratio, rng);
        QCOMPARE(s.trainX.rows(), Index(train));
        QCOMPARE(s.trainY.rows(), Index(train));
        QCOMPARE(s.testX.rows(), Index(points - train));
        QCOMPARE(s.testY.rows(), Index(points - train));
        QCOMPARE(s.trainX.cols(), Index(2));
        // Disjoint, and together every point once.
        std::set<Index> seen(s.trainIndex.begin(), s.trainIndex.end());
        for (Index i : s.testIndex) QVERIFY(seen.insert(i).second);
        QCOMPARE(int(seen.size()), points);
        QCOMPARE(*seen.rbegin(), Index(points - 1));
        for (std::size_t k = 0; k < s.trainIndex.size(); ++k) {
            COMPARE_MATRIX(s.trainX.row(Index(k)), d.points.row(s.trainIndex[k]));
            QCOMPARE(s.trainY(Index(k), 0), d.targets(s.trainIndex[k], 0));
        }
        for (std::size_t k = 0; k < s.testIndex.size(); ++k)
            COMPARE_MATRIX(s.testX.row(Index(k)), d.points.row(s.testIndex[k]));
    }

    void splitShufflesDeterministically() {
        const Dataset d = make(specFor("circle", 200, 0.0), 4);
        Rng a(8), b(8), c(9);
        const Split sa = splitDataset(d, 0.5, a), sb = splitDataset(d, 0.5, b), sc = splitDataset(d, 0.5, c);
        QVERIFY(sa.trainIndex == sb.trainIndex);
        QVERIFY(sa.trainIndex != sc.trainIndex);
        // Shuffled: the training half is not simply the first 100 (all class 1 for circle).
        QVERIFY(sa.trainY.minCoeff() == 0.0 && sa.trainY.maxCoeff() == 1.0);
    }

    void splitRejectsBadRatio() {
        const Dataset d = make(specFor("circle", 20, 0.0), 4);
        Rng rng(1);
        QCOMPARE(messageOf<SpecError>([&] { splitDataset(d, 0.0, rng); }),
                 QString("data.trainRatio: expected more than 0 and at most 1 (0.5 is 50 %), got 0"));
        QVERIFY(messageOf<SpecError>([&] { splitDataset(d, 1.5, rng); }).startsWith("data.trainRatio: "));
    }

    void loadDataUsesTheDataSeed() {
        DataSpec spec = specFor("moons", 120, 0.2);
        spec.seed = 77;
        spec.trainRatio = 0.75;
        const LoadedData a = loadData(spec), b = loadData(spec);
        QVERIFY(bitIdentical(a.data.points, b.data.points));
        QVERIFY(bitIdentical(a.split.trainX, b.split.trainX));
        QCOMPARE(a.split.trainX.rows(), Index(90));
        spec.seed = 78;
        QVERIFY(!bitIdentical(a.data.points, loadData(spec).data.points));
    }

    void specEquality() {
        DataSpec a, b;
        QVERIFY(a == b);
        b.customPoints = Matrix::Zero(1, 2);
        QVERIFY(a != b);
        a.customPoints = Matrix::Zero(1, 2);
        QVERIFY(a == b);
        b.noise = 0.05;
        QVERIFY(a != b);
    }

    // ---------------------------------------------------------------- features

    void features_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("expected");  // at (x1, x2) = (0.7, -1.3)
        const double x1 = 0.7, x2 = -1.3;
        const std::vector<std::pair<const char*, double>> expected = {
            {"x1", x1}, {"x2", x2}, {"x1_sq", 0.49}, {"x2_sq", 1.69}, {"x1_x2", -0.91},
            {"sin_x1", std::sin(x1)}, {"sin_x2", std::sin(x2)}};
        QCOMPARE(featureTable().size(), expected.size());
        for (std::size_t k = 0; k < expected.size(); ++k) {
            QCOMPARE(QString(featureTable()[k].name), QString(expected[k].first));  // Playground order
            QTest::newRow(expected[k].first) << QString(expected[k].first) << expected[k].second;
        }
    }
    void features() {
        QFETCH(QString, name);
        QFETCH(double, expected);
        Matrix p(3, 2);
        p << 0.7, -1.3,  //
            0.0, 0.0,    //
            -2.0, 3.0;
        const Matrix f = applyFeatures(p, {name.toStdString()});
        QCOMPARE(f.rows(), Index(3));
        QCOMPARE(f.cols(), Index(1));
        QVERIFY2(std::abs(f(0, 0) - expected) < 1e-15, qPrintable(QString::number(f(0, 0), 'g', 17)));
        QCOMPARE(f(1, 0), 0.0);  // every Playground feature is 0 at the origin
        QVERIFY(std::strlen(findFeature(name.toStdString()).label) > 0);
    }

    void featuresKeepTheListedOrder() {
        Matrix p(2, 2);
        p << 2.0, 3.0,  //
            -1.0, 0.5;
        const Matrix f = applyFeatures(p, {"x1_x2", "x1", "sin_x2", "x2_sq"});
        Matrix expected(2, 4);
        expected << 6.0, 2.0, std::sin(3.0), 9.0,  //
            -0.5, -1.0, std::sin(0.5), 0.25;
        COMPARE_MATRIX(f, expected);
    }

    void featureErrors() {
        const Matrix p = Matrix::Zero(2, 2);
        QCOMPARE(messageOf<SpecError>([&] { applyFeatures(p, {"x1", "x3"}); }),
                 QString("features[1]: unknown feature \"x3\" (known: x1, x2, x1_sq, x2_sq, x1_x2, sin_x1, "
                         "sin_x2; did you mean \"x1\"?)"));
        QCOMPARE(messageOf<SpecError>([&] { applyFeatures(p, {"x1", "x2", "x1"}); }),
                 QString("features[2]: \"x1\" is listed twice"));
        QVERIFY(messageOf<SpecError>([&] { applyFeatures(Matrix::Zero(2, 4), {"x1"}); }).startsWith("features: "));
        // No features: the inputs as they are (CSV data with 4 columns).
        const Matrix four = Matrix::Random(3, 4);
        COMPARE_MATRIX(applyFeatures(four, {}), four);
    }

    // ---------------------------------------------------------------- CSV

    void csvWithHeader() {
        const CsvTable t = readFixture("good_header.csv");
        QVERIFY(t.hasHeader);
        QCOMPARE(t.header, (std::vector<std::string>{"x1", "x2", "label"}));
        QCOMPARE(t.values.rows(), Index(4));
        QCOMPARE(t.values(1, 1), 0.3);  // "3e-1"
        QCOMPARE(t.lines, (std::vector<int>{2, 3, 4, 5}));
        const Dataset d = datasetFromCsv(t, -1, {});
        QVERIFY(d.kind == ProblemKind::Classification);
        QCOMPARE(d.numClasses, 2);
        QCOMPARE(d.inputNames, (std::vector<std::string>{"x1", "x2"}));
        QCOMPARE(d.points(0, 0), 1.5);
        QCOMPARE(d.points(3, 0), -3.5);
        QCOMPARE(d.targets(2, 0), 1.0);
    }

    void csvSemicolonWithDecimalComma() {
        const CsvTable t = readFixture("semicolon_decimal_comma.csv");
        QCOMPARE(t.header, (std::vector<std::string>{"a", "b", "y"}));
        Matrix expected(3, 3);
        expected << 1.5, 2, 0.25,  //
            -3, 4.75, 1.5,         //
            0, 0, -0.5;
        COMPARE_MATRIX(t.values, expected);
        QCOMPARE(t.lines, (std::vector<int>{2, 3, 5}));  // the blank line 4 is skipped
        const Dataset d = datasetFromCsv(t, 2, {});
        QVERIFY(d.kind == ProblemKind::Regression);  // not integers
        QCOMPARE(d.numClasses, 0);
        QCOMPARE(d.targets(1, 0), 1.5);
    }

    void csvTabQuotedBomCrlf() {
        const CsvTable t = readFixture("tab_quoted_bom_crlf.tsv");
        QCOMPARE(t.header, (std::vector<std::string>{"first x", "second, x", "class"}));
        QCOMPARE(t.values(2, 1), 7.0);  // "7" quoted
        // Integer targets 3, 7, 5: classes renumbered by value, names kept.
        const Dataset d = datasetFromCsv(t, -1, {});
        QVERIFY(d.kind == ProblemKind::Classification);
        QCOMPARE(d.classNames, (std::vector<std::string>{"3", "5", "7"}));
        QCOMPARE(d.targets(0, 0), 0.0);
        QCOMPARE(d.targets(1, 0), 2.0);
        QCOMPARE(d.targets(2, 0), 1.0);
        // Asked for regression, the values stay.
        QCOMPARE(datasetFromCsv(t, -1, {}, ProblemKind::Regression).targets(1, 0), 7.0);
    }

    void csvWithoutHeader() {
        const CsvTable t = readFixture("no_header.csv");
        QVERIFY(!t.hasHeader);
        QCOMPARE(t.header, (std::vector<std::string>{"x1", "x2", "x3"}));
        QCOMPARE(t.values(1, 2), 0.6);
        // Choosing columns: target 0, input 2 only.
        const Dataset d = datasetFromCsv(t, 0, {2});
        QCOMPARE(d.inputNames, (std::vector<std::string>{"x3"}));
        QCOMPARE(d.points.cols(), Index(1));
        QCOMPARE(d.points(0, 0), 0.3);
        QCOMPARE(d.targets(1, 0), 0.4);
        QVERIFY(d.kind == ProblemKind::Regression);
    }

    void csvErrors_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad cell") << "bad_cell.csv" << "bad_cell.csv:4: column 2 \"abc\" is not a number";
        QTest::newRow("ragged") << "ragged.csv" << "ragged.csv:3: 2 columns, expected 3 as in line 1";
        QTest::newRow("empty") << "empty.csv" << "empty.csv: the file is empty";
        QTest::newRow("header only") << "header_only.csv" << "header_only.csv: only a header row, no data";
        QTest::newRow("non-numeric target") << "mixed_target.csv" << "mixed_target.csv:5: column 3 \"abc\" is not a number";
    }
    void csvErrors() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QVERIFY(QFile::exists(csvDir() + file));
        QCOMPARE(messageOf<DataError>([&] { readFixture(file); }), message);
    }

    void csvSmallErrorsInline_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing value") << "1,2,0\n3,,1\n" << "s.csv:2: column 2 is empty (missing values are not supported)";
        QTest::newRow("infinite") << "1,2,0\n3,1e999,1\n" << "s.csv:2: column 2 \"1e999\" is not a finite number";
        QTest::newRow("nan") << "1,2,0\nnan,4,1\n" << "s.csv:2: column 1 \"nan\" is not a finite number";
        QTest::newRow("open quote") << "1,\"2,0\n" << "s.csv:1: a quote is not closed";
        QTest::newRow("nothing") << "" << "s.csv: the file is empty";
    }
    void csvSmallErrorsInline() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        std::istringstream in(text.toStdString());
        QCOMPARE(messageOf<DataError>([&] { readCsv(in, "s.csv"); }), message);
    }

    void csvNumbersIgnoreTheLocale() {
        std::istringstream in("+1.25,-2e3,0\n.5,7.,1\n");
        const CsvTable t = readCsv(in, "n.csv");
        QCOMPARE(t.values(0, 0), 1.25);
        QCOMPARE(t.values(0, 1), -2000.0);
        QCOMPARE(t.values(1, 0), 0.5);
        QCOMPARE(t.values(1, 1), 7.0);
    }

    void csvTextTargetIsAClassification() {
        const CsvTable t = readFixture("text_target.csv");
        QVERIFY(t.hasHeader);
        QVERIFY(t.isText(2));
        const Dataset d = datasetFromCsv(t, -1, {});
        QVERIFY(d.kind == ProblemKind::Classification);
        QCOMPARE(d.numClasses, 3);
        QCOMPARE(d.classNames, (std::vector<std::string>{"setosa", "versicolor", "virginica"}));
        QCOMPARE(d.targets(3, 0), 0.0);  // setosa again
        QCOMPARE(d.targets(4, 0), 1.0);
        QCOMPARE(messageOf<DataError>([&] { datasetFromCsv(t, -1, {}, ProblemKind::Regression); }),
                 QString("text_target.csv: the target column 3 (\"species\") holds text, so it cannot be a "
                         "regression target"));
    }

    void csvColumnErrors() {
        const CsvTable text = readFixture("text_input.csv");
        QCOMPARE(messageOf<DataError>([&] { datasetFromCsv(text, -1, {}); }),
                 QString("text_input.csv: column 1 (\"colour\") holds text (\"red\"); inputs must be numbers"));
        QVERIFY(datasetFromCsv(text, -1, {1}).numClasses == 2);  // leaving the text column out is fine

        const CsvTable good = readFixture("good_header.csv");
        QCOMPARE(messageOf<SpecError>([&] { datasetFromCsv(good, 3, {}); }),
                 QString("data.csv.target_column: column 3 is outside 0..2 (good_header.csv has 3 columns; -1 is the last)"));
        QCOMPARE(messageOf<SpecError>([&] { datasetFromCsv(good, 2, {0, 2}); }),
                 QString("data.csv.input_columns[1]: column 2 is the target column"));
        QCOMPARE(messageOf<SpecError>([&] { datasetFromCsv(good, 2, {1, -2}); }),
                 QString("data.csv.input_columns[1]: column 1 is listed twice"));
        // One class only.
        std::istringstream one("1,5\n2,5\n");
        QCOMPARE(messageOf<DataError>([&] { datasetFromCsv(readCsv(one, "o.csv"), -1, {}, ProblemKind::Classification); }),
                 QString("o.csv: the target column 2 has only one value (\"5\"); a classification needs at least 2 classes"));
    }

    void csvThroughTheSpec() {
        DataSpec spec;
        spec.generator = "csv";
        spec.csvPath = (csvDir() + "text_target.csv").toStdString();
        const Dataset d = make(spec, 1);
        QCOMPARE(d.size(), Index(5));
        QCOMPARE(d.numClasses, 3);
        spec.csvPath = (csvDir() + "no_such_file.csv").toStdString();
        QCOMPARE(messageOf<DataError>([&] { make(spec, 1); }),
                 QString::fromStdString(spec.csvPath + ": cannot open the file (No such file or directory)"));
        spec.csvPath = (csvDir() + "bad_cell.csv").toStdString();  // the path leads the message
        QCOMPARE(messageOf<DataError>([&] { make(spec, 1); }),
                 QString::fromStdString(spec.csvPath + ":4: column 2 \"abc\" is not a number"));
        spec.csvPath.clear();
        QVERIFY(messageOf<SpecError>([&] { make(spec, 1); }).startsWith("data.csv.path: "));
    }

    // A CSV path that is no CSV file is named as such before anything is read:
    // /dev/zero used to take 2.1 GB before "the file is empty".
    void csvSpecialFilesAreNamed_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("directory") << csvDir() << ": is a directory, not a CSV file";
        QTest::newRow("/dev/zero") << "/dev/zero" << ": is a device or other special file, not a CSV file";
        QTest::newRow("/dev/null") << "/dev/null" << ": is a device or other special file, not a CSV file";
    }
    void csvSpecialFilesAreNamed() {
        QFETCH(QString, path);
        QFETCH(QString, message);
        DataSpec spec;
        spec.generator = "csv";
        spec.csvPath = path.toStdString();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(messageOf<DataError>([&] { make(spec, 1); }), path + message);
        QVERIFY(timer.elapsed() < 2000);
    }

    // A 100 MB single line (4.4 GB before) is refused at the line limit, a
    // file of too many values at the values limit, both while reading.
    void csvLimits() {
        std::string longLine(kMaxCsvLineBytes + 10, '1');
        std::istringstream one("a,b\n" + longLine + ",2\n");
        QCOMPARE(messageOf<DataError>([&] { readCsv(one, "long.csv"); }),
                 QString("long.csv:2: the line is longer than 1000000 characters, the limit for one row (a file "
                         "without line breaks?)"));
        // Just under the line limit is read.
        std::istringstream fits("a,b\n" + std::string(kMaxCsvLineBytes - 3, '0') + ",2\n");  // the number 0
        QCOMPARE(readCsv(fits, "fits.csv").values.rows(), Index(1));
        // 1001 columns x 10,000 rows = 10,010,000 values: refused at the row that passes 10,000,000.
        std::string row;
        for (int c = 0; c < 1001; ++c) row += c ? ",1" : "1";
        row += "\n";
        std::string many;
        many.reserve(row.size() * 10000);
        for (int r = 0; r < 10000; ++r) many += row;
        std::istringstream big(many);
        QCOMPARE(messageOf<DataError>([&] { readCsv(big, "big.csv"); }),
                 QString("big.csv:9991: more than 10000000 values (rows x columns), the limit for a data set; use a "
                         "part of the file"));
    }

    // Generated data over the values limit is refused before it is allocated.
    void generatedDataHasALimit() {
        DataSpec spec;
        spec.generator = "bars";
        spec.points = 1000000;
        QCOMPARE(messageOf<SpecError>([&] { make(spec, 1); }),
                 QString("data.points: 1000000 points of 64 numbers each are 64000000 numbers, more than the limit of "
                         "10000000 for a data set"));
        spec.points = 100000;  // 6.4 million numbers: fine
        QCOMPARE(make(spec, 1).size(), Index(100000));
    }

    // ---------------------------------------------------------------- custom

    void customPoints() {
        DataSpec spec;
        spec.generator = "custom";
        spec.customPoints.resize(3, 2);
        spec.customPoints << 1, 2, 3, 4, -1, -2;
        spec.customTargets.resize(3, 1);
        spec.customTargets << 0, 2, 0;
        const Dataset d = make(spec, 1);
        QVERIFY(d.kind == ProblemKind::Classification);
        QCOMPARE(d.numClasses, 3);  // drawn class numbers are kept
        COMPARE_MATRIX(d.points, spec.customPoints);
        spec.customTargets << 0.5, 2, 0;
        QVERIFY(make(spec, 1).kind == ProblemKind::Regression);
        spec.problem = "classification";
        QCOMPARE(messageOf<SpecError>([&] { make(spec, 1); }),
                 QString("data.custom.targets[0]: class 0.5 is not a whole number in 0..9"));
        spec.customTargets.resize(2, 1);
        QVERIFY(messageOf<SpecError>([&] { make(spec, 1); }).startsWith("data.custom.targets: expected 3 x 1"));
    }

    // ---------------------------------------------------------------- targets

    void encodeTargets_data() {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("classes");
        QTest::addColumn<Matrix>("expected");
        Matrix oneHot(4, 3);
        oneHot << 1, 0, 0,  //
            0, 0, 1,        //
            0, 1, 0,        //
            1, 0, 0;
        QTest::newRow("one-hot") << int(TargetEncoding::OneHot) << 3 << oneHot;
        QTest::newRow("class index") << int(TargetEncoding::ClassIndex) << 3 << Matrix((Matrix(4, 1) << 0, 2, 1, 0).finished());
    }
    void encodeTargets() {
        QFETCH(int, encoding);
        QFETCH(int, classes);
        QFETCH(Matrix, expected);
        const Matrix y = (Matrix(4, 1) << 0, 2, 1, 0).finished();
        COMPARE_MATRIX(nnlab::encodeTargets(y, classes, TargetEncoding(encoding)), expected);
    }

    void encodeTwoClasses() {
        const Matrix y = (Matrix(3, 1) << 1, 0, 1).finished();
        COMPARE_MATRIX(nnlab::encodeTargets(y, 2, TargetEncoding::PlusMinusOne), (Matrix(3, 1) << 1, -1, 1).finished());
        COMPARE_MATRIX(nnlab::encodeTargets(y, 2, TargetEncoding::Binary01), y);
        COMPARE_MATRIX(nnlab::encodeTargets(y, 2, TargetEncoding::Value), y);
        // Playground: class 1 (circle inside) is its +1.
        const Dataset circle = make(specFor("circle", 10, 0.0), 1);
        const Matrix pm = nnlab::encodeTargets(circle.targets, 2, TargetEncoding::PlusMinusOne);
        for (Index i = 0; i < 10; ++i) QCOMPARE(pm(i, 0), circle.points.row(i).norm() < 2.5 ? 1.0 : -1.0);
    }

    void encodeErrors() {
        const Matrix y = (Matrix(3, 1) << 1, 0, 3).finished();
        QCOMPARE(messageOf<DataError>([&] { nnlab::encodeTargets(y, 3, TargetEncoding::OneHot); }),
                 QString("targets[2]: class 3 is outside 0..2"));
        QCOMPARE(messageOf<SpecError>([&] { nnlab::encodeTargets(y, 4, TargetEncoding::PlusMinusOne); }),
                 QString("targets: this loss takes 2 classes, the data has 4"));
        QVERIFY(messageOf<SpecError>([&] { nnlab::encodeTargets(y, 0, TargetEncoding::OneHot); }).startsWith("targets: "));
    }
};

QTEST_APPLESS_MAIN(TestData)
#include "tst_data.moc"
