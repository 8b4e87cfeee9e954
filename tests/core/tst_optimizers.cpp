// Optimizers: every table entry against the update rules of
// ../shared/oracle/README.md, re-written here as a plain scalar loop (not the
// engine's code); the curriculum's worked examples; hyperparameter handling;
// and no allocation in step().
#include <QtTest>

#include "AllocationCounter.h"
#include "Error.h"
#include "optimizers/Optimizer.h"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <new>

using namespace nnlab;

namespace {

using Hyper = std::map<std::string, double>;

// ---- the README's rules, one scalar at a time ----------------------------
struct Reference {
    std::string name;
    Hyper hp;
    std::vector<double> s1, s2, s3;  // per-element state, zero at the start
    long t = 0;

    void step(std::vector<double>& w, const std::vector<double>& g) {
        if (s1.empty()) s1 = s2 = s3 = std::vector<double>(w.size(), 0.0);
        ++t;
        const double lr = hp.at("lr");
        for (std::size_t k = 0; k < w.size(); ++k) {
            const double gk = g[k];
            if (name == "sgd") {
                w[k] -= lr * gk;
            } else if (name == "momentum") {  // v = mu v + g; w -= lr v
                double& v = s1[k];
                v = hp.at("momentum") * v + gk;
                w[k] -= lr * v;
            } else if (name == "nesterov") {  // v as momentum; w -= lr (g + mu v)
                double& v = s1[k];
                const double mu = hp.at("momentum");
                v = mu * v + gk;
                w[k] -= lr * (gk + mu * v);
            } else if (name == "adagrad") {  // a += g^2; w -= lr g / (sqrt(a) + eps)
                double& a = s1[k];
                a += gk * gk;
                w[k] -= lr * gk / (std::sqrt(a) + hp.at("eps"));
            } else if (name == "adadelta") {
                double &s = s1[k], &u = s2[k];
                const double rho = hp.at("rho"), eps = hp.at("eps");
                s = rho * s + (1 - rho) * gk * gk;
                const double d = std::sqrt(u + eps) / std::sqrt(s + eps) * gk;
                u = rho * u + (1 - rho) * d * d;
                w[k] -= lr * d;
            } else if (name == "rmsprop") {
                double& s = s1[k];
                const double rho = hp.at("rho");
                s = rho * s + (1 - rho) * gk * gk;
                w[k] -= lr * gk / (std::sqrt(s) + hp.at("eps"));
            } else if (name == "adam" || name == "adamw" || name == "amsgrad") {
                const double b1 = hp.at("beta1"), b2 = hp.at("beta2"), eps = hp.at("eps");
                if (name == "adamw") w[k] -= lr * hp.at("weight_decay") * w[k];  // decay first
                double &m = s1[k], &v = s2[k], &vmax = s3[k];
                m = b1 * m + (1 - b1) * gk;
                v = b2 * v + (1 - b2) * gk * gk;
                vmax = std::max(vmax, v);
                const double vUsed = name == "amsgrad" ? vmax : v;
                const double mhat = m / (1 - std::pow(b1, t)), vhat = vUsed / (1 - std::pow(b2, t));
                w[k] -= lr * mhat / (std::sqrt(vhat) + eps);
            } else if (name == "adamax") {  // u = max(b2 u, |g| + eps); w -= lr/(1-b1^t) m/u
                const double b1 = hp.at("beta1"), b2 = hp.at("beta2"), eps = hp.at("eps");
                double &m = s1[k], &u = s2[k];
                m = b1 * m + (1 - b1) * gk;
                u = std::max(b2 * u, std::abs(gk) + eps);
                w[k] -= lr / (1 - std::pow(b1, t)) * m / u;
            } else if (name == "nadam") {
                const double b1 = hp.at("beta1"), b2 = hp.at("beta2"), eps = hp.at("eps");
                double &m = s1[k], &v = s2[k];
                m = b1 * m + (1 - b1) * gk;
                v = b2 * v + (1 - b2) * gk * gk;
                const double mhat = b1 * m / (1 - std::pow(b1, t + 1)) + (1 - b1) * gk / (1 - std::pow(b1, t));
                w[k] -= lr * mhat / (std::sqrt(v / (1 - std::pow(b2, t))) + eps);
            } else {
                throw std::runtime_error("no reference rule for " + name);
            }
        }
    }
};

bool hasReference(const std::string& name) {
    static const std::vector<std::string> names = {"sgd",   "momentum", "nesterov", "adagrad", "adadelta", "rmsprop",
                                                   "adam",  "adamw",    "amsgrad",  "adamax",  "nadam"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

// A tiny "layer": W (2, 3) and b (1, 2), flattened as W row-major then b.
struct Tiny {
    Matrix W, b, dW, db;
    explicit Tiny(Index out = 2, Index in = 3) {
        W.resize(out, in);
        b.resize(1, out);
        for (Index k = 0; k < W.size(); ++k) W.data()[k] = 0.3 * std::cos(1.7 * double(k) + 0.4);
        for (Index k = 0; k < b.size(); ++k) b.data()[k] = 0.1 * double(k) - 0.05;
        dW = Matrix::Zero(out, in);
        db = Matrix::Zero(1, out);
    }
    std::vector<Param> params() { return {{"W", &W, &dW, true}, {"b", &b, &db, false}}; }
    std::vector<double> values() const {
        std::vector<double> v(W.data(), W.data() + W.size());
        v.insert(v.end(), b.data(), b.data() + b.size());
        return v;
    }
    // Gradient of step s: mixed signs, one exact zero, magnitudes from 1e-3 to 2.
    std::vector<double> setGrads(int s) {
        std::vector<double> g(std::size_t(W.size() + b.size()));
        for (std::size_t k = 0; k < g.size(); ++k)
            g[k] = k == 2 ? 0.0 : (k == 5 ? 1e-3 * (s + 1) : 2.0 * std::sin(1.3 * double(k) + 0.9 * s + 0.2));
        std::copy(g.begin(), g.begin() + W.size(), dW.data());
        std::copy(g.begin() + W.size(), g.end(), db.data());
        return g;
    }
};

double relativeError(const std::vector<double>& a, const std::vector<double>& b) {
    double maxB = 0.0, err = 0.0;
    for (double x : b) maxB = std::max(maxB, std::abs(x));
    for (std::size_t k = 0; k < a.size(); ++k) err = std::max(err, std::abs(a[k] - b[k]) / (std::abs(b[k]) + maxB));
    return err;
}

// Hyperparameters off the defaults, so that eps, rho, betas and decay all show.
Hyper customHyper(const OptimizerInfo& info) {
    const Hyper all = {{"lr", 0.1},    {"momentum", 0.8}, {"rho", 0.7},          {"eps", 1e-3},
                       {"beta1", 0.8}, {"beta2", 0.9},    {"weight_decay", 0.05}};
    Hyper h;
    for (const ParamDef& def : info.params) h[def.key] = all.at(def.key);
    return h;
}

Hyper tableHyper(const OptimizerInfo& info) {
    Hyper h;
    for (const ParamDef& def : info.params) h[def.key] = def.defaultValue;
    return h;
}

QString specErrorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const SpecError& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

// One parameter w with gradient grad(w), stepped n times; returns every w.
std::vector<double> runScalar(Optimizer& opt, double w0, int n, const std::function<double(double)>& grad) {
    Matrix w(1, 1), g(1, 1);
    w(0, 0) = w0;
    opt.bind({{"w", &w, &g, true}});
    std::vector<double> out;
    for (int i = 0; i < n; ++i) {
        g(0, 0) = grad(w(0, 0));
        opt.step();
        out.push_back(w(0, 0));
    }
    return out;
}

}  // namespace

Q_DECLARE_METATYPE(Hyper)

class TestOptimizers : public QObject {
    Q_OBJECT
private slots:
    void tableDefaultsAreTheOptimizers() {
        QCOMPARE(optimizerTable().size(), std::size_t(11));
        for (const auto& info : optimizerTable()) {
            QVERIFY2(hasReference(info.name), info.name);
            QVERIFY(std::string(info.label).size() > 0);
            const auto opt = makeOptimizer(NamedSpec(info.name));
            QCOMPARE(opt->name(), std::string(info.name));
            QCOMPARE(opt->hyperparameters().size(), info.params.size());
            QCOMPARE(opt->hyperparameters()[0].first, std::string("lr"));
            for (std::size_t i = 0; i < info.params.size(); ++i) {
                QCOMPARE(opt->hyperparameters()[i].first, std::string(info.params[i].key));
                QCOMPARE(opt->get(info.params[i].key), info.params[i].defaultValue);
            }
            QCOMPARE(opt->t(), 0L);
        }
        // The GUI defaults asked for: lr 0.03 SGD family, 0.01 Adam family, PyTorch's others.
        QCOMPARE(findOptimizer("momentum").params[1].defaultValue, 0.9);
        QCOMPARE(findOptimizer("adadelta").params[0].defaultValue, 1.0);
        QCOMPARE(findOptimizer("adagrad").params[1].defaultValue, 1e-10);
        QCOMPARE(findOptimizer("adamw").params[4].defaultValue, 0.01);
    }

    void specOverridesDefaults() {
        const auto opt = makeOptimizer(NamedSpec("adam", {{"beta1", 0.5}, {"lr", 0.2}}));
        QCOMPARE(opt->get("beta1"), 0.5);
        QCOMPARE(opt->learningRate(), 0.2);
        QCOMPARE(opt->get("beta2"), findOptimizer("adam").params[2].defaultValue);
    }

    void hyperparameterErrors() {
        const QString unknown = specErrorOf([] { makeOptimizer(NamedSpec("adam", {{"momentum", 0.9}})); });
        QVERIFY2(unknown.startsWith("optimizer \"adam\": unknown hyperparameter \"momentum\""), qPrintable(unknown));
        QVERIFY2(unknown.contains("known: lr, beta1, beta2, eps"), qPrintable(unknown));
        const QString typo = specErrorOf([] { makeOptimizer(NamedSpec("adamw", {{"weight_decy", 0.1}})); });
        QVERIFY2(typo.contains("did you mean \"weight_decay\"?"), qPrintable(typo));
        const auto opt = makeOptimizer(NamedSpec("sgd"));
        QVERIFY2(specErrorOf([&] { opt->get("momentum"); }).contains("known: lr"), "get() of an unknown key");
        QVERIFY(!specErrorOf([&] { opt->set("lr", -0.1); }).isEmpty());
        QVERIFY(!specErrorOf([&] { opt->set("lr", std::nan("")); }).isEmpty());
        QVERIFY(!specErrorOf([] { makeOptimizer(NamedSpec("adam", {{"beta1", 1.0}})); }).isEmpty());
        QVERIFY(!specErrorOf([] { makeOptimizer(NamedSpec("rmsprop", {{"rho", 1.5}})); }).isEmpty());
        QCOMPARE(opt->learningRate(), findOptimizer("sgd").params[0].defaultValue);  // untouched by the failures

        const QString name = specErrorOf([] { makeOptimizer(NamedSpec("adamm")); });
        QVERIFY2(name.contains("unknown optimizer \"adamm\"") && name.contains("did you mean \"adam"),
                 qPrintable(name));
        QVERIFY2(name.contains("sgd, momentum, nesterov"), qPrintable(name));
    }

    void bindChecksShapes() {
        Matrix w(2, 3), g(3, 2);
        const auto opt = makeOptimizer(NamedSpec("adam"));
        try {
            opt->bind({{"W", &w, &g, true}});
            QFAIL("a grad of another shape was accepted");
        } catch (const ShapeError& e) {
            QVERIFY2(QString(e.what()).contains("\"W\" is 2x3 but its grad is 3x2"), e.what());
        }
    }

    // The first steps against the README rules, with the table defaults and
    // with other values; lr is changed after step 2 (state and t must survive).
    void matchesReadmeRules_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Hyper>("hyper");
        for (const auto& info : optimizerTable()) {
            QTest::newRow((std::string(info.name) + " defaults").c_str()) << QString(info.name) << tableHyper(info);
            QTest::newRow((std::string(info.name) + " custom").c_str()) << QString(info.name) << customHyper(info);
        }
    }
    void matchesReadmeRules() {
        QFETCH(QString, name);
        QFETCH(Hyper, hyper);
        const auto opt = makeOptimizer(NamedSpec(name.toStdString(), hyper));
        Reference ref{name.toStdString(), hyper};
        Tiny net;
        opt->bind(net.params());
        std::vector<double> w = net.values();
        for (int s = 0; s < 5; ++s) {
            if (s == 2) {
                // A new learning rate keeps weights, optimizer state and t.
                std::vector<Matrix> before;
                for (const auto& slot : opt->stateNames()) before.insert(before.end(), opt->state(slot)->begin(), opt->state(slot)->end());
                opt->setLearningRate(hyper.at("lr") * 0.5);
                ref.hp["lr"] = hyper.at("lr") * 0.5;
                std::vector<Matrix> after;
                for (const auto& slot : opt->stateNames()) after.insert(after.end(), opt->state(slot)->begin(), opt->state(slot)->end());
                QVERIFY(before == after);
                QCOMPARE(opt->t(), 2L);
            }
            const std::vector<double> g = net.setGrads(s);
            opt->step();
            ref.step(w, g);
            const double err = relativeError(net.values(), w);
            QVERIFY2(err < 1e-13, qPrintable(QString("step %1: relative error %2").arg(s + 1).arg(err)));
            // The step moved something (so the comparison is not of two unchanged copies).
            QVERIFY(net.values() != Tiny().values());
        }
        QCOMPARE(opt->t(), 5L);

        // bind() again: state zeroed and t reset, so the first step repeats exactly.
        Tiny fresh, again;
        opt->set("lr", hyper.at("lr"));
        opt->bind(again.params());
        QCOMPARE(opt->t(), 0L);
        again.setGrads(0);
        opt->step();
        Reference ref2{name.toStdString(), hyper};
        std::vector<double> w2 = fresh.values();
        ref2.step(w2, fresh.setGrads(0));
        QVERIFY(relativeError(again.values(), w2) < 1e-13);
    }

    // 000-38: Adam with g = 0.5 on step 1 moves w by the learning rate:
    // m = 0.05, v = 0.00025; mhat = 0.05/0.1 = 0.5, vhat = 0.00025/0.001 = 0.25;
    // step = 0.001 * 0.5 / (0.5 + 1e-8) = 0.001 (1 - 2e-8). The notes' uncorrected
    // form would give 0.001 * 0.05 / sqrt(0.00025) = 0.003162.
    void adamFirstStepIsLr_data() {
        QTest::addColumn<double>("g");
        QTest::newRow("g = 0.5") << 0.5;
        QTest::newRow("g = -0.5") << -0.5;
        QTest::newRow("g = 30") << 30.0;
    }
    void adamFirstStepIsLr() {
        QFETCH(double, g);
        const auto opt =
            makeOptimizer(NamedSpec("adam", {{"lr", 0.001}, {"beta1", 0.9}, {"beta2", 0.999}, {"eps", 1e-8}}));
        const std::vector<double> w = runScalar(*opt, 1.0, 1, [g](double) { return g; });
        QVERIFY2(std::abs((1.0 - w[0]) - std::copysign(0.001, g)) < 1e-10, qPrintable(QString::number(w[0], 'g', 17)));
        QCOMPARE(opt->state("m")->at(0)(0, 0), 0.1 * g);
        QVERIFY(std::abs(opt->state("v")->at(0)(0, 0) - 0.001 * g * g) < 1e-12 * g * g);
    }

    // Adam updates block by block (Adam.h) for the cache; the result must be
    // the whole-array rule bit for bit, here on a 3 x 1000 parameter (three
    // blocks, the last one short) and an odd 1 x 7 one (a scalar tail only).
    void adamBlocksEqualTheWholeArrayRule() {
        const double lr = 0.001, b1 = 0.9, b2 = 0.999, eps = 1e-8;
        const auto opt = makeOptimizer(NamedSpec("adam", {{"lr", lr}, {"beta1", b1}, {"beta2", b2}, {"eps", eps}}));
        Matrix w1 = Matrix::Random(3, 1000), g1(3, 1000), w2 = Matrix::Random(1, 7), g2(1, 7);
        opt->bind({{"W", &w1, &g1, true}, {"b", &w2, &g2, false}});
        std::vector<Matrix> w = {w1, w2}, m = {Matrix::Zero(3, 1000), Matrix::Zero(1, 7)}, v = m;
        for (int t = 1; t <= 3; ++t) {
            g1 = Matrix::Random(3, 1000);
            g2 = Matrix::Random(1, 7);
            opt->step();
            const double stepSize = lr / (1.0 - std::pow(b1, t)), c2Sqrt = std::sqrt(1.0 - std::pow(b2, t));
            const Matrix* grads[] = {&g1, &g2};
            for (std::size_t i = 0; i < 2; ++i) {  // the rule over whole arrays, as Adam.h had it
                const auto g = grads[i]->array();
                m[i].array() = b1 * m[i].array() + (1.0 - b1) * g;
                v[i].array() = b2 * v[i].array() + (1.0 - b2) * g.square();
                w[i].array() += -stepSize * (m[i].array() / (v[i].array().sqrt() / c2Sqrt + eps));
            }
        }
        QVERIFY(w1 == w[0]);
        QVERIFY(w2 == w[1]);
        QVERIFY(opt->state("m")->at(0) == m[0] && opt->state("v")->at(1) == v[1]);
    }

    // 001-09 on f(w) = w^2 (g = 2w), w0 = 1, lr 0.1, mu 0.1, five steps.
    // The book's numbers (Chollet: velocity = mu velocity - lr g; w += mu velocity - lr g)
    // are the nesterov rule: step 1 v = 2, w = 1 - 0.1 (2 + 0.1*2) = 0.78.
    // The momentum rule (w -= lr v) gives 1 - 0.1*2 = 0.8, then v = 0.2 + 1.6 = 1.8,
    // w = 0.8 - 0.18 = 0.62, ...
    void cholletMomentumExample_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::vector<double>>("expected");
        QTest::newRow("nesterov = the book") << QString("nesterov")
                                             << std::vector<double>{0.78, 0.6064, 0.471232, 0.36617216, 0.2845329408};
        QTest::newRow("momentum") << QString("momentum") << std::vector<double>{0.8, 0.62, 0.478, 0.3682, 0.28358};
    }
    void cholletMomentumExample() {
        QFETCH(QString, name);
        QFETCH(std::vector<double>, expected);
        const auto opt = makeOptimizer(NamedSpec(name.toStdString(), {{"lr", 0.1}, {"momentum", 0.1}}));
        const std::vector<double> w = runScalar(*opt, 1.0, 5, [](double x) { return 2.0 * x; });
        for (int i = 0; i < 5; ++i)
            QVERIFY2(std::abs(w[i] - expected[i]) < 1e-14,
                     qPrintable(QString("step %1: %2, expected %3").arg(i + 1).arg(w[i], 0, 'g', 17).arg(expected[i])));
        // The book's rounded values (0.471232, 0.366172, 0.284533) to 6 decimals.
        if (name == "nesterov") QCOMPARE(std::round(w[4] * 1e6) / 1e6, 0.284533);
    }

