// The numeric parts of the concept explorers (core/explorers/): surface
// gradients against central differences, the race's first steps against
// hand computations, the learning-rate factors of the intro notes,
// polynomial fits (exact, ridge, lasso zeros) and the capacity U-curve.
#include <QtTest>

#include "Error.h"
#include "explorers/BatchRace.h"
#include "explorers/Contours.h"
#include "explorers/LearningRate.h"
#include "explorers/NetworkSlice.h"
#include "explorers/PolynomialFit.h"
#include "explorers/Race.h"
#include "explorers/Surfaces.h"

#include <Eigen/Dense>

#include <cmath>
#include <memory>

using namespace nnlab;

Q_DECLARE_METATYPE(std::string)

namespace {

// max |a - b| / (|b| + scale), the oracle's relative error for one number
double relErr(double a, double b, double scale) { return std::abs(a - b) / (std::abs(b) + scale); }

Surface& surfaceNamed(const std::string& name) {
    // Built once: the network slice trains a net in its constructor.
    static std::map<std::string, std::unique_ptr<Surface>> cache;
    auto& s = cache[name];
    if (!s) {
        if (name == "line_mse") s = std::make_unique<LineMseSurface>(makeLineData(50, 2.0, -1.0, 0.5, 7));
        else s = makeSurface(name);
    }
    return *s;
}

}  // namespace

class TestExplorersCore : public QObject {
    Q_OBJECT
private slots:
    // ---- surfaces -------------------------------------------------------
    void surfaceGradients_data() {
        QTest::addColumn<std::string>("name");
        QTest::addColumn<double>("u");  // position as a share of the view, so every surface is probed alike
        QTest::addColumn<double>("v");
        std::vector<std::string> names = surfaceNames();
        names.push_back("line_mse");
        QVERIFY(names.size() >= 7);
        const double probes[][2] = {{0.13, 0.71}, {0.5, 0.37}, {0.82, 0.19}, {0.33, 0.9}};
        for (const std::string& n : names)
            for (const auto& p : probes)
                QTest::addRow("%s@%.2f,%.2f", n.c_str(), p[0], p[1]) << n << p[0] << p[1];
    }
    void surfaceGradients() {
        QFETCH(std::string, name);
        QFETCH(double, u);
        QFETCH(double, v);
        Surface& s = surfaceNamed(name);
        const SurfaceInfo& in = s.info();
        const double x = in.xMin + u * (in.xMax - in.xMin), y = in.yMin + v * (in.yMax - in.yMin);
        const double h = 1e-6;
        const double fx = (s.value(x + h, y) - s.value(x - h, y)) / (2 * h);
        const double fy = (s.value(x, y + h) - s.value(x, y - h)) / (2 * h);
        const Point2 g = s.gradient(x, y);
        const double scale = 1e-3 + std::hypot(fx, fy);
        QVERIFY2(relErr(g.x, fx, scale) < 1e-6, qPrintable(QString("df/dx %1 vs FD %2").arg(g.x).arg(fx)));
        QVERIFY2(relErr(g.y, fy, scale) < 1e-6, qPrintable(QString("df/dy %1 vs FD %2").arg(g.y).arg(fy)));
    }
    void surfaceMinimaAreStationary_data() {
        QTest::addColumn<std::string>("name");
        for (const auto& f : surfaceTable()) QTest::newRow(f.info.name.c_str()) << f.info.name;
    }
    void surfaceMinimaAreStationary() {
        QFETCH(std::string, name);
        Surface& s = surfaceNamed(name);
        QVERIFY(!s.info().minima.empty());
        for (const Point2& m : s.info().minima) {
            const Point2 g = s.gradient(m.x, m.y);
            QVERIFY2(std::hypot(g.x, g.y) < 1e-4, qPrintable(QString("|grad| %1 at (%2, %3)")
                                                                  .arg(std::hypot(g.x, g.y)).arg(m.x).arg(m.y)));
            QVERIFY(std::abs(s.value(m.x, m.y) - s.info().minValue) < 1e-9);
        }
    }
    void unknownSurfaceNamesTheKnownOnes() {
        try {
            makeSurface("rosenbrok");
            QFAIL("no exception");
        } catch (const SpecError& e) {
            QVERIFY(QString(e.what()).contains("rosenbrock"));
        }
    }
    void networkSliceIsTrainedAtTheOrigin() {
        auto& s = static_cast<NetworkSliceSurface&>(surfaceNamed(kNetworkSliceName));
        QCOMPARE(s.parameterCount(), std::size_t(2 * 6 + 6 + 6 + 1));
        // w0 was trained: moving the whole way along a direction costs loss.
        const double at0 = s.value(0.0, 0.0);
        QVERIFY(at0 < 0.5);  // below ln 2, the loss of guessing 0.5
        QVERIFY(s.value(1.0, 0.0) > at0 && s.value(0.0, -1.0) > at0);
        QVERIFY(s.info().minValue <= at0);
        // The star is the plane's minimum: stationary, and no grid point lies lower.
        const Point2 m = s.info().minima.at(0);
        const Point2 g = s.gradient(m.x, m.y);
        QVERIFY2(std::hypot(g.x, g.y) < 1e-4, qPrintable(QString::number(std::hypot(g.x, g.y))));
        QCOMPARE(s.value(m.x, m.y), s.info().minValue);
        for (double a = -1.0; a <= 1.0; a += 0.1)
            for (double b = -1.0; b <= 1.0; b += 0.1) QVERIFY(s.value(a, b) >= s.info().minValue);
    }

