// Activations: PyTorch reference cases (../shared/oracle/activations.json),
// finite differences for every table entry with a gradient, curriculum worked
// examples, names/parameters, extreme inputs and no allocation in a step.
#include <QtTest>

#include "AllocationCounter.h"

#include "Error.h"
#include "OracleJson.h"
#include "activations/Activation.h"

#include <atomic>
#include <cfenv>
#include <cmath>
#include <cstdlib>
#include <random>
#include <set>

using namespace nnlab;


namespace {

const char* kOracleFile = "activations.json";

Array evalForward(const Activation& act, const Array& x) {
    Array y(x.rows(), x.cols());
    act.forward(x, y);
    return y;
}

Array evalBackward(const Activation& act, const Array& x, const Array& dy) {
    Array y(x.rows(), x.cols()), dx(x.rows(), x.cols());
    act.forward(x, y);
    act.backward(x, y, dy, dx);
    return dx;
}

bool allFinite(const Array& a) { return a.isFinite().all(); }

// Inputs off the kinks: 0 (relu, leaky_relu, elu, selu, binary_step) and
// +-3 (hard_sigmoid).
Array pointsOffKinks(Index rows, Index cols, std::uint64_t seed) {
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> u(-4.0, 4.0);
    Array x(rows, cols);
    for (Index i = 0; i < x.size(); ++i) {
        double v;
        do v = u(gen);
        while (std::abs(v) < 0.05 || std::abs(std::abs(v) - 3.0) < 0.05);
        x.data()[i] = v;
    }
    return x;
}

Array uniform(Index rows, Index cols, double lo, double hi, std::uint64_t seed) {
    std::mt19937_64 gen(seed);
    std::uniform_real_distribution<double> u(lo, hi);
    Array a(rows, cols);
    for (Index i = 0; i < a.size(); ++i) a.data()[i] = u(gen);
    return a;
}

// Reference values in long double from the textbook forms, each written so
// that it does not cancel at the test points (sigmoid forms, erfc, expm1).
using Ld = long double;
Ld sigmoidL(Ld x) { return 1.0L / (1.0L + std::exp(-x)); }
struct Reference {
    const char* name;
    Ld (*f)(Ld);
    Ld (*df)(Ld);
    // Derivatives taken from y (sigmoid y(1-y), tanh 1-y^2, elu/selu y + a)
    // save an exp on the hot path; in the saturated tail they are exact to an
    // ulp of 1 (absolute), not relatively. 0: relative accuracy everywhere.
    double dAbs = 0.0;
};
const Ld kCL = std::sqrt(2.0L / 3.14159265358979323846264338327950288L);
const Reference kReferences[] = {
    {"sigmoid", &sigmoidL, [](Ld x) { return sigmoidL(x) * sigmoidL(-x); }, 1e-15},
    {"tanh", [](Ld x) { return std::tanh(x); }, [](Ld x) { return 1.0L / (std::cosh(x) * std::cosh(x)); }, 1e-15},
    {"softplus", [](Ld x) { return std::log1p(std::exp(x)); }, &sigmoidL},
    {"swish", [](Ld x) { return x * sigmoidL(x); },
     [](Ld x) { return sigmoidL(x) + x * sigmoidL(x) * sigmoidL(-x); }},
    {"gelu", [](Ld x) { return x * 0.5L * std::erfc(-x / std::sqrt(2.0L)); },
     [](Ld x) {
         return 0.5L * std::erfc(-x / std::sqrt(2.0L)) +
                x * std::exp(-x * x / 2.0L) / std::sqrt(2.0L * 3.14159265358979323846264338327950288L);
     }},
    {"gelu_tanh", [](Ld x) { return x * sigmoidL(2.0L * kCL * (x + 0.044715L * x * x * x)); },
     [](Ld x) {
         const Ld t = 2.0L * kCL * (x + 0.044715L * x * x * x);
         return sigmoidL(t) + x * sigmoidL(t) * sigmoidL(-t) * 2.0L * kCL * (1.0L + 3.0L * 0.044715L * x * x);
     }},
    {"mish", [](Ld x) { return x * std::tanh(std::log1p(std::exp(x))); },
     [](Ld x) {
         const Ld t = std::tanh(std::log1p(std::exp(x)));
         return t + x * (1.0L - t) * (1.0L + t) * sigmoidL(x);
     }},
    {"elu", [](Ld x) { return x > 0 ? x : std::expm1(x); }, [](Ld x) { return x > 0 ? 1.0L : std::exp(x); }, 1e-15},
    {"selu", [](Ld x) { return 1.0507009873554805L * (x > 0 ? x : 1.6732632423543772L * std::expm1(x)); },
     [](Ld x) { return 1.0507009873554805L * (x > 0 ? 1.0L : 1.6732632423543772L * std::exp(x)); }, 1e-15},
};

QString errorText(const char* what, double err) {
    return QString("%1: relative error %2 (fails above %3)").arg(what).arg(err, 0, 'g', 3).arg(oracle::kFail);
}

}  // namespace

