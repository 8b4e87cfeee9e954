// Losses: PyTorch reference cases (../shared/oracle/losses.json), finite
// differences for every table entry, worked examples, names/parameters,
// target checks and no allocation in value/gradient.
#include <QtTest>

#include "Error.h"
#include "OracleJson.h"
#include "losses/Loss.h"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <random>
#include <set>

using namespace nnlab;

// ---- allocation counter (see tst_activations.cpp) ------------------------
#if defined(__GLIBC__)
#define NNLAB_COUNT_MALLOC 1
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void __libc_free(void*);
}
namespace {
std::atomic<bool> g_counting{false};
std::atomic<long> g_mallocs{0};
inline void countOne() {
    if (g_counting.load(std::memory_order_relaxed)) g_mallocs.fetch_add(1, std::memory_order_relaxed);
}
}  // namespace
extern "C" void* malloc(std::size_t n) noexcept {
    countOne();
    return __libc_malloc(n);
}
extern "C" void* calloc(std::size_t n, std::size_t s) noexcept {
    countOne();
    return __libc_calloc(n, s);
}
extern "C" void* realloc(void* p, std::size_t n) noexcept {
    countOne();
    return __libc_realloc(p, n);
}
extern "C" void free(void* p) noexcept { __libc_free(p); }
#endif

namespace {

const char* kOracleFile = "losses.json";

NamedSpec specOf(const nlohmann::json& loss) {
    NamedSpec spec(loss.at("name").get<std::string>());
    for (const auto& [key, value] : loss.items())
        if (key != "name") spec.params[key] = value.get<double>();
    return spec;
}

Matrix gradientOf(const Loss& loss, const Matrix& pred, const Matrix& target) {
    Matrix d(pred.rows(), pred.cols());
    loss.gradient(pred, target, d);
    return d;
}

// A prediction and a target fitting the loss, off its kinks:
// mae |r| > 0.05, huber ||r| - delta| > 0.05, hinge |1 - y p| > 0.05,
// probabilities (bce, cce, sparse_cce) in (0.05, 0.95).
struct Case {
    Matrix pred, target;
};

Case caseFor(const Loss& loss, std::uint64_t seed) {
    const std::string name = loss.info().name;
    const Index n = 5, k = 3;
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> u(-2.0, 2.0), prob(0.05, 0.95);
    std::uniform_int_distribution<int> cls(0, int(k) - 1);
    Case c{Matrix(n, k), Matrix(n, k)};
    if (name == "bce" || name == "cce" || name == "sparse_cce") {
        for (Index i = 0; i < c.pred.size(); ++i) c.pred.data()[i] = prob(gen);
        if (name == "bce")
            for (Index i = 0; i < c.target.size(); ++i) c.target.data()[i] = double(cls(gen) % 2);
        else if (name == "cce")
            c.target = Matrix::Zero(n, k);
        else
            c.target = Matrix::Zero(n, 1);
        for (Index i = 0; i < n && name != "bce"; ++i) {
            const int j = cls(gen);
            if (name == "cce")
                c.target(i, j) = 1.0;
            else
                c.target(i, 0) = j;
        }
        return c;
    }
    const double delta = name == "huber" ? loss.params()[0] : 0.0;
    for (Index i = 0; i < c.pred.size(); ++i) {
        double p, y, kink;
        do {
            p = u(gen);
            y = name == "hinge" ? (cls(gen) % 2 ? 1.0 : -1.0) : u(gen);
            if (name == "hinge")
                kink = std::abs(1.0 - y * p);
            else if (name == "huber")
                kink = std::abs(std::abs(p - y) - delta);
            else
                kink = std::abs(p - y);
        } while (kink < 0.05);
        c.pred.data()[i] = p;
        c.target.data()[i] = y;
    }
    return c;
}

}  // namespace

class TestLosses : public QObject {
    Q_OBJECT

    double m_maxValueError = 0.0;
    double m_maxGradError = 0.0;
    double m_maxFdError = 0.0;

private slots:
    void oracleFileExists() {
        const QString path = oracle::dir() + "/" + kOracleFile;
        QVERIFY2(QFileInfo::exists(path), qPrintable("missing oracle file " + path));
        const auto j = oracle::load(kOracleFile);
        QCOMPARE(QString::fromStdString(j.at("kind").get<std::string>()), QString("losses"));
        QVERIFY(j.at("cases").size() >= 8);
    }