    void contourOfABowlIsACircle() {
        // f = x^2 + y^2 on [-2, 2]^2, level 1: the unit circle, length 2 pi.
        const int n = 81;
        std::vector<double> v(std::size_t(n * n));
        for (int iy = 0; iy < n; ++iy)
            for (int ix = 0; ix < n; ++ix) {
                const double x = -2.0 + 4.0 * ix / (n - 1), y = -2.0 + 4.0 * iy / (n - 1);
                v[std::size_t(iy * n + ix)] = x * x + y * y;
            }
        const std::vector<Point2> lines = contourLines(v, n, n, -2.0, 2.0, -2.0, 2.0, {1.0});
        QVERIFY(lines.size() > 30 && lines.size() % 3 == 0);
        double length = 0.0;
        for (std::size_t i = 0; i < lines.size(); i += 3) {
            QVERIFY(std::isnan(lines[i + 2].x));
            for (int k = 0; k < 2; ++k) QVERIFY(std::abs(std::hypot(lines[i + k].x, lines[i + k].y) - 1.0) < 2e-3);
            length += std::hypot(lines[i + 1].x - lines[i].x, lines[i + 1].y - lines[i].y);
        }
        QVERIFY2(std::abs(length - 2 * M_PI) < 0.01, qPrintable(QString::number(length)));
        QCOMPARE(evenLevels(0.0, 1.0, 3), (std::vector<double>{0.25, 0.5, 0.75}));
    }