    // 001-07 on E = (x w - y)^2, x = 3, y = 6 (w* = 2): one step maps w - 2 to
    // (1 - 2 alpha x^2)(w - 2): alpha 0.1 -> 1 - 1.8 = -0.8 (converges),
    // alpha 0.12 -> 1 - 2.16 = -1.16 (diverges).
    void learningRateSize_data() {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("factor");
        QTest::newRow("0.1 converges") << 0.1 << -0.8;
        QTest::newRow("0.12 diverges") << 0.12 << -1.16;
        QTest::newRow("1/18 in one step") << 1.0 / 18.0 << 0.0;
    }
    void learningRateSize() {
        QFETCH(double, alpha);
        QFETCH(double, factor);
        const auto opt = makeOptimizer(NamedSpec("sgd", {{"lr", alpha}}));
        const double w0 = 0.5;
        const std::vector<double> w = runScalar(*opt, w0, 20, [](double x) { return 2 * 3.0 * (3.0 * x - 6.0); });
        double expected = w0 - 2.0;
        for (int i = 0; i < 20; ++i) {
            expected *= factor;
            QVERIFY2(std::abs((w[i] - 2.0) - expected) < 1e-12 * (1 + std::abs(expected)),
                     qPrintable(QString("step %1: w - 2 = %2, expected %3").arg(i + 1).arg(w[i] - 2).arg(expected)));
        }
        if (factor == -0.8) QVERIFY(std::abs(w[19] - 2.0) < 0.02);   // 1.5 * 0.8^20 = 0.017
        if (factor == -1.16) QVERIFY(std::abs(w[19] - 2.0) > 25.0);  // 1.5 * 1.16^20 = 29.2
    }

