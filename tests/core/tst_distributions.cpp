// core/random/Distributions: exact probabilities against the curriculum's
// worked examples (ad3501 Unit I, WE-5 .. WE-9), and sample means within a few
// standard errors of the exact mean (the distribution explorer's histograms).
#include <QtTest>

#include "random/Distributions.h"

#include <cmath>
#include <functional>

using namespace nnlab;

class TestDistributions : public QObject {
    Q_OBJECT
private slots:
    // WE-5: bernoulli(0.6) at X = [0, 1] gives [0.4, 0.6].
    void bernoulliWE5() {
        QCOMPARE(bernoulliPmf(0, 0.6), 1.0 - 0.6);
        QCOMPARE(bernoulliPmf(1, 0.6), 0.6);
        QCOMPARE(bernoulliPmf(2, 0.6), 0.0);
    }

    // WE-6: n = 5 (the notes' code) and n = 6 (the notes' story), p = 0.4.
    //   C(5,2) 0.4^2 0.6^3 = 10 * 0.16 * 0.216 = 0.3456
    //   C(6,2) 0.4^2 0.6^4 = 15 * 0.16 * 0.1296 = 0.31104
    void binomialWE6() {
        QVERIFY(std::abs(binomialPmf(2, 5, 0.4) - 0.3456) < 1e-15);
        QVERIFY(std::abs(binomialPmf(2, 6, 0.4) - 0.31104) < 1e-15);
        const double n5[] = {0.07776, 0.2592, 0.3456, 0.2304, 0.0768, 0.01024};
        for (int r = 0; r <= 5; ++r) QVERIFY(std::abs(binomialPmf(r, 5, 0.4) - n5[r]) < 1e-15);
        double sum = 0.0;
        for (int r = 0; r <= 40; ++r) sum += binomialPmf(r, 40, 0.3);
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
    }

    // WE-7: P(5; 5) = 5^5 e^-5 / 5! = 3125 * 0.006737947 / 120 = 0.17547
    void poissonWE7() {
        QVERIFY(std::abs(poissonPmf(5, 5.0) - 3125.0 * std::exp(-5.0) / 120.0) < 1e-15);
        QVERIFY(std::abs(poissonPmf(5, 5.0) - 0.17547) < 1e-5);
        double sum = 0.0;
        for (int k = 0; k < 200; ++k) sum += poissonPmf(k, 40.0);
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
    }

    // WE-8: the correct peak 1 / (sd sqrt(2 pi)) with sd = 14.2872 is 0.027923.
    void normalWE8() {
        QVERIFY(std::abs(normalPdf(25.5, 25.5, 14.2872) - 0.027923) < 1e-6);
        QVERIFY(std::abs(normalPdf(1.0, 0.0, 1.0) - std::exp(-0.5) / std::sqrt(2 * M_PI)) < 1e-16);
    }

    // Uniform: b - a = 0.5 gives a density of 2 (a density, not a probability).
    void uniformDensity() {
        QCOMPARE(uniformPdf(0.3, 0.0, 0.5), 2.0);
        QCOMPARE(uniformPdf(0.6, 0.0, 0.5), 0.0);
        QCOMPARE(exponentialPdf(0.0, 1.0 / 3.0), 1.0 / 3.0);
        QCOMPARE(exponentialPdf(-1.0, 2.0), 0.0);
    }

    // Sample means of 10^5 draws within 5 standard errors; WE-9: scale 3 -> mean 3.
    void sampleMeans_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("variance");
        QTest::newRow("bernoulli 0.6") << "bernoulli" << 0.6 << 0.24;
        QTest::newRow("binomial 5 0.4") << "binomial" << 2.0 << 1.2;
        QTest::newRow("poisson 5 (WE-7)") << "poisson" << 5.0 << 5.0;
        QTest::newRow("poisson 75 (chunked)") << "poisson75" << 75.0 << 75.0;
        QTest::newRow("exponential scale 3 (WE-9)") << "exponential" << 3.0 << 9.0;
    }
    void sampleMeans() {
        QFETCH(QString, name);
        QFETCH(double, mean);
        QFETCH(double, variance);
        Rng rng(2024);
        std::function<double()> draw;
        if (name == "bernoulli") draw = [&] { return double(sampleBernoulli(rng, 0.6)); };
        if (name == "binomial") draw = [&] { return double(sampleBinomial(rng, 5, 0.4)); };
        if (name == "poisson") draw = [&] { return double(samplePoisson(rng, 5.0)); };
        if (name == "poisson75") draw = [&] { return double(samplePoisson(rng, 75.0)); };
        if (name == "exponential") draw = [&] { return sampleExponential(rng, 1.0 / 3.0); };
        const int n = 100000;
        double sum = 0.0, sumSq = 0.0;
        for (int i = 0; i < n; ++i) {
            const double v = draw();
            sum += v;
            sumSq += v * v;
        }
        const double m = sum / n, var = sumSq / n - m * m;
        const double se = std::sqrt(variance / n);
        QVERIFY2(std::abs(m - mean) < 5 * se, qPrintable(QString("mean %1, expected %2").arg(m).arg(mean)));
        QVERIFY2(std::abs(var - variance) < 0.05 * variance, qPrintable(QString("variance %1, expected %2").arg(var).arg(variance)));
    }

    void sameSeedSameDraws() {
        Rng a(9), b(9);
        for (int i = 0; i < 100; ++i) QCOMPARE(samplePoisson(a, 3.5), samplePoisson(b, 3.5));
    }
};

QTEST_APPLESS_MAIN(TestDistributions)
#include "tst_distributions.moc"