    // ---- race: engine optimizers against hand computations ---------------
    void sgdFirstStepsByHand() {
        // f = (x^2 + 25 y^2)/2 from (-9, 2.5), lr 0.07: g0 = (-9, 62.5)
        // x1 = (-9 + 0.07*9, 2.5 - 0.07*62.5) = (-8.37, -1.875)
        // g1 = (-8.37, -46.875); x2 = (-8.37 + 0.5859, -1.875 + 3.28125) = (-7.7841, 1.40625)
        Race race(makeSurface("quadratic"));
        QCOMPARE(race.start().x, -9.0);
        race.add(NamedSpec("sgd", {{"lr", 0.07}}));
        race.step(2);
        const auto& t = race.racer(0).trail();
        QCOMPARE(int(t.size()), 3);
        QVERIFY(std::abs(t[1].x + 8.37) < 1e-12 && std::abs(t[1].y + 1.875) < 1e-12);
        QVERIFY(std::abs(t[2].x + 7.7841) < 1e-12 && std::abs(t[2].y - 1.40625) < 1e-12);
        // values: f(x2) = (7.7841^2 + 25 * 1.40625^2) / 2
        QVERIFY(std::abs(race.racer(0).values()[2] - 0.5 * (7.7841 * 7.7841 + 25 * 1.40625 * 1.40625)) < 1e-9);
    }
    void momentumFirstStepsByHand() {
        // PyTorch sum form, mu 0.9, lr 0.07: v1 = g0 = (-9, 62.5), x1 = (-8.37, -1.875) as SGD;
        // g1 = (-8.37, -46.875); v2 = 0.9 v1 + g1 = (-16.47, 9.375);
        // x2 = x1 - 0.07 v2 = (-8.37 + 1.1529, -1.875 - 0.65625) = (-7.2171, -2.53125)
        Race race(makeSurface("quadratic"));
        race.add(NamedSpec("momentum", {{"lr", 0.07}, {"momentum", 0.9}}));
        race.step(2);
        const auto& t = race.racer(0).trail();
        QVERIFY(std::abs(t[1].x + 8.37) < 1e-12 && std::abs(t[1].y + 1.875) < 1e-12);
        QVERIFY(std::abs(t[2].x + 7.2171) < 1e-12 && std::abs(t[2].y + 2.53125) < 1e-12);
    }
    void adamFirstStepIsLrTimesSign() {
        // m1/(1-b1) = g, v1/(1-b2) = g^2: step = lr g / (|g| + eps) = lr sign(g) (1 - eps/|g|)
        Race race(makeSurface("quadratic"));
        race.add(NamedSpec("adam", {{"lr", 0.3}}));
        race.step(1);
        const Point2 p = race.racer(0).trail()[1];
        QVERIFY(std::abs(p.x - (-9.0 + 0.3)) < 1e-9);  // g.x = -9 < 0: x grows
        QVERIFY(std::abs(p.y - (2.5 - 0.3)) < 1e-9);   // g.y = 62.5 > 0: y shrinks
    }
    void racersStayLevelAndResetTogether() {
        Race race(makeSurface("rosenbrock"));
        race.add(NamedSpec("sgd", {{"lr", 0.001}}));
        race.step(5);
        Racer& late = race.add(NamedSpec("sgd", {{"lr", 0.001}}));  // catches up
        QCOMPARE(late.trail().size(), race.racer(0).trail().size());
        QCOMPARE(late.position().x, race.racer(0).position().x);
        race.setStart({0.5, 0.5});
        QCOMPARE(race.steps(), 0);
        QCOMPARE(int(race.racer(1).trail().size()), 1);
        QCOMPARE(race.racer(1).position().y, 0.5);
        race.replace(0, NamedSpec("adam", {{"lr", 0.02}}));
        QCOMPARE(race.racer(0).optimizer().name(), std::string("adam"));
        QCOMPARE(race.racer(0).spec().get("lr", 0.0), 0.02);
        QVERIFY_THROWS_EXCEPTION(SpecError, race.replace(0, NamedSpec("adamm")));
        QCOMPARE(race.racer(0).optimizer().name(), std::string("adam"));  // the old one stays
    }
    void divergedRacerStopsFinite() {
        // lr 1 on the bowl: y factor 1 - 25 = -24 per step; leaves |y| < 1e6 within 5 steps.
        Race race(makeSurface("quadratic"));
        race.add(NamedSpec("sgd", {{"lr", 1.0}}));
        race.step(50);
        const Racer& r = race.racer(0);
        QVERIFY(r.diverged());
        QVERIFY(r.trail().size() < 10);
        for (const Point2& p : r.trail()) QVERIFY(std::isfinite(p.x) && std::isfinite(p.y));
        QCOMPARE(r.values().size(), r.trail().size());
    }
    void saddleHoldsGradientDescentOnTheRidge() {
        // Started on y = 0 the gradient has no y part: GD converges to the saddle (0, 0), f = 0.
        Race race(makeSurface("saddle"));
        race.setStart({-2.0, 0.0});
        race.add(NamedSpec("sgd", {{"lr", 0.1}}));
        race.add(NamedSpec("sgd", {{"lr", 0.1}}));
        race.step(300);
        QVERIFY(std::abs(race.racer(0).position().y) == 0.0);
        QVERIFY(std::abs(race.racer(0).values().back()) < 1e-12);
        // Just off the ridge it escapes to a minimum, f = -1/4.
        race.setStart({-2.0, 1e-3});
        race.step(300);
        QVERIFY(std::abs(race.racer(1).values().back() + 0.25) < 1e-6);
    }