    // 001-06 [WE-9]: E = (x w - y)^2, w0 = 0.5, alpha 0.1, samples (2,4), (1,2), (3,6)
    // one at a time: 0.5 - 0.1*2*2*(1-4) = 1.7, then 1.76, 2.192; passes end at
    // 1.975424, 2.003146, 1.999597, 2.000052.
    void gradientDescentOnOneWeight() {
        const auto opt = makeOptimizer(NamedSpec("sgd", {{"lr", 0.1}}));
        Matrix w(1, 1), g(1, 1);
        w(0, 0) = 0.5;
        opt->bind({{"w", &w, &g, true}});
        const double samples[3][2] = {{2, 4}, {1, 2}, {3, 6}};
        std::vector<double> seen;
        for (int pass = 0; pass < 5; ++pass)
            for (const auto& s : samples) {
                g(0, 0) = 2 * s[0] * (s[0] * w(0, 0) - s[1]);
                opt->step();
                seen.push_back(w(0, 0));
            }
        const std::vector<double> expected = {1.7, 1.76, 2.192};
        for (int i = 0; i < 3; ++i) QVERIFY(std::abs(seen[i] - expected[i]) < 1e-12);
        const std::vector<double> passEnds = {1.975424, 2.003146, 1.999597, 2.000052};
        for (int p = 0; p < 4; ++p) QVERIFY(std::abs(seen[3 * p + 5] - passEnds[p]) < 5e-7);
    }