    void oracleCases_data() {
        QTest::addColumn<QString>("key");
        const auto j = oracle::load(kOracleFile);
        for (const auto& [key, c] : j.at("cases").items()) QTest::newRow(key.c_str()) << QString::fromStdString(key);
    }

    void oracleCases() {
        QFETCH(QString, key);
        const auto c = oracle::load(kOracleFile).at("cases").at(key.toStdString());
        const NamedSpec spec = specOf(c.at("loss"));
        std::unique_ptr<Loss> loss;
        try {
            loss = std::make_unique<Loss>(spec);
        } catch (const SpecError& e) {
            QFAIL(qPrintable("the oracle's loss is unknown to the engine: " + QString(e.what())));
        }
        const Matrix pred = oracle::toMatrix(c.at("y_pred"));
        const Matrix target = oracle::toMatrix(c.at("y_true"));
        loss->checkTarget(target, pred.cols());  // the oracle's targets are valid ones

        const double expected = c.at("value").get<double>();
        const double value = loss->value(pred, target);
        const double vErr = std::abs(value - expected) / std::abs(expected);
        m_maxValueError = std::max(m_maxValueError, vErr);
        QVERIFY2(vErr < oracle::kFail, qPrintable(QString("value %1 vs %2").arg(value, 0, 'g', 17).arg(expected, 0, 'g', 17)));

        const double gErr = oracle::relativeError(gradientOf(*loss, pred, target), oracle::toMatrix(c.at("dL_dpred")));
        m_maxGradError = std::max(m_maxGradError, gErr);
        QVERIFY2(gErr < oracle::kFail, qPrintable(QString("dL_dpred: relative error %1").arg(gErr)));
    }

    void everyLossIsInTheOracle() {
        std::set<std::string> covered;
        const auto j = oracle::load(kOracleFile);  // kept alive for the loop
        for (const auto& [key, c] : j.at("cases").items())
            covered.insert(c.at("loss").at("name").get<std::string>());
        for (const auto& info : lossTable())
            QVERIFY2(covered.count(info.name), qPrintable(QString("no oracle case for ") + info.name));
    }

    void tableIsConsistent() {
        std::set<std::string> names;
        for (const auto& info : lossTable()) {
            QVERIFY2(names.insert(info.name).second, info.name);
            QVERIFY(info.label && *info.label);
            QVERIFY(info.value && info.gradient);
            QVERIFY(info.reduction && *info.reduction);
            QVERIFY(info.params.size() <= std::tuple_size<LossParams>::value);
            QCOMPARE(&findLoss(info.name), &info);
        }
        QCOMPARE(findLoss("sparse_cce").target, TargetKind::ClassIndex);
        QCOMPARE(findLoss("hinge").target, TargetKind::PlusMinusOne);
        QCOMPARE(findLoss("cce").target, TargetKind::Values);
        QCOMPARE(QString(findLoss("cce").reduction), QString("sum over classes, mean over samples"));
        QCOMPARE(QString(findLoss("bce").reduction), QString("mean over all elements"));
    }