    // ---- batch, mini-batch, stochastic -----------------------------------
    void batchRunnersCountEpochsAndNoise() {
        BatchRace race(makeLineData(40, 2.0, -1.0, 0.5, 11), 5);
        race.add(40);  // batch GD
        race.add(8);   // mini-batch
        race.add(1);   // stochastic
        race.step(20);
        QCOMPARE(race.runner(0).epochs.back(), 20.0);     // one update per epoch
        QCOMPARE(race.runner(1).epochs.back(), 4.0);      // 5 updates per epoch (ceil(40/8))
        QCOMPARE(race.runner(2).epochs.back(), 0.5);      // 40 updates per epoch
        for (double a : race.runner(0).angles) QVERIFY(a < 1e-6);  // the exact gradient
        double sgdAngle = 0.0;
        for (double a : race.runner(2).angles) sgdAngle = std::max(sgdAngle, a);
        QVERIFY(sgdAngle > 10.0);
        // Batch GD is the engine SGD on the full surface: same path as the plain race.
        auto line = std::make_unique<LineMseSurface>(makeLineData(40, 2.0, -1.0, 0.5, 11));
        Race plain(std::move(line));
        plain.setStart(race.start());
        plain.add(NamedSpec("sgd", {{"lr", race.learningRate()}}));
        plain.step(20);
        QVERIFY(std::abs(plain.racer(0).position().x - race.runner(0).racer->position().x) < 1e-12);
        QVERIFY(std::abs(plain.racer(0).position().y - race.runner(0).racer->position().y) < 1e-12);
        // Same seed, same noisy path.
        BatchRace again(makeLineData(40, 2.0, -1.0, 0.5, 11), 5);
        again.add(40);
        again.add(8);
        again.add(1);
        again.step(20);
        QCOMPARE(again.runner(2).racer->position().x, race.runner(2).racer->position().x);
        // The batch GD end point is near the least-squares line.
        race.step(2000);
        const Point2 best = race.surface().leastSquares();
        QVERIFY(std::abs(race.runner(0).racer->position().x - best.x) < 1e-6);
    }
    void decayLetsSgdSettle() {
        BatchRace race(makeLineData(40, 2.0, -1.0, 0.5, 11), 5);
        race.setLearningRate(0.1);
        race.add(1);
        race.step(40 * 60);
        const Point2 best = race.surface().leastSquares();
        auto distance = [&] {
            const Point2 p = race.runner(0).racer->position();
            return std::hypot(p.x - best.x, p.y - best.y);
        };
        // Average distance over the last epoch with and without decay.
        auto lastEpochDistance = [&] {
            double sum = 0.0;
            for (int i = 0; i < 40; ++i) {
                race.step(1);
                sum += distance();
            }
            return sum / 40;
        };
        const double without = lastEpochDistance();
        race.setDecay(true);
        race.step(40 * 60);
        const double with = lastEpochDistance();
        QVERIFY2(with < 0.5 * without, qPrintable(QString("with %1, without %2").arg(with).arg(without)));
        // setDecay restarted the race: the last of 61 * 40 updates is in epoch 60 (counted from 0),
        // so SGD stepped with 0.1 / (1 + 60); batch GD (exact gradient) keeps 0.1.
        QVERIFY(std::abs(race.runner(0).racer->optimizer().learningRate() - 0.1 / 61.0) < 1e-15);
        race.add(40);
        race.step(3);
        QCOMPARE(race.runner(1).racer->optimizer().learningRate(), 0.1);
    }