class TestActivations : public QObject {
    Q_OBJECT

    double m_maxValueError = 0.0;
    double m_maxGradError = 0.0;
    double m_maxFdError = 0.0;

private slots:
    void oracleFileExists() {
        const QString path = oracle::dir() + "/" + kOracleFile;
        QVERIFY2(QFileInfo::exists(path), qPrintable("missing oracle file " + path));
        const auto j = oracle::load(kOracleFile);
        QCOMPARE(QString::fromStdString(j.at("kind").get<std::string>()), QString("activations"));
        QVERIFY(j.at("cases").size() >= 10);
    }

    void oracleCases_data() {
        QTest::addColumn<QString>("name");
        const auto j = oracle::load(kOracleFile);
        for (const auto& [name, c] : j.at("cases").items()) QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    // y = f(x) and dy/dx (backward with dy = 1); softmax: dL/dx from the upstream.
    void oracleCases() {
        QFETCH(QString, name);
        const auto c = oracle::load(kOracleFile).at("cases").at(name.toStdString());
        const ActivationInfo* info = nullptr;
        try {
            info = &findActivation(name.toStdString());
        } catch (const SpecError& e) {
            QFAIL(qPrintable("the oracle's activation is unknown to the engine: " + QString(e.what())));
        }
        QVERIFY2(info->backward, "the oracle gives a gradient for an activation without backward");
        const Activation act{NamedSpec(name.toStdString())};  // the oracle uses the defaults

        const Array x = oracle::toMatrix(c.at("x")).array();
        const Array y = evalForward(act, x);
        const double yErr = oracle::relativeError(y.matrix(), oracle::toMatrix(c.at("y")));
        m_maxValueError = std::max(m_maxValueError, yErr);
        QVERIFY2(yErr < oracle::kFail, qPrintable(errorText("y", yErr)));

        const bool rowWise = c.contains("upstream");
        QCOMPARE(info->rowWise, rowWise);
        const Array dy = rowWise ? Array(oracle::toMatrix(c.at("upstream")).array())
                                 : Array(Array::Ones(x.rows(), x.cols()));
        const Array dx = evalBackward(act, x, dy);
        const double gErr = oracle::relativeError(dx.matrix(), oracle::toMatrix(c.at(rowWise ? "dL_dx" : "dy_dx")));
        m_maxGradError = std::max(m_maxGradError, gErr);
        QVERIFY2(gErr < oracle::kFail, qPrintable(errorText(rowWise ? "dL_dx" : "dy_dx", gErr)));
    }

    void everyGradientIsInTheOracle() {
        const auto cases = oracle::load(kOracleFile).at("cases");
        for (const auto& info : activationTable())
            if (info.backward) QVERIFY2(cases.contains(info.name), qPrintable(QString("no oracle case for ") + info.name));
    }

    void tableIsConsistent() {
        std::set<std::string> names;
        for (const auto& info : activationTable()) {
            QVERIFY2(names.insert(info.name).second, info.name);
            QVERIFY(info.label && *info.label);
            QVERIFY(info.forward);
            QVERIFY(info.params.size() <= std::size_t(kMaxActivationParams));
            // Where the trainer refuses an activation, it must be able to say why.
            if (!info.backward) QVERIFY2(info.whyNoGradient && *info.whyNoGradient, info.name);
            QCOMPARE(&findActivation(info.name), &info);
        }
        QVERIFY(Activation().isLinear());
    }

    void finiteDifferences_data() {
        QTest::addColumn<QString>("name");
        for (const auto& info : activationTable())
            if (info.backward) QTest::newRow(info.name) << QString(info.name);
    }

    // Central differences, h = 1e-6, of L = sum(f(x) * dy) with a random upstream
    // dy, against backward(). Covers softmax's Jacobian-vector product too.
    void finiteDifferences() {
        QFETCH(QString, name);
        const Activation act{NamedSpec(name.toStdString())};
        const double h = 1e-6;
        const Array x = pointsOffKinks(3, 5, 11);
        const Array dy = uniform(3, 5, -1.0, 1.0, 12);
        const Array dx = evalBackward(act, x, dy);
        Array fd(x.rows(), x.cols());
        for (Index i = 0; i < x.size(); ++i) {
            Array xp = x, xm = x;
            xp.data()[i] += h;
            xm.data()[i] -= h;
            fd.data()[i] = ((evalForward(act, xp) * dy).sum() - (evalForward(act, xm) * dy).sum()) / (2.0 * h);
        }
        const double err = oracle::relativeError(dx.matrix(), fd.matrix());
        m_maxFdError = std::max(m_maxFdError, err);
        QVERIFY2(err < 1e-6, qPrintable(errorText("finite differences", err)));
    }

    // Curriculum 000-16 [WE-4]: the same logits through independent sigmoids and softmax.
    void workedExampleSigmoidVsSoftmax() {
        Array x(1, 4);
        x << -0.5, 1.2, -0.1, 2.4;
        // sigmoid(-0.5) = 1/(1+e^0.5) = 1/2.6487 = 0.3775, ...
        const Array s = evalForward(Activation(NamedSpec("sigmoid")), x);
        const double sigmoidExpected[] = {0.3775, 0.7685, 0.4750, 0.9168};
        // softmax: e^x = 0.6065, 3.3201, 0.9048, 11.0232; sum 15.8546; 0.6065/15.8546 = 0.0383, ...
        const Array p = evalForward(Activation(NamedSpec("softmax")), x);
        const double softmaxExpected[] = {0.0383, 0.2094, 0.0571, 0.6953};
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(std::abs(s(0, i) - sigmoidExpected[i]) <= 0.5e-4, qPrintable(QString::number(s(0, i))));
            QVERIFY2(std::abs(p(0, i) - softmaxExpected[i]) <= 0.5e-4, qPrintable(QString::number(p(0, i))));
        }
        QVERIFY(std::abs(s.sum() - 2.5379) <= 0.5e-4);  // sigmoids need not add to 1
        QVERIFY(std::abs(p.sum() - 1.0) <= 1e-15);
    }