    void finiteDifferences_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("delta");  // huber only; < 0: default
        for (const auto& info : lossTable()) QTest::newRow(info.name) << QString(info.name) << -1.0;
        QTest::newRow("huber delta 0.3") << QString("huber") << 0.3;
    }

    // Central differences, h = 1e-6, of the value against gradient().
    void finiteDifferences() {
        QFETCH(QString, name);
        QFETCH(double, delta);
        NamedSpec spec(name.toStdString());
        if (delta >= 0.0) spec.params["delta"] = delta;
        const Loss loss(spec);
        const Case c = caseFor(loss, 21);
        loss.checkTarget(c.target, c.pred.cols());
        const Matrix g = gradientOf(loss, c.pred, c.target);
        const double h = 1e-6;
        Matrix fd(c.pred.rows(), c.pred.cols());
        for (Index i = 0; i < c.pred.size(); ++i) {
            Matrix pp = c.pred, pm = c.pred;
            pp.data()[i] += h;
            pm.data()[i] -= h;
            fd.data()[i] = (loss.value(pp, c.target) - loss.value(pm, c.target)) / (2.0 * h);
        }
        const double err = oracle::relativeError(g, fd);
        m_maxFdError = std::max(m_maxFdError, err);
        QVERIFY2(err < 1e-6, qPrintable(QString("finite differences: relative error %1").arg(err)));
    }

    // A zero-initialised network outputs sigmoid(0) = 0.5 everywhere; against
    // labels 0/1 each term is -log 0.5 = ln 2, so bce = ln 2.
    void workedExampleBceAtInitialisation() {
        Matrix pred = Matrix::Constant(4, 1, 0.5), target(4, 1);
        target << 0.0, 1.0, 1.0, 0.0;
        const double v = Loss(NamedSpec("bce")).value(pred, target);
        QVERIFY2(std::abs(v - 0.6931471805599453) <= 1e-15, qPrintable(QString::number(v, 'g', 17)));
        // Gradient: (0.5 - y) / (0.5 * 0.5) / 4 = +-0.5
        const Matrix g = gradientOf(Loss(NamedSpec("bce")), pred, target);
        QCOMPARE(g(0, 0), 0.5);
        QCOMPARE(g(1, 0), -0.5);
    }

    // AD3501 notes, loss functions: Huber with delta = 1, r = 0.5 gives
    // 0.5 * 0.5^2 = 0.125, r = 2 gives 1 * (2 - 0.5) = 1.5.
    void workedExampleHuber() {
        const Loss huber{NamedSpec("huber")};
        Matrix p(1, 1), y = Matrix::Zero(1, 1);
        p << 0.5;
        QCOMPARE(huber.value(p, y), 0.125);
        p << 2.0;
        QCOMPARE(huber.value(p, y), 1.5);
        QCOMPARE(gradientOf(huber, p, y)(0, 0), 1.0);  // clamp(2, -1, 1)
    }

    // mae: sign(0) = 0, so a perfect prediction gets no push.
    void maeGradientAtZeroResidual() {
        Matrix p(1, 3), y(1, 3);
        p << 1.0, 2.0, 3.0;
        y << 1.0, 1.0, 4.0;
        const Matrix g = gradientOf(Loss(NamedSpec("mae")), p, y);
        QCOMPARE(g(0, 0), 0.0);
        QCOMPARE(g(0, 1), 1.0 / 3.0);
        QCOMPARE(g(0, 2), -1.0 / 3.0);
    }

    // hinge: at the kink y p = 1 the gradient is 0 (as relu'(0) = 0); inside -y / N.
    void hingeGradientAtKink() {
        Matrix p(1, 4), y(1, 4);
        p << 1.0, 0.5, -1.0, 2.0;
        y << 1.0, 1.0, -1.0, -1.0;
        const Loss hinge{NamedSpec("hinge")};
        const Matrix g = gradientOf(hinge, p, y);
        QVERIFY(g(0, 0) == 0.0 && g(0, 2) == 0.0);
        QCOMPARE(g(0, 1), -0.25);
        QCOMPARE(g(0, 3), 0.25);
        QCOMPARE(hinge.value(p, y), (0.0 + 0.5 + 0.0 + 3.0) / 4.0);
    }

    // sparse_cce with indices equals cce with the same classes one-hot.
    void sparseMatchesOneHot() {
        const Loss cce{NamedSpec("cce")}, sparse{NamedSpec("sparse_cce")};
        const Case c = caseFor(cce, 5);
        Matrix indices(c.target.rows(), 1);
        for (Index i = 0; i < indices.rows(); ++i) {
            Index j;
            c.target.row(i).maxCoeff(&j);
            indices(i, 0) = double(j);
        }
        QVERIFY(std::abs(cce.value(c.pred, c.target) - sparse.value(c.pred, indices)) <= 1e-15);
        QVERIFY((gradientOf(cce, c.pred, c.target) - gradientOf(sparse, c.pred, indices)).cwiseAbs().maxCoeff() <= 1e-15);
    }

    // p = 0 or 1 (a saturated sigmoid/softmax) gives a large finite loss, no NaN.
    void saturatedProbabilitiesStayFinite() {
        Matrix p(2, 2), y(2, 2);
        p << 0.0, 1.0, 1.0, 0.0;
        y << 1.0, 0.0, 1.0, 0.0;
        for (const char* name : {"bce", "cce"}) {
            const Loss loss{NamedSpec(name)};
            QVERIFY2(std::isfinite(loss.value(p, y)), name);
            QVERIFY2(gradientOf(loss, p, y).allFinite(), name);
        }
        QVERIFY(Loss(NamedSpec("bce")).value(p, y) > 10.0);  // -log(1e-12) / 4 = 6.9: wrong answers cost
    }

    void unknownNameAndParameter() {
        try {
            findLoss("sparse_ce");
            QFAIL("findLoss(\"sparse_ce\") did not throw");
        } catch (const SpecError& e) {
            QVERIFY2(QString(e.what()).contains("did you mean \"sparse_cce\""), e.what());
        }
        try {
            Loss bad(NamedSpec("mse", {{"delta", 1.0}}));
            QFAIL("an unknown parameter was accepted");
        } catch (const SpecError& e) {
            QVERIFY2(QString(e.what()).contains("no parameter \"delta\""), e.what());
        }
        QCOMPARE(Loss(NamedSpec("huber")).params()[0], 1.0);
        QCOMPARE(Loss(NamedSpec("huber", {{"delta", 0.5}})).params()[0], 0.5);
    }

    void checkTargetRejectsBadTargets() {
        Matrix idx(3, 1);
        idx << 0.0, 2.0, 1.0;
        Loss(NamedSpec("sparse_cce")).checkTarget(idx, 3);
        idx(1, 0) = 3.0;
        QVERIFY_THROWS_EXCEPTION(DataError, Loss(NamedSpec("sparse_cce")).checkTarget(idx, 3));
        idx(1, 0) = 0.5;
        QVERIFY_THROWS_EXCEPTION(DataError, Loss(NamedSpec("sparse_cce")).checkTarget(idx, 3));
        QVERIFY_THROWS_EXCEPTION(ShapeError, Loss(NamedSpec("cce")).checkTarget(idx, 3));
        Matrix pm(2, 1);
        pm << 1.0, 0.0;
        try {
            Loss(NamedSpec("hinge")).checkTarget(pm, 1);
            QFAIL("hinge accepted a 0 label");
        } catch (const DataError& e) {
            QVERIFY2(QString(e.what()).startsWith("loss \"hinge\": target row 1"), e.what());
        }
        Loss(NamedSpec("bce")).checkTarget(pm, 1);
        pm(0, 0) = 1.5;
        QVERIFY_THROWS_EXCEPTION(DataError, Loss(NamedSpec("bce")).checkTarget(pm, 1));
        pm(0, 0) = NAN;
        QVERIFY_THROWS_EXCEPTION(DataError, Loss(NamedSpec("mse")).checkTarget(pm, 1));
        // value() on a bad index throws rather than reading out of bounds.
        Matrix pred = Matrix::Constant(1, 2, 0.5), bad = Matrix::Constant(1, 1, 7.0);
        try {
            Loss(NamedSpec("sparse_cce")).value(pred, bad);
            QFAIL("sparse_cce read class 7 of 2");
        } catch (const DataError& e) {
            QCOMPARE(QString(e.what()), QString("loss \"sparse_cce\": target row 0 is 7, not a class index in 0..1"));
        }
    }

    void noAllocation_data() {
        QTest::addColumn<QString>("name");
        for (const auto& info : lossTable()) QTest::newRow(info.name) << QString(info.name);
    }

    // 100 value + gradient calls after a warm-up, also on row blocks: zero mallocs.
    void noAllocation() {
#ifndef NNLAB_COUNT_MALLOC
        QSKIP("malloc counting needs glibc");
#else
        QFETCH(QString, name);
        const Loss loss{NamedSpec(name.toStdString())};
        const Case c = caseFor(loss, 9);
        Matrix g(c.pred.rows(), c.pred.cols());
        double sum = 0.0;
        auto run = [&] {
            sum += loss.value(c.pred, c.target);
            loss.gradient(c.pred, c.target, g);
            sum += loss.value(c.pred.topRows(3), c.target.topRows(3));
            loss.gradient(c.pred.topRows(3), c.target.topRows(3), g.topRows(3));
        };
        run();
        g_mallocs = 0;
        g_counting = true;
        for (int i = 0; i < 100; ++i) run();
        g_counting = false;
        QCOMPARE(g_mallocs.load(), 0L);
        QVERIFY(std::isfinite(sum));
#endif
    }

    void cleanupTestCase() {
        qInfo("max relative error vs oracle: value %.3g, gradient %.3g; finite differences %.3g", m_maxValueError,
              m_maxGradError, m_maxFdError);
    }
};

QTEST_APPLESS_MAIN(TestLosses)
#include "tst_losses.moc"
