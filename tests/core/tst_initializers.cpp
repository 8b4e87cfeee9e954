// Weight initializers: every table entry against its formula (sample mean and
// variance within 5 standard errors, uniform bounds), orthogonality, the
// curriculum's numbers, seeds and error messages. Expected moments are written
// here from the formulas, independently of core/initializers.
#include <QtTest>

#include "Error.h"
#include "initializers/Initializer.h"

#include <Eigen/QR>
#include <cmath>
#include <functional>
#include <map>

using namespace nnlab;

namespace {

enum class Kind { Constant, Uniform, Normal, Orthogonal };

struct Expectation {
    Kind kind = Kind::Constant;
    double mean = 0.0;
    double variance = 0.0;
    double lo = 0.0, hi = 0.0;  // uniform support
};

Expectation constant(double c) { return {Kind::Constant, c, 0.0, c, c}; }
Expectation uniformAB(double a, double b) { return {Kind::Uniform, (a + b) / 2, (b - a) * (b - a) / 12, a, b}; }
Expectation uniformLimit(double l) { return uniformAB(-l, l); }
Expectation normalMS(double mean, double sd) { return {Kind::Normal, mean, sd * sd, 0.0, 0.0}; }

using ExpectationFn = std::function<Expectation(const NamedSpec&, double fanIn, double fanOut, double rows, double cols)>;

// From the curriculum's initializer table (intro-notes.md) and the papers:
// Glorot Var = 2/(fi+fo), He Var = 2/fi, LeCun Var = 1/fi, uniform limit sqrt(3 Var).
const std::map<std::string, ExpectationFn>& expectations() {
    static const std::map<std::string, ExpectationFn> m = {
        {"zeros", [](const NamedSpec&, double, double, double, double) { return constant(0.0); }},
        {"ones", [](const NamedSpec&, double, double, double, double) { return constant(1.0); }},
        {"constant", [](const NamedSpec& s, double, double, double, double) { return constant(s.get("value", 0.1)); }},
        {"uniform",
         [](const NamedSpec& s, double, double, double, double) {
             return uniformAB(s.get("a", -0.05), s.get("b", 0.05));  // Keras RandomUniform
         }},
        {"normal",
         [](const NamedSpec& s, double, double, double, double) {
             return normalMS(s.get("mean", 0.0), s.get("stddev", 0.05));  // Keras RandomNormal
         }},
        {"glorot_uniform",
         [](const NamedSpec&, double fi, double fo, double, double) { return uniformLimit(std::sqrt(6.0 / (fi + fo))); }},
        {"glorot_normal",
         [](const NamedSpec&, double fi, double fo, double, double) { return normalMS(0.0, std::sqrt(2.0 / (fi + fo))); }},
        {"he_uniform", [](const NamedSpec&, double fi, double, double, double) { return uniformLimit(std::sqrt(6.0 / fi)); }},
        {"he_normal", [](const NamedSpec&, double fi, double, double, double) { return normalMS(0.0, std::sqrt(2.0 / fi)); }},
        {"lecun_uniform",
         [](const NamedSpec&, double fi, double, double, double) { return uniformLimit(std::sqrt(3.0 / fi)); }},
        {"lecun_normal", [](const NamedSpec&, double fi, double, double, double) { return normalMS(0.0, std::sqrt(1.0 / fi)); }},
        {"orthogonal",
         [](const NamedSpec& s, double, double, double r, double c) {
             // gain^2 * min(r, c) is the sum of squares; spread over r*c entries.
             const double g = s.get("gain", 1.0);
             return Expectation{Kind::Orthogonal, 0.0, g * g / std::max(r, c), 0.0, 0.0};
         }},
    };
    return m;
}

Matrix draw(const NamedSpec& spec, Index rows, Index cols, std::uint64_t seed) {
    Matrix w = Matrix::Constant(rows, cols, 12345.0);  // so an untouched entry shows
    Rng rng(seed);
    // W is (out, in): fan_in = cols, fan_out = rows.
    initialize(spec, w, cols, rows, rng);
    return w;
}

QString errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const SpecError& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

}  // namespace