    // ---- learning rate ---------------------------------------------------
    void learningRateFactors_data() {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("factor");
        QTest::addColumn<int>("regime");
        // intro-notes: x = 3: 1 - 2 * 0.1 * 9 = -0.8; 1 - 2 * 0.12 * 9 = -1.16
        QTest::newRow("x=3 a=0.1 converges") << 3.0 << 0.1 << -0.8 << int(LrRegime::Oscillating);
        QTest::newRow("x=3 a=0.12 diverges") << 3.0 << 0.12 << -1.16 << int(LrRegime::Diverging);
        QTest::newRow("x=3 a=0.01 monotone") << 3.0 << 0.01 << 0.82 << int(LrRegime::Monotone);
        QTest::newRow("x=3 a=1/18 one step") << 3.0 << 1.0 / 18.0 << 0.0 << int(LrRegime::OneStep);
        QTest::newRow("x=3 a=1/9 bounces") << 3.0 << 1.0 / 9.0 << -1.0 << int(LrRegime::Bouncing);
        // ad3501 notes, f = w^2 (x = 1, y = 0): a = 0.1 gives 0.8^k, a = 1 bounces, a = 1.1 gives (-1.2)^k
        QTest::newRow("x=1 a=0.1") << 1.0 << 0.1 << 0.8 << int(LrRegime::Monotone);
        QTest::newRow("x=1 a=1") << 1.0 << 1.0 << -1.0 << int(LrRegime::Bouncing);
        QTest::newRow("x=1 a=1.1") << 1.0 << 1.1 << -1.2 << int(LrRegime::Diverging);
        QTest::newRow("a=0 stuck") << 3.0 << 0.0 << 1.0 << int(LrRegime::NoProgress);
    }
    void learningRateFactors() {
        QFETCH(double, x);
        QFETCH(double, alpha);
        QFETCH(double, factor);
        QFETCH(int, regime);
        QVERIFY(std::abs(lrFactor(alpha, x) - factor) < 1e-12);
        QCOMPARE(int(lrRegime(alpha, x)), regime);
        // The engine's SGD on E = (xw - y)^2 shrinks w - w* by exactly the factor each step.
        const double y = 2.0 * x, wStar = y / x, w0 = -1.0;
        const LrRun run = runLearningRate(x, y, w0, alpha, 6);
        QCOMPARE(int(run.w.size()), 7);
        for (int k = 1; k <= 6; ++k) {
            const double expected = std::pow(factor, k) * (w0 - wStar) + wStar;
            QVERIFY2(std::abs(run.w[std::size_t(k)] - expected) < 1e-9 * (1 + std::abs(expected)),
                     qPrintable(QString("w%1 = %2, expected %3").arg(k).arg(run.w[std::size_t(k)]).arg(expected)));
        }
        QVERIFY(std::abs(run.loss[0] - (x * w0 - y) * (x * w0 - y)) < 1e-12);
    }
    void learningRateBandEdges() {
        QCOMPARE(lrMonotoneLimit(3.0), 1.0 / 18.0);
        QCOMPARE(lrStableLimit(3.0), 1.0 / 9.0);
        QVERIFY(0.1 < lrStableLimit(3.0) && 0.12 > lrStableLimit(3.0));
        // f(x) = x^2, x0 = 1, a = 0.1: x1 = 0.8, x2 = 0.64 (ad3501 notes)
        const LrRun run = runLearningRate(1.0, 0.0, 1.0, 0.1, 2);
        QVERIFY(std::abs(run.w[1] - 0.8) < 1e-15 && std::abs(run.w[2] - 0.64) < 1e-15);
    }