    // Momentum on the first step: v = g exactly (PyTorch clones the gradient).
    void momentumFirstVelocityIsGradient() {
        for (const char* name : {"momentum", "nesterov"}) {
            const auto opt = makeOptimizer(NamedSpec(name, {{"momentum", 0.9}}));
            runScalar(*opt, 1.0, 1, [](double) { return 0.7; });
            QCOMPARE(opt->state("velocity")->at(0)(0, 0), 0.7);
        }
    }

    void noAllocationInStep_data() {
        QTest::addColumn<QString>("name");
        for (const auto& info : optimizerTable()) QTest::newRow(info.name) << QString(info.name);
    }
    void noAllocationInStep() {
        QFETCH(QString, name);
        const auto opt = makeOptimizer(NamedSpec(name.toStdString()));
        Tiny net(64, 33);  // odd sizes: vectorised body plus a scalar tail
        opt->bind(net.params());
        net.setGrads(0);
        opt->step();  // warm-up
        if (!test::allocationCountingAvailable()) QSKIP("allocation counting needs glibc");
        const long allocations = test::allocationsDuring([&] {
            for (int i = 0; i < 100; ++i) {
                net.dW.array() *= -0.99;  // new gradients, in place
                net.db.array() *= -0.99;
                opt->setLearningRate(0.01 + 1e-5 * i);  // a schedule changes lr every step
                opt->step();
            }
        });
        QVERIFY2(allocations == 0, qPrintable(QString("%1 heap allocations in 100 steps").arg(allocations)));
        QVERIFY(net.W.allFinite() && net.b.allFinite());
    }

    // The counter itself works: a step-like expression that Eigen evaluates into a
    // temporary is seen (a matrix product without noalias()), and so is a vector.
    void allocationCounterSeesAllocations() {
        if (!test::allocationCountingAvailable()) QSKIP("allocation counting needs glibc");
        Matrix a = Matrix::Ones(8, 8), c = Matrix::Zero(8, 8);
        QVERIFY(test::allocationsDuring([] { delete new std::vector<double>(10); }) >= 1);
        // Aliasing-safe product: Eigen evaluates into a heap temporary.
        QVERIFY2(test::allocationsDuring([&] { c = a * a; }) >= 1, "Eigen temporaries would go unseen");
        QCOMPARE(test::allocationsDuring([&] { c.noalias() = a * a; }), 0L);
        QCOMPARE(c(0, 0), 8.0);
    }
};

QTEST_APPLESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