Q_DECLARE_METATYPE(NamedSpec)

class TestInitializers : public QObject {
    Q_OBJECT
private slots:
    void tableIsComplete() {
        // Every entry has a test expectation, a label and at most two parameters.
        for (const auto& info : initializerTable()) {
            QVERIFY2(expectations().count(info.name), info.name);
            QVERIFY(std::string(info.label).size() > 0);
            QVERIFY(info.params.size() <= InitParams().size());
        }
        QCOMPARE(initializerTable().size(), std::size_t(12));
    }

    void momentsMatchFormula_data() {
        QTest::addColumn<NamedSpec>("spec");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        // One row per table entry with its defaults, on a (400, 600) W...
        for (const auto& info : initializerTable())
            QTest::newRow(info.name) << NamedSpec(info.name) << 400 << 600;
        // ...and with parameters set.
        QTest::newRow("constant -0.3") << NamedSpec("constant", {{"value", -0.3}}) << 400 << 600;
        QTest::newRow("uniform [0, 1)") << NamedSpec("uniform", {{"a", 0.0}, {"b", 1.0}}) << 400 << 600;
        QTest::newRow("uniform [-0.3, 0.3)") << NamedSpec("uniform", {{"a", -0.3}, {"b", 0.3}}) << 400 << 600;
        QTest::newRow("normal N(1, 0.2^2)") << NamedSpec("normal", {{"mean", 1.0}, {"stddev", 0.2}}) << 400 << 600;
        QTest::newRow("normal x10") << NamedSpec("normal", {{"stddev", 10.0}}) << 400 << 600;
        QTest::newRow("he_normal tall") << NamedSpec("he_normal") << 900 << 100;
        QTest::newRow("glorot_uniform tall") << NamedSpec("glorot_uniform") << 900 << 100;
        QTest::newRow("orthogonal gain 2") << NamedSpec("orthogonal", {{"gain", 2.0}}) << 400 << 600;
        QTest::newRow("orthogonal tall") << NamedSpec("orthogonal") << 600 << 400;
    }
    void momentsMatchFormula() {
        QFETCH(NamedSpec, spec);
        QFETCH(int, rows);
        QFETCH(int, cols);
        const Expectation e = expectations().at(spec.name)(spec, cols, rows, rows, cols);
        const Matrix w = draw(spec, rows, cols, 7);
        const double n = double(w.size());
        const double mean = w.mean();
        const double var = (w.array() - mean).square().sum() / n;
        if (e.kind == Kind::Constant) {
            QCOMPARE(w.minCoeff(), e.mean);
            QCOMPARE(w.maxCoeff(), e.mean);
            return;
        }
        // Standard errors: of the mean sqrt(Var/n); of the variance sqrt((mu4 - Var^2)/n),
        // mu4 = 3 Var^2 (normal), 9/5 Var^2 (uniform).
        const double seMean = std::sqrt(e.variance / n);
        QVERIFY2(std::abs(mean - e.mean) <= 5 * seMean,
                 qPrintable(QString("mean %1, expected %2 +- %3").arg(mean).arg(e.mean).arg(5 * seMean)));
        if (e.kind == Kind::Orthogonal) {
            // The sum of squares is exactly gain^2 min(r, c).
            const double second = w.array().square().sum() / n;
            QVERIFY2(std::abs(second - e.variance) <= 1e-10 * e.variance,
                     qPrintable(QString("E[w^2] %1, expected %2").arg(second).arg(e.variance)));
            return;
        }
        const double mu4 = (e.kind == Kind::Normal ? 3.0 : 1.8) * e.variance * e.variance;
        const double seVar = std::sqrt((mu4 - e.variance * e.variance) / n);
        QVERIFY2(std::abs(var - e.variance) <= 5 * seVar,
                 qPrintable(QString("variance %1, expected %2 +- %3").arg(var).arg(e.variance).arg(5 * seVar)));
        if (e.kind == Kind::Uniform) {
            QVERIFY2(w.minCoeff() >= e.lo && w.maxCoeff() < e.hi,
                     qPrintable(QString("range [%1, %2] outside [%3, %4)")
                                    .arg(w.minCoeff()).arg(w.maxCoeff()).arg(e.lo).arg(e.hi)));
            // ...and fills it: with 240000 draws the extremes are within 2e-4 of the ends.
            const double width = e.hi - e.lo;
            QVERIFY(w.minCoeff() < e.lo + 2e-4 * width);
            QVERIFY(w.maxCoeff() > e.hi - 2e-4 * width);
        } else {
            // A normal, not a uniform of the same variance: the kurtosis tells them apart
            // (3 vs 1.8; its standard error at n = 240000 is about 0.01).
            const double kurtosis = (w.array() - mean).pow(4).sum() / n / (var * var);
            QVERIFY2(std::abs(kurtosis - 3.0) < 0.1, qPrintable(QString("kurtosis %1").arg(kurtosis)));
        }
    }