    // ---- polynomial fits -------------------------------------------------
    void polynomialFitIsExactWithoutNoise_data() {
        QTest::addColumn<int>("degree");
        for (int d : {1, 3, 5, 8}) QTest::addRow("degree %d", d) << d;
    }
    void polynomialFitIsExactWithoutNoise() {
        QFETCH(int, degree);
        Vector truth(4);
        truth << 0.5, -1.0, 2.0, 0.75;  // 0.5 - x + 2x^2 + 0.75x^3
        Vector x = Vector::LinSpaced(30, -1.0, 1.0);
        Vector y = polyValues(truth, x);
        const PolyFit fit = fitPolynomial(x, y, degree);
        QCOMPARE(fit.coef.size(), Index(degree + 1));
        if (degree >= 3) {
            for (int k = 0; k <= degree; ++k)
                QVERIFY2(std::abs(fit.coef(k) - (k < 4 ? truth(k) : 0.0)) < 1e-8,
                         qPrintable(QString("c%1 = %2").arg(k).arg(fit.coef(k))));
            QVERIFY(meanSquaredError(fit.coef, x, y) < 1e-18);
        } else {
            QVERIFY(meanSquaredError(fit.coef, x, y) > 1e-3);  // a line cannot fit a cubic
        }
    }
    void ridgeMatchesNormalEquations() {
        const PolySample s = makePolySample(findPolyTarget("sine"), 25, 10, 0.2, 3);
        const double l2 = 0.01;
        const PolyFit fit = fitRidge(s.trainX, s.trainY, 5, l2);
        // (X^T X / n + l2 D) c = X^T y / n, D = diag(0, 1, ..., 1)
        const Matrix f = polyFeatures(s.trainX, 5);
        const double n = double(s.trainX.size());
        Matrix a = f.transpose() * f / n;
        for (int k = 1; k <= 5; ++k) a(k, k) += l2;
        const Vector c = a.ldlt().solve(Vector(f.transpose() * s.trainY / n));
        QVERIFY((fit.coef - c).cwiseAbs().maxCoeff() < 1e-9);
        // A stronger penalty shrinks the penalised coefficients.
        const PolyFit strong = fitRidge(s.trainX, s.trainY, 5, 1.0);
        QVERIFY(strong.coef.tail(5).norm() < fit.coef.tail(5).norm());
    }
    void lassoGivesExactZeros() {
        const PolySample s = makePolySample(findPolyTarget("sine"), 30, 10, 0.1, 4);
        // Strong L1: every penalised coefficient exactly 0, c0 the mean of y.
        const PolyFit flat = fitPolynomial(s.trainX, s.trainY, 9, 10.0, 0.0);
        QVERIFY(flat.converged);
        for (int k = 1; k <= 9; ++k) QCOMPARE(flat.coef(k), 0.0);
        QVERIFY(std::abs(flat.coef(0) - s.trainY.mean()) < 1e-12);
        // Moderate L1: some exact zeros, some not; L2 of similar strength: none.
        const PolyFit sparse = fitPolynomial(s.trainX, s.trainY, 9, 0.01, 0.0);
        QVERIFY(sparse.converged);
        int zeros = 0;
        for (int k = 1; k <= 9; ++k) zeros += sparse.coef(k) == 0.0 ? 1 : 0;
        QVERIFY2(zeros >= 3 && zeros <= 8, qPrintable(QString("%1 zeros").arg(zeros)));
        const PolyFit ridge = fitPolynomial(s.trainX, s.trainY, 9, 0.0, 0.01);
        for (int k = 1; k <= 9; ++k) QVERIFY(ridge.coef(k) != 0.0);
        // Optimality (KKT) of the lasso solution: data gradient d_k = (2/n) X_k^T (X c - y);
        // c_k != 0: d_k + l1 sign(c_k) = 0; c_k = 0: |d_k| <= l1.
        const Matrix f = polyFeatures(s.trainX, 9);
        const Vector d = 2.0 * f.transpose() * (f * sparse.coef - s.trainY) / double(s.trainX.size());
        QVERIFY(std::abs(d(0)) < 1e-7);
        for (int k = 1; k <= 9; ++k) {
            if (sparse.coef(k) != 0.0) QVERIFY(std::abs(d(k) + 0.01 * (sparse.coef(k) > 0 ? 1 : -1)) < 1e-6);
            else QVERIFY(std::abs(d(k)) <= 0.01 + 1e-9);
        }
        // Coordinate descent does not do worse than the ridge-free least squares start or zero.
        QVERIFY(polyObjective(sparse.coef, s.trainX, s.trainY, 0.01, 0.0) <=
                polyObjective(Vector::Zero(10), s.trainX, s.trainY, 0.01, 0.0));
    }
    void lassoIsCertifiedAtSmallPenalties_data() {
        QTest::addColumn<double>("l1");
        QTest::addColumn<double>("l2");
        for (double l1 : {1e-6, 1e-5, 1e-4, 1e-3}) {
            QTest::addRow("l1=%g", l1) << l1 << 0.0;
            QTest::addRow("l1=%g l2=1e-4", l1) << l1 << 1e-4;
        }
    }
    void lassoIsCertifiedAtSmallPenalties() {
        // Degree 15 on 20 points: nearly collinear columns, where plain coordinate
        // descent needs more than 10^5 sweeps; the active-set finish certifies the optimum.
        QFETCH(double, l1);
        QFETCH(double, l2);
        const PolySample s = makePolySample(findPolyTarget("sine"), 20, 10, 0.2, 1);
        const PolyFit fit = fitPolynomial(s.trainX, s.trainY, 15, l1, l2);
        QVERIFY(fit.converged);
        QVERIFY(lassoOptimal(s.trainX, s.trainY, fit.coef, l1, l2));
        // Independent check: no small move of one coefficient lowers J.
        const double j0 = polyObjective(fit.coef, s.trainX, s.trainY, l1, l2);
        for (int k = 0; k <= 15; ++k)
            for (double step : {1e-7, -1e-7}) {
                Vector c = fit.coef;
                c(k) += step;
                QVERIFY2(polyObjective(c, s.trainX, s.trainY, l1, l2) >= j0 - 1e-15,
                         qPrintable(QString("c%1 %2").arg(k).arg(step)));
            }
        // A wrong certificate is refused: flip one coefficient's sign.
        Vector wrong = fit.coef;
        wrong(1) = -wrong(1) + (wrong(1) == 0.0 ? 0.1 : 0.0);
        QVERIFY(!lassoOptimal(s.trainX, s.trainY, wrong, l1, l2));
    }
    void softThresholdIsExact() {
        QCOMPARE(softThreshold(0.3, 0.5), 0.0);
        QCOMPARE(softThreshold(-0.5, 0.5), 0.0);
        QCOMPARE(softThreshold(0.75, 0.5), 0.25);
        QCOMPARE(softThreshold(-2.0, 0.5), -1.5);
    }
    void validationErrorIsUShaped() {
        // Fixed seed: 20 noisy points of sin(pi x), validation on 200.
        const PolySample s = makePolySample(findPolyTarget("sine"), 20, 200, 0.2, 1);
        const CapacityCurve c = capacitySweep(s, 15);
        QCOMPARE(int(c.degree.size()), 15);
        // Training error never rises with the degree (nested models, exact least squares).
        for (std::size_t i = 1; i < c.train.size(); ++i) QVERIFY(c.train[i] <= c.train[i - 1] * (1 + 1e-9) + 1e-15);
        const std::size_t best = std::size_t(c.bestDegree - 1);
        QVERIFY2(c.bestDegree >= 3 && c.bestDegree <= 9, qPrintable(QString("best degree %1").arg(c.bestDegree)));
        QVERIFY(c.validation.front() > 2.0 * c.validation[best]);  // degree 1 underfits
        QVERIFY(c.validation.back() > 2.0 * c.validation[best]);   // degree 15 overfits
        QVERIFY(c.train.back() < c.validation.back() / 10.0);    // ... with a wide gap
        // L2 tames degree 15.
        const PolyFit wild = fitPolynomial(s.trainX, s.trainY, 15);
        const PolyFit tame = fitPolynomial(s.trainX, s.trainY, 15, 0.0, 1e-3);
        QVERIFY(meanSquaredError(tame.coef, s.valX, s.valY) < meanSquaredError(wild.coef, s.valX, s.valY));
    }
};

QTEST_GUILESS_MAIN(TestExplorersCore)
#include "tst_explorers_core.moc"