    // Curriculum 003-22 [WE-15]: outputs 0.8 .. 0.6 add to 3.8, softmax makes them add to 1.
    void workedExampleSoftmaxScores() {
        Array x(1, 5);
        x << 0.8, 0.9, 0.7, 0.8, 0.6;
        // e^x = 2.225541, 2.459603, 2.013753, 2.225541, 1.822119; sum 10.746557
        const Array p = evalForward(Activation(NamedSpec("softmax")), x);
        const double expected[] = {0.207093, 0.228874, 0.187386, 0.207093, 0.169554};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(std::abs(p(0, i) - expected[i]) <= 0.5e-6, qPrintable(QString::number(p(0, i), 'f', 8)));
    }

    // For K = 2, softmax([z, 0])_0 = e^z / (e^z + 1) = sigmoid(z).
    void softmaxOfTwoIsSigmoid() {
        const Activation softmax{NamedSpec("softmax")}, sigmoid{NamedSpec("sigmoid")};
        for (double z : {-30.0, -2.5, -0.3, 0.0, 0.7, 4.0, 30.0}) {
            Array pair(1, 2), single(1, 1);
            pair << z, 0.0;
            single << z;
            const double a = evalForward(softmax, pair)(0, 0), b = evalForward(sigmoid, single)(0, 0);
            QVERIFY2(std::abs(a - b) <= 1e-15 * b, qPrintable(QString("z = %1: %2 vs %3").arg(z).arg(a).arg(b)));
        }
    }

