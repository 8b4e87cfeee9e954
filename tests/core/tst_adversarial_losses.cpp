// The adversarial losses (losses/AdversarialLoss.h): each formula's gradient
// with respect to D's logits against central differences, one data row per
// formula and label target; worked values at logit 0 (D(x) = 1/2); the reason
// the non-saturating loss exists; the table's names.
#include "Error.h"
#include "FiniteDifference.h"
#include "losses/AdversarialLoss.h"
#include "losses/GaussianKl.h"

#include <QtTest>

#include <cmath>

using namespace nnlab;
using namespace nnlab::test;

Q_DECLARE_METATYPE(nnlab::AdversarialLoss)

class TestAdversarialLosses : public QObject {
    Q_OBJECT
private slots:
    // The VAE's KL term: zero for N(0, I) itself, and its gradients by central differences.
    void gaussianKlAndItsGradients() {
        Matrix mu(3, 2), logvar(3, 2), dMu, dLogvar;
        mu << 0.3, -1.2, 0.0, 0.7, 2.0, -0.4;
        logvar << 0.1, -0.5, 0.9, 0.0, -1.3, 0.4;
        const Matrix zeros = Matrix::Zero(3, 2);
        QCOMPARE(gaussianKl(zeros, zeros, dMu, dLogvar), 0.0);
        const double kl = gaussianKl(mu, logvar, dMu, dLogvar);
        QVERIFY(kl > 0.0);
        const double h = 1e-6;
        for (Index i = 0; i < mu.size(); ++i) {
            Matrix a = mu, b = mu, la = logvar, lb = logvar, g1, g2;
            a.data()[i] += h;
            b.data()[i] -= h;
            const double numericMu = (gaussianKl(a, logvar, g1, g2) - gaussianKl(b, logvar, g1, g2)) / (2 * h);
            QVERIFY(std::abs(numericMu - dMu.data()[i]) < 1e-7);
            la.data()[i] += h;
            lb.data()[i] -= h;
            const double numericLv = (gaussianKl(mu, la, g1, g2) - gaussianKl(mu, lb, g1, g2)) / (2 * h);
            QVERIFY(std::abs(numericLv - dLogvar.data()[i]) < 1e-7);
        }
    }

    void discriminatorGradientMatchesFiniteDifferences_data() {
        QTest::addColumn<AdversarialLoss>("loss");
        QTest::addColumn<double>("realTarget");
        QTest::newRow("log loss") << AdversarialLoss::NonSaturating << 1.0;
        QTest::newRow("log loss, smoothed 0.9") << AdversarialLoss::Minimax << 0.9;
        QTest::newRow("least squares") << AdversarialLoss::LeastSquares << 1.0;
        QTest::newRow("least squares, smoothed 0.9") << AdversarialLoss::LeastSquares << 0.9;
    }
    void discriminatorGradientMatchesFiniteDifferences() {
        QFETCH(AdversarialLoss, loss);
        QFETCH(double, realTarget);
        Rng rng(7);
        Matrix real = randomMatrix(5, 1, rng, -4.0, 4.0), fake = randomMatrix(7, 1, rng, -4.0, 4.0);
        Matrix dReal(5, 1), dFake(7, 1), scratchReal(5, 1), scratchFake(7, 1);
        discriminatorLoss(loss, real, fake, realTarget, dReal, dFake);
        const auto value = [&] { return discriminatorLoss(loss, real, fake, realTarget, scratchReal, scratchFake); };
        const Matrix numericReal = numericGradient(real, value), numericFake = numericGradient(fake, value);
        QVERIFY2(fdError(dReal, numericReal) < kFdFail, qPrintable(QString::number(fdError(dReal, numericReal))));
        QVERIFY2(fdError(dFake, numericFake) < kFdFail, qPrintable(QString::number(fdError(dFake, numericFake))));
    }