    void orthogonalRowsOrColumns_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<double>("gain");
        QTest::newRow("400x600") << 400 << 600 << 1.0;
        QTest::newRow("600x400") << 600 << 400 << 1.0;
        QTest::newRow("50x50") << 50 << 50 << 1.0;
        QTest::newRow("30x70 gain 2") << 30 << 70 << 2.0;
        QTest::newRow("70x30 gain 0.5") << 70 << 30 << 0.5;
        QTest::newRow("1x10 (a bias row)") << 1 << 10 << 1.0;
        QTest::newRow("10x1") << 10 << 1 << 3.0;
    }
    void orthogonalRowsOrColumns() {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(double, gain);
        const NamedSpec spec("orthogonal", {{"gain", gain}});
        const Matrix w = draw(spec, rows, cols, 11);
        // W W^T = gain^2 I when wide (orthonormal rows), W^T W = gain^2 I when tall.
        const Matrix gram = rows <= cols ? Matrix(w * w.transpose()) : Matrix(w.transpose() * w);
        const Index k = std::min(rows, cols);
        const double err = (gram - gain * gain * Matrix::Identity(k, k)).cwiseAbs().maxCoeff();
        QVERIFY2(err <= 1e-10 * gain * gain, qPrintable(QString("max |gram - g^2 I| = %1").arg(err)));

        // Sign correction: with A the same N(0,1) draws (w's shape, row-major, as torch),
        // taken tall, w is gain Q D with A = Q R and D = sign(diag R), so
        // (w/gain)^T A = D R is upper triangular with a positive diagonal.
        Matrix drawn(rows, cols);
        Rng rng(11);
        for (Index i = 0; i < rows; ++i)
            for (Index j = 0; j < cols; ++j) drawn(i, j) = standardNormal(rng);
        const bool wide = rows < cols;
        const Matrix a = wide ? Matrix(drawn.transpose()) : drawn;
        const Matrix q = wide ? Matrix(w.transpose() / gain) : Matrix(w / gain);
        const Matrix dr = q.transpose() * a;  // (k, k)
        const double scale = dr.cwiseAbs().maxCoeff();
        for (Index i = 0; i < k; ++i) {
            QVERIFY2(dr(i, i) > 0.0, qPrintable(QString("diag %1 = %2").arg(i).arg(dr(i, i))));
            for (Index j = 0; j < i; ++j) QVERIFY(std::abs(dr(i, j)) <= 1e-10 * scale);
        }
    }

    void curriculumNumbers() {
        // 000-28: fan_in 784, fan_out 32 -> Glorot limit 0.085749, std 0.049507.
        // 000-29: fan_in 784 -> He std 0.050508, limit 0.087482. W is (32, 784).
        const Matrix gu = draw(NamedSpec("glorot_uniform"), 32, 784, 3);
        QVERIFY(gu.cwiseAbs().maxCoeff() <= 0.0857495);
        QVERIFY(gu.cwiseAbs().maxCoeff() >= 0.085749 * (1 - 5e-4));  // n = 25088 draws reach the end
        const Matrix hu = draw(NamedSpec("he_uniform"), 32, 784, 3);
        QVERIFY(hu.cwiseAbs().maxCoeff() <= 0.0874825);
        QVERIFY(hu.cwiseAbs().maxCoeff() >= 0.087482 * (1 - 5e-4));
        // Sample std: relative standard error 1/sqrt(2n) = 0.45 %, so within 2.5 %.
        auto sd = [](const Matrix& w) { return std::sqrt((w.array() - w.mean()).square().mean()); };
        QVERIFY(std::abs(sd(draw(NamedSpec("glorot_normal"), 32, 784, 3)) / 0.049507 - 1) < 0.025);
        QVERIFY(std::abs(sd(draw(NamedSpec("he_normal"), 32, 784, 3)) / 0.050508 - 1) < 0.025);
        // Notes error: He std is sqrt(2/fan_in) = 0.0505, not sqrt(2)/fan_in = 0.0018.
        QVERIFY(sd(draw(NamedSpec("he_normal"), 32, 784, 3)) > 0.04);
    }

    void sameSeedSameMatrix_data() {
        QTest::addColumn<NamedSpec>("spec");
        QTest::addColumn<bool>("random");
        for (const auto& info : initializerTable()) {
            const Kind kind = expectations().at(info.name)(NamedSpec(info.name), 3, 5, 5, 3).kind;
            QTest::newRow(info.name) << NamedSpec(info.name) << (kind != Kind::Constant);
        }
    }
    void sameSeedSameMatrix() {
        QFETCH(NamedSpec, spec);
        QFETCH(bool, random);
        const Matrix a = draw(spec, 20, 30, 99), b = draw(spec, 20, 30, 99), c = draw(spec, 20, 30, 100);
        QVERIFY(a == b);
        QCOMPARE(a != c, random);
        // Every entry written (draw() prefills 12345).
        QVERIFY(a.cwiseAbs().maxCoeff() < 1000.0);
        // A sub-block (Eigen::Ref to a block, as a bias row inside a buffer) fills the same way.
        Matrix big = Matrix::Zero(25, 40);
        Rng rng(99);
        initialize(spec, big.block(2, 3, 20, 30), 30, 20, rng);
        QVERIFY(big.block(2, 3, 20, 30) == a);
        QCOMPARE(big.topRows(2).cwiseAbs().sum(), 0.0);
    }

    void errors() {
        Matrix w(3, 4);
        Rng rng(1);
        const QString typo = errorOf([&] { initialize(NamedSpec("he_normall"), w, 4, 3, rng); });
        QVERIFY2(typo.contains("unknown initializer \"he_normall\""), qPrintable(typo));
        QVERIFY2(typo.contains("did you mean \"he_normal\"?"), qPrintable(typo));
        QVERIFY2(typo.contains("glorot_uniform, glorot_normal"), qPrintable(typo));

        const QString param = errorOf([&] { initialize(NamedSpec("uniform", {{"c", 1.0}}), w, 4, 3, rng); });
        QVERIFY2(param.contains("\"c\"") && param.contains("known: a, b"), qPrintable(param));
        const QString none = errorOf([&] { initialize(NamedSpec("he_normal", {{"gain", 1.0}}), w, 4, 3, rng); });
        QVERIFY2(none.contains("takes no parameters") && none.contains("\"gain\""), qPrintable(none));
        const QString range = errorOf([&] { initialize(NamedSpec("uniform", {{"a", 1.0}, {"b", -1.0}}), w, 4, 3, rng); });
        QVERIFY2(range.contains("must not exceed"), qPrintable(range));
        const QString sd = errorOf([&] { initialize(NamedSpec("normal", {{"stddev", -1.0}}), w, 4, 3, rng); });
        QVERIFY2(sd.contains("stddev"), qPrintable(sd));
    }
};

QTEST_APPLESS_MAIN(TestInitializers)
#include "tst_initializers.moc"