    void unknownNameSuggestsTheClosest() {
        try {
            findActivation("rlu");
            QFAIL("findActivation(\"rlu\") did not throw");
        } catch (const SpecError& e) {
            const QString msg = e.what();
            QVERIFY2(msg.contains("did you mean \"relu\""), qPrintable(msg));
            QVERIFY2(msg.contains("unknown activation \"rlu\""), qPrintable(msg));
            QVERIFY2(msg.contains("gelu_tanh"), qPrintable(msg));  // the known list
        }
        QVERIFY_THROWS_EXCEPTION(SpecError, Activation(NamedSpec("Relu")));  // names are exact
    }

    void parameterOverride() {
        const Activation leaky{NamedSpec("leaky_relu", {{"slope", 0.2}})};
        QCOMPARE(leaky.params()[0], 0.2);
        Array x(1, 3);
        x << -2.0, -0.5, 3.0;
        const Array y = evalForward(leaky, x);
        QCOMPARE(y(0, 0), -0.4);  // 0.2 * -2
        QCOMPARE(y(0, 1), -0.1);
        QCOMPARE(y(0, 2), 3.0);
        const Array d = evalBackward(leaky, x, Array::Ones(1, 3));
        QCOMPARE(d(0, 0), 0.2);
        QCOMPARE(d(0, 2), 1.0);
        // The default is the README's 0.01.
        QCOMPARE(Activation(NamedSpec("leaky_relu")).params()[0], 0.01);
        QCOMPARE(evalForward(Activation(NamedSpec("elu", {{"alpha", 2.0}})), x)(0, 0), 2.0 * std::expm1(-2.0));
    }