    void generatorGradientMatchesFiniteDifferences_data() {
        QTest::addColumn<AdversarialLoss>("loss");
        QTest::newRow("minimax") << AdversarialLoss::Minimax;
        QTest::newRow("non-saturating") << AdversarialLoss::NonSaturating;
        QTest::newRow("least squares") << AdversarialLoss::LeastSquares;
    }
    void generatorGradientMatchesFiniteDifferences() {
        QFETCH(AdversarialLoss, loss);
        Rng rng(11);
        Matrix fake = randomMatrix(9, 1, rng, -5.0, 5.0);
        Matrix dFake(9, 1), scratch(9, 1);
        generatorLoss(loss, fake, dFake);
        const Matrix numeric = numericGradient(fake, [&] { return generatorLoss(loss, fake, scratch); });
        QVERIFY2(fdError(dFake, numeric) < kFdFail, qPrintable(QString::number(fdError(dFake, numeric))));
    }

    // At logit 0 every D(x) is 1/2:
    //   D log loss     -log(1/2) - log(1 - 1/2) = 2 ln 2
    //   non-saturating -log(1/2) = ln 2;  minimax log(1 - 1/2) = -ln 2
    //   least squares  D: (1/2 - 1)^2 + (1/2)^2 = 0.5;  G: (1/2 - 1)^2 = 0.25
    //   smoothed 0.9   D: 0.9 ln 2 + 0.1 ln 2 + ln 2 = 2 ln 2 still (both logs are ln 1/2)
    void workedValuesAtHalf() {
        const Matrix zeros = Matrix::Zero(4, 1);
        Matrix a(4, 1), b(4, 1);
        const double ln2 = std::log(2.0);
        QCOMPARE(discriminatorLoss(AdversarialLoss::NonSaturating, zeros, zeros, 1.0, a, b), 2.0 * ln2);
        QCOMPARE(discriminatorLoss(AdversarialLoss::NonSaturating, zeros, zeros, 0.9, a, b), 2.0 * ln2);
        // dL/dr = (1/2 - 0.9) / 4 = -0.1; dL/df = (1/2) / 4 = 0.125
        QVERIFY(std::abs(a(0, 0) + 0.1) < 1e-15 && b(0, 0) == 0.125);
        QCOMPARE(generatorLoss(AdversarialLoss::NonSaturating, zeros, a), ln2);
        QCOMPARE(generatorLoss(AdversarialLoss::Minimax, zeros, a), -ln2);
        QCOMPARE(discriminatorLoss(AdversarialLoss::LeastSquares, zeros, zeros, 1.0, a, b), 0.5);
        QCOMPARE(generatorLoss(AdversarialLoss::LeastSquares, zeros, a), 0.25);
    }

    // While D rejects G's samples (logit -8, D = 0.00034), the minimax loss
    // hardly moves G and the non-saturating one pulls at nearly full strength.
    void minimaxSaturatesWhereNonSaturatingDoesNot() {
        const Matrix rejected = Matrix::Constant(1, 1, -8.0);
        Matrix minimax(1, 1), nonSaturating(1, 1);
        generatorLoss(AdversarialLoss::Minimax, rejected, minimax);
        generatorLoss(AdversarialLoss::NonSaturating, rejected, nonSaturating);
        QVERIFY2(std::abs(minimax(0, 0)) < 1e-3, qPrintable(QString::number(minimax(0, 0))));
        QVERIFY2(nonSaturating(0, 0) < -0.99, qPrintable(QString::number(nonSaturating(0, 0))));
    }

    // Large logits stay finite: no exp() overflow, no log(0).
    void extremeLogitsStayFinite() {
        Matrix big(2, 1);
        big << 800.0, -800.0;
        Matrix a(2, 1), b(2, 1);
        for (const AdversarialLossInfo& info : adversarialLossTable()) {
            QVERIFY(std::isfinite(discriminatorLoss(info.loss, big, big, 0.9, a, b)) && a.allFinite() && b.allFinite());
            QVERIFY(std::isfinite(generatorLoss(info.loss, big, a)) && a.allFinite());
        }
    }

    void tableNamesTheKnownLosses() {
        QCOMPARE(QString(adversarialLossTable().front().name), QStringLiteral("non_saturating"));
        QVERIFY(findAdversarialLoss("least_squares").loss == AdversarialLoss::LeastSquares);
        try {
            findAdversarialLoss("minmax");
            QFAIL("no error");
        } catch (const SpecError& e) {
            QVERIFY2(QString(e.what()).contains("did you mean \"minimax\""), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestAdversarialLosses)
#include "tst_adversarial_losses.moc"