    void unknownParameterRejected() {
        try {
            Activation bad(NamedSpec("leaky_relu", {{"alpha", 0.2}}));
            QFAIL("an unknown parameter was accepted");
        } catch (const SpecError& e) {
            QVERIFY2(QString(e.what()).contains("no parameter \"alpha\""), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(SpecError, Activation(NamedSpec("relu", {{"slope", 0.1}})));
        QVERIFY_THROWS_EXCEPTION(SpecError, Activation(NamedSpec("selu", {{"lambda", 1.0}})));
    }

    void binaryStepIsForwardOnly() {
        const Activation step{NamedSpec("binary_step")};
        QVERIFY(!step.hasGradient());
        QVERIFY(step.info().backward == nullptr);
        QVERIFY(step.info().whyNoGradient);
        QVERIFY(QString(step.info().whyNoGradient).contains("no gradient reaches the weights"));
        Array x(1, 4);
        x << -1.0, 0.0, 1e-9, 2.0;
        const Array y = evalForward(step, x);
        QCOMPARE(y(0, 0), 0.0);
        QCOMPARE(y(0, 1), 1.0);  // 1 if x >= 0
        QCOMPARE(y(0, 2), 1.0);
        QCOMPARE(y(0, 3), 1.0);
        const Array y1 = evalForward(Activation(NamedSpec("binary_step", {{"threshold", 1.0}})), x);
        QCOMPARE(y1(0, 2), 0.0);
        QCOMPARE(y1(0, 3), 1.0);
    }

    // The README's conventions where the derivative is not defined: relu'(0) = 0,
    // leaky_relu'(0) = slope, hard_sigmoid' = 1/6 on the closed [-3, 3].
    void derivativesAtKinks() {
        Array x(1, 5);
        x << -3.0000001, -3.0, 0.0, 3.0, 3.0000001;
        const Array ones = Array::Ones(1, 5);
        const Array r = evalBackward(Activation(NamedSpec("relu")), x, ones);
        QCOMPARE(r(0, 2), 0.0);
        const Array l = evalBackward(Activation(NamedSpec("leaky_relu")), x, ones);
        QCOMPARE(l(0, 2), 0.01);
        const Array h = evalBackward(Activation(NamedSpec("hard_sigmoid")), x, ones);
        QCOMPARE(h(0, 0), 0.0);
        QCOMPARE(h(0, 1), 1.0 / 6.0);
        QCOMPARE(h(0, 2), 1.0 / 6.0);
        QCOMPARE(h(0, 3), 1.0 / 6.0);
        QCOMPARE(h(0, 4), 0.0);
        const Array hy = evalForward(Activation(NamedSpec("hard_sigmoid")), x);
        QCOMPARE(hy(0, 1), 0.0);
        QCOMPARE(hy(0, 3), 1.0);
        // Smooth ones at 0: gelu'(0) = swish'(0) = 1/2, mish'(0) = tanh(log 2) = 0.6.
        const double at0[] = {0.5, 0.5, 0.5, 0.6};
        const char* smooth[] = {"gelu", "gelu_tanh", "swish", "mish"};
        for (int i = 0; i < 4; ++i) {
            const double d = evalBackward(Activation(NamedSpec(smooth[i])), Array::Zero(1, 1), Array::Ones(1, 1))(0, 0);
            QVERIFY2(std::abs(d - at0[i]) <= 1e-15, smooth[i]);
        }
    }

    void extremeInputs_data() {
        QTest::addColumn<QString>("name");
        for (const auto& info : activationTable()) QTest::newRow(info.name) << QString(info.name);
    }

    // +-1000 and the exp() overflow edge: finite outputs and gradients.
    void extremeInputs() {
        QFETCH(QString, name);
        const Activation act{NamedSpec(name.toStdString())};
        Array x(2, 6);
        x << -1000.0, -745.0, -710.0, -40.0, -1e-300, 0.0,  //
            1e-300, 40.0, 710.0, 745.0, 1000.0, -1000.0;
        const Array y = evalForward(act, x);
        QVERIFY2(allFinite(y), "non-finite output");
        if (act.hasGradient()) QVERIFY2(allFinite(evalBackward(act, x, Array::Ones(2, 6))), "non-finite gradient");
    }

    // Exact limits (QCOMPARE against 0 is fuzzy, so these use ==).
    void extremeLimits() {
        Array x(1, 2);
        x << -1000.0, 1000.0;
        const Array s = evalForward(Activation(NamedSpec("sigmoid")), x);
        QVERIFY(s(0, 0) == 0.0 && s(0, 1) == 1.0);
        const Array sp = evalForward(Activation(NamedSpec("softplus")), x);
        QVERIFY(sp(0, 0) == 0.0 && sp(0, 1) == 1000.0);
        for (const char* name : {"swish", "gelu", "gelu_tanh", "mish"}) {
            const Array y = evalForward(Activation(NamedSpec(name)), x);
            QVERIFY2(y(0, 0) == 0.0 && y(0, 1) == 1000.0, name);
        }
        Array row(1, 3);
        row << 1000.0, -1000.0, 0.0;
        const Array p = evalForward(Activation(NamedSpec("softmax")), row);
        QVERIFY(p(0, 0) == 1.0 && p(0, 1) == 0.0 && p(0, 2) == 0.0);
        // A tiny sigmoid keeps its digits: e^-700 / (1 + e^-700).
        Array small(1, 1);
        small << -700.0;
        const double s700 = evalForward(Activation(NamedSpec("sigmoid")), small)(0, 0);
        QVERIFY(std::abs(s700 - std::exp(-700.0)) <= 1e-15 * std::exp(-700.0));
    }

    void tailsKeepDigits_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kReferences)); ++i) QTest::newRow(kReferences[i].name) << i;
    }

    // Element by element (not relative to the largest entry, as the oracle
    // measure is): far tails and tiny inputs keep ~13 digits where cancelling
    // forms (1 + tanh u, e^x - 1, 1 - e^-y) lose them.
    void tailsKeepDigits() {
        QFETCH(int, index);
        const Reference& ref = kReferences[index];
        const Activation act{NamedSpec(ref.name)};
        Array x(1, 9);
        x << -40.0, -25.0, -12.0, -3.7, -1e-10, 1e-10, 0.3, 4.2, 25.0;
        const Array y = evalForward(act, x);
        const Array d = evalBackward(act, x, Array::Ones(1, 9));
        for (Index i = 0; i < x.size(); ++i) {
            const Ld fy = ref.f(x(0, i)), fd = ref.df(x(0, i));
            for (auto [got, want, absTol, what] :
                 {std::tuple{y(0, i), fy, 0.0, "y"}, std::tuple{d(0, i), fd, ref.dAbs, "dy_dx"}}) {
                const bool ok = std::abs(want) < 1e-300L
                                    ? std::abs(got) < 1e-300
                                    : std::abs(Ld(got) - want) <= 1e-13L * std::abs(want) + Ld(absTol);
                QVERIFY2(ok, qPrintable(QString("%1 at x = %2: %3 vs %4").arg(what).arg(x(0, i)).arg(got, 0, 'g', 17)
                                            .arg(double(want), 0, 'g', 17)));
            }
        }
    }

    // tanh is computed the Cephes way (vectorised), not by std::tanh: it must
    // agree with the C library to a few ulps everywhere, across the 0.625 switch
    // and into the clamped tails.
    void tanhMatchesLibm() {
        const Index n = 20001;
        Array x(2, n);
        for (Index i = 0; i < n; ++i) {
            x(0, i) = -25.0 + 50.0 * double(i) / double(n - 1);
            x(1, i) = std::copysign(std::pow(10.0, -12.0 + 12.0 * double(i % 10000) / 9999.0), i < 10000 ? -1.0 : 1.0);
        }
        const Array y = evalForward(Activation(NamedSpec("tanh")), x);
        double worst = 0.0, at = 0.0;
        for (Index i = 0; i < x.size(); ++i) {
            const double want = std::tanh(x.data()[i]);
            const double err = want == 0.0 ? std::abs(y.data()[i]) : std::abs(y.data()[i] - want) / std::abs(want);
            if (err > worst) worst = err, at = x.data()[i];
        }
        QVERIFY2(worst <= 1e-15, qPrintable(QString("relative error %1 at x = %2").arg(worst).arg(at, 0, 'g', 17)));
    }

    void noOverflow_data() {
        QTest::addColumn<QString>("name");
        for (const auto& info : activationTable()) QTest::newRow(info.name) << QString(info.name);
    }

    // Stable forms never overflow inside, even where the result would come out
    // right anyway (1 / (1 + e^1000) = 0 raises FE_OVERFLOW on the way).
    void noOverflow() {
        QFETCH(QString, name);
        const Activation act{NamedSpec(name.toStdString())};
        Array x(1, 9);
        x << -1000.0, -750.0, -710.0, -40.0, 0.5, 40.0, 710.0, 750.0, 1000.0;
        Array y(1, 9), dx(1, 9);
        const Array dy = Array::Ones(1, 9);
        std::feclearexcept(FE_ALL_EXCEPT);
        act.forward(x, y);
        if (act.hasGradient()) act.backward(x, y, dy, dx);
        const bool overflow = std::fetestexcept(FE_OVERFLOW);
        QVERIFY2(!overflow, "FE_OVERFLOW raised");
    }

    void noAllocation_data() {
        QTest::addColumn<QString>("name");
        for (const auto& info : activationTable()) QTest::newRow(info.name) << QString(info.name);
    }

    // 100 forward + backward calls after a warm-up: zero mallocs, with whole
    // arrays and with row blocks of a Matrix (as Dense passes them).
    void noAllocation() {
        if (!test::allocationCountingAvailable()) QSKIP("allocation counting needs glibc");
        QFETCH(QString, name);
        const Activation act{NamedSpec(name.toStdString())};
        const Array x = pointsOffKinks(64, 32, 3);
        const Array dy = uniform(64, 32, -1.0, 1.0, 4);
        Array y(64, 32), dx(64, 32);
        Matrix zm = x.matrix(), ym(64, 32), dym = dy.matrix(), dxm(64, 32);
        auto run = [&] {
            act.forward(x, y);
            act.forward(zm.topRows(50).array(), ym.topRows(50).array());
            if (act.hasGradient()) {
                act.backward(x, y, dy, dx);
                act.backward(zm.topRows(50).array(), ym.topRows(50).array(), dym.topRows(50).array(),
                             dxm.topRows(50).array());
            }
        };
        run();
        QCOMPARE(test::allocationsDuring([&] {
                     for (int i = 0; i < 100; ++i) run();
                 }),
                 0L);
        QVERIFY(allFinite(y));
    }

    void cleanupTestCase() {
        qInfo("max relative error vs oracle: y %.3g, gradient %.3g; finite differences %.3g", m_maxValueError,
              m_maxGradError, m_maxFdError);
    }
};

QTEST_APPLESS_MAIN(TestActivations)
#include "tst_activations.moc"
