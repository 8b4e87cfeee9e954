// Layers other than the plain dense stack: dropout, batchnorm, prelu, maxout.
//  1. PyTorch reference cases (../shared/oracle/layer_*.json), one row per file;
//     kinds the engine does not have yet are skipped, never passed.
//  2. Central finite differences (h = 1e-6) for dX and every parameter of every
//     layer (dense with each trainable activation of the table), and of one
//     whole network through Network::backward.
//  3. Worked examples (curriculum 000-44, 000-41, 003-20, 003-26), arithmetic
//     in the comments; batchnorm running statistics by hand; dropout scaling.
//  4. Rejected options and shapes, with their messages.
//  5. No heap allocation in forward/backward after reserve().
#include <QtTest>

#include "AllocationCounter.h"
#include "FiniteDifference.h"

#include "Error.h"
#include "OracleJson.h"
#include "activations/Activation.h"
#include "layers/BatchNorm.h"
#include "layers/Dropout.h"
#include "layers/LayerTable.h"
#include "layers/Maxout.h"
#include "layers/PRelu.h"
#include "model/Network.h"
#include "oracle/OracleReplay.h"

#include <cmath>
#include <cstdlib>
#include <functional>

using namespace nnlab;

namespace {

using test::fdError;
using test::kFdFail;
using test::kH;
using test::numericGradient;
using test::randomMatrix;

constexpr double kMargin = 1e-3;   // distance kept from kinks and ties

// Kinks of the activations in the table (relu family at 0, hard_sigmoid at +-3,
// hardtanh at +-1, relu6 at 6, ...): inputs stay kMargin away from all of them.
bool offKinks(const Eigen::Ref<const Matrix>& z) {
    static const double kinks[] = {0.0, 1.0, -1.0, 2.5, -2.5, 3.0, -3.0, 6.0};
    for (Index i = 0; i < z.size(); ++i)
        for (double k : kinks)
            if (std::abs(z.data()[i] - k) < kMargin) return false;
    return true;
}

// Every unit's winner beats the runner-up by kMargin (no ties).
bool maxoutClearWinners(const Maxout& m, Index rows, Index units) {
    const Matrix& z = m.pieceValues();
    const Index k = m.pieces();
    for (Index r = 0; r < rows; ++r)
        for (Index j = 0; j < units; ++j) {
            double best = -INFINITY, second = -INFINITY;
            for (Index p = 0; p < k; ++p) {
                const double v = z(r, j * k + p);
                if (v > best) {
                    second = best;
                    best = v;
                } else if (v > second) {
                    second = v;
                }
            }
            if (k > 1 && best - second < kMargin) return false;
        }
    return true;
}

QString qs(const std::string& s) { return QString::fromStdString(s); }

LayerSpec specFor(const QString& type, Index units = 0, const std::string& activation = "linear") {
    LayerSpec spec;
    spec.type = type.toStdString();
    spec.name = spec.type + "_test";
    spec.units = units;
    spec.activation = NamedSpec(activation);
    return spec;
}

}  // namespace

class TestLayers : public QObject {
    Q_OBJECT

    // Builds a layer on a flat input, randomises its parameters, finds inputs off
    // kinks and ties, and compares backward with central differences of
    // L = sum(output * upstream). Dropout draws the same mask in every evaluation
    // because each pass gets a fresh generator with the same seed.
    void checkLayerGradients(const LayerSpec& spec, Index in, Index batch, bool training) {
        LayerPtr layer = makeLayer(spec);
        const Shape inShape{in};
        const Index out = layer->outputShape(inShape).size();
        layer->reserve(inShape, batch);
        const std::uint64_t maskSeed = 77;
        for (std::uint64_t seed = 1; seed < 200; ++seed) {
            Rng rng(seed);
            layer->initialize(rng);
            for (Param& p : layer->params()) *p.value = randomMatrix(p.value->rows(), p.value->cols(), rng);
            Matrix x = randomMatrix(batch, in, rng, -2.0, 2.0);
            const Matrix upstream = randomMatrix(batch, out, rng);
            auto loss = [&]() {
                Rng maskRng(maskSeed);
                Pass pass{training, &maskRng};
                layer->forward(x, pass);
                return (layer->output().array() * upstream.array()).sum();
            };
            loss();
            // Retry with other numbers if an input sits on a kink or a tie.
            if (const Matrix* z = layer->preActivation(); z && !offKinks(z->topRows(batch))) continue;
            if (spec.type == "prelu" && !offKinks(x)) continue;
            if (auto* m = dynamic_cast<Maxout*>(layer.get()); m && !maxoutClearWinners(*m, batch, spec.units)) continue;

            layer->backward(x, upstream, true);
            const Matrix dx = layer->inputGrad();
            std::vector<Matrix> grads;
            for (Param& p : layer->params()) grads.push_back(*p.grad);

            const double ex = fdError(dx, numericGradient(x, loss));
            qInfo("  %s dX: %.3g", spec.name.c_str(), ex);
            QVERIFY2(ex < kFdFail, qPrintable(QString("dX error %1").arg(ex)));
            std::size_t i = 0;
            for (Param& p : layer->params()) {
                const double e = fdError(grads[i++], numericGradient(*p.value, loss));
                qInfo("  %s d%s: %.3g", spec.name.c_str(), p.name.c_str(), e);
                QVERIFY2(e < kFdFail, qPrintable(QString("d%1 error %2").arg(qs(p.name)).arg(e)));
            }
            return;
        }
        QFAIL("no inputs off the kinks and ties found in 200 tries");
    }

private slots:
    // ---- 1. Oracle replay --------------------------------------------------
    void oracleFilesArePresent() {
        QVERIFY2(!oracle::files("layer_*.json").isEmpty(), qPrintable("no layer_*.json in " + oracle::dir()));
    }

    void oracleReplay_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = oracle::files("layer_*.json");
        // An empty list must fail, not pass with zero rows.
        if (files.isEmpty()) QTest::newRow("no oracle files") << QString();
        for (const QString& f : files) QTest::newRow(qPrintable(f)) << f;
    }

    // The same replay as `nnlab-cli oracle` and tst_oracle (core/oracle), so a
    // kind the replay knows under another name (rnn_relu, linear, gelu, ...)
    // is checked here too, not skipped by a second, narrower reader.
    void oracleReplay() {
        QFETCH(QString, file);
        QVERIFY2(!file.isEmpty(), qPrintable("no layer_*.json in " + oracle::dir()));
        const nlohmann::json j = oracle::load(file);
        QCOMPARE(qs(j.at("kind").get<std::string>()), QString("layer"));
        const OracleResult r = replayOracle(j, file.toStdString());
        if (r.skipped) QSKIP(r.reason.c_str());
        // Every gradient the file gives was compared, and at least one output.
        for (auto it = j.at("grads").begin(); it != j.at("grads").end(); ++it) {
            bool compared = false;
            for (const OracleCheck& c : r.checks) compared = compared || c.what.find(it.key()) != std::string::npos;
            QVERIFY2(compared, qPrintable(QString("the gradient %1 was not compared").arg(qs(it.key()))));
        }
        QVERIFY2(r.checks.size() > j.at("grads").size(), "no output was compared");
        const OracleCheck* worst = r.worst();
        QVERIFY2(r.maxError() < oracle::kFail, qPrintable(QString("%1 error %2").arg(qs(worst->what)).arg(worst->error)));
        qInfo("  %s: max relative error %.3g over %zu checks", qPrintable(file), r.maxError(), r.checks.size());
    }

    // ---- 2. Finite differences ---------------------------------------------
    void denseActivationGradients_data() {
        QTest::addColumn<QString>("activation");
        for (const ActivationInfo& a : activationTable())
            if (a.backward) QTest::newRow(a.name) << QString(a.name);
    }

    void denseActivationGradients() {
        QFETCH(QString, activation);
        checkLayerGradients(specFor("dense", 3, activation.toStdString()), 4, 5, true);
    }

    void layerGradients_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("units");
        QTest::addColumn<QString>("activation");
        QTest::addColumn<QString>("option");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("training");
        QTest::newRow("batchnorm train") << "batchnorm" << 0 << "linear" << "eps" << 1e-5 << true;
        QTest::newRow("batchnorm inference") << "batchnorm" << 0 << "linear" << "eps" << 1e-5 << false;
        QTest::newRow("prelu") << "prelu" << 0 << "linear" << "init" << 0.25 << true;
        QTest::newRow("maxout k=2") << "maxout" << 3 << "linear" << "pieces" << 2.0 << true;
        QTest::newRow("maxout k=3") << "maxout" << 2 << "linear" << "pieces" << 3.0 << true;
        QTest::newRow("maxout k=1") << "maxout" << 3 << "linear" << "pieces" << 1.0 << true;
        QTest::newRow("maxout k=2 tanh") << "maxout" << 3 << "tanh" << "pieces" << 2.0 << true;
        QTest::newRow("dropout 0.3 train") << "dropout" << 0 << "linear" << "rate" << 0.3 << true;
        QTest::newRow("dropout 0.3 inference") << "dropout" << 0 << "linear" << "rate" << 0.3 << false;
    }

    void layerGradients() {
        QFETCH(QString, type);
        QFETCH(int, units);
        QFETCH(QString, activation);
        QFETCH(QString, option);
        QFETCH(double, value);
        QFETCH(bool, training);
        LayerSpec spec = specFor(type, units, activation.toStdString());
        spec.options[option.toStdString()] = value;
        checkLayerGradients(spec, 4, 6, training);
    }

    void networkGradient() {
        LayerSpec d1 = specFor("dense", 6, "tanh");
        LayerSpec bn = specFor("batchnorm");
        LayerSpec pr = specFor("prelu");
        LayerSpec mo = specFor("maxout", 3);
        mo.options["pieces"] = 2;
        LayerSpec d2 = specFor("dense", 2);
        NetworkSpec spec;
        spec.layers = {d1, bn, pr, mo, d2};
        for (auto& l : spec.layers) l.name.clear();
        const Index batch = 5;
        Network net(spec, Shape{4}, batch);
        auto& maxout = dynamic_cast<Maxout&>(net.layer(3));
        for (std::uint64_t seed = 1; seed < 200; ++seed) {
            Rng rng(seed);
            net.initialize(rng);
            for (Param& p : net.params()) *p.value = randomMatrix(p.value->rows(), p.value->cols(), rng);
            Matrix x = randomMatrix(batch, 4, rng, -2.0, 2.0);
            const Matrix upstream = randomMatrix(batch, 2, rng);
            auto loss = [&]() {
                Rng passRng(5);
                Pass pass{true, &passRng};
                return (net.forward(x, pass).array() * upstream.array()).sum();
            };
            loss();
            if (!offKinks(net.layer(1).output()) || !maxoutClearWinners(maxout, batch, 3)) continue;

            net.backward(x, upstream, true);
            const Matrix dx = net.layer(0).inputGrad();
            std::vector<Matrix> grads;
            std::vector<Param> params = net.params();
            QCOMPARE(params.size(), std::size_t(2 + 2 + 1 + 2 + 2));
            for (Param& p : params) grads.push_back(*p.grad);
            const double ex = fdError(dx, numericGradient(x, loss));
            qInfo("  network dX: %.3g", ex);
            QVERIFY2(ex < kFdFail, qPrintable(QString("dX error %1").arg(ex)));
            for (std::size_t i = 0; i < params.size(); ++i) {
                const double e = fdError(grads[i], numericGradient(*params[i].value, loss));
                qInfo("  network param %zu (%s): %.3g", i, params[i].name.c_str(), e);
                QVERIFY2(e < kFdFail, qPrintable(QString("param %1 (%2) error %3").arg(i).arg(qs(params[i].name)).arg(e)));
            }
            return;
        }
        QFAIL("no inputs off the kinks and ties found in 200 tries");
    }

    // ---- 3. Worked examples --------------------------------------------------
    // The curriculum has no batch-norm example with numbers (000-44 and 003-31
    // give the formula only), so this one applies 000-44's formula by hand:
    //   y = gamma (x - mu_B) / sqrt(var_B + eps) + beta, var_B biased, eps 1e-5.
    void batchNormWorkedExample() {
        LayerSpec spec = specFor("batchnorm");
        BatchNorm bn(spec);
        bn.reserve(Shape{2}, 4);
        Rng rng(1);
        bn.initialize(rng);
        bn.gamma() << 2.0, 1.0;
        bn.beta() << 0.5, -1.0;
        Matrix x(4, 2);
        x << 1, 2,
             2, 2,
             3, 2,
             4, 6;
        Pass pass{true, &rng};
        bn.forward(x, pass);
        // column 0: mu = (1+2+3+4)/4 = 2.5, var = (2.25+0.25+0.25+2.25)/4 = 1.25
        // column 1: mu = (2+2+2+6)/4 = 3,   var = (1+1+1+9)/4 = 3
        const double s0 = std::sqrt(1.25 + 1e-5), s1 = std::sqrt(3.0 + 1e-5);
        Matrix expected(4, 2);
        expected << 2 * (-1.5 / s0) + 0.5, -1.0 / s1 - 1.0,
                    2 * (-0.5 / s0) + 0.5, -1.0 / s1 - 1.0,
                    2 * (0.5 / s0) + 0.5, -1.0 / s1 - 1.0,
                    2 * (1.5 / s0) + 0.5, 3.0 / s1 - 1.0;
        QVERIFY2(oracle::relativeError(bn.output(), expected) < 1e-14, "batchnorm worked example");
        // The first entry to 6 places: 2 * (-1.5 / 1.1180385) + 0.5 = -2.183271
        QVERIFY(std::abs(bn.output()(0, 0) - (-2.183271)) < 1e-6);
        // Each normalised column has mean beta and (biased) std |gamma| sqrt(var/(var+eps)).
        QVERIFY(std::abs(bn.output().col(0).mean() - 0.5) < 1e-14);
    }

    // Running statistics after two training batches, by hand (momentum 0.1):
    //   running = 0.9 running + 0.1 batch, the variance unbiased (n - 1).
    void batchNormRunningStatistics() {
        BatchNorm bn(specFor("batchnorm"));
        bn.reserve(Shape{1}, 4);
        Rng rng(1);
        bn.initialize(rng);
        QCOMPARE(bn.runningMean()(0, 0), 0.0);
        QCOMPARE(bn.runningVar()(0, 0), 1.0);
        Pass train{true, &rng};
        Matrix a(4, 1), b(4, 1);
        a << 1, 2, 3, 4;  // mean 2.5; unbiased var (2.25+0.25+0.25+2.25)/3 = 5/3
        b << 2, 4, 6, 8;  // mean 5;   unbiased var (9+1+1+9)/3 = 20/3
        bn.forward(a, train);
        // mean 0.9*0 + 0.1*2.5 = 0.25;  var 0.9*1 + 0.1*5/3 = 1.0666...
        QVERIFY(std::abs(bn.runningMean()(0, 0) - 0.25) < 1e-15);
        QVERIFY(std::abs(bn.runningVar()(0, 0) - (0.9 + 0.5 / 3.0)) < 1e-15);
        bn.forward(b, train);
        // mean 0.9*0.25 + 0.1*5 = 0.725;  var 0.9*(0.9 + 1/6) + 0.1*20/3 = 0.96 + 2/3 = 1.62666...
        QVERIFY(std::abs(bn.runningMean()(0, 0) - 0.725) < 1e-15);
        QVERIFY(std::abs(bn.runningVar()(0, 0) - (0.96 + 2.0 / 3.0)) < 1e-14);
        // The buffers the saver sees are these two.
        std::vector<Param> buffers = bn.buffers();
        QCOMPARE(buffers.size(), std::size_t(2));
        QCOMPARE(qs(buffers[0].name), QString("running_mean"));
        QCOMPARE(qs(buffers[1].name), QString("running_var"));
        QCOMPARE((*buffers[1].value)(0, 0), bn.runningVar()(0, 0));

        // Inference uses them, and leaves them alone; a batch of one is fine here.
        Pass infer{false, &rng};
        Matrix one(1, 1);
        one << 1.0;
        bn.forward(one, infer);
        // (1 - 0.725) / sqrt(1.626667 + 1e-5) = 0.275 / 1.2754124 = 0.2156165 (gamma 1, beta 0)
        QVERIFY(std::abs(bn.output()(0, 0) - 0.275 / std::sqrt(0.96 + 2.0 / 3.0 + 1e-5)) < 1e-15);
        QVERIFY(std::abs(bn.output()(0, 0) - 0.2156165) < 1e-7);
        QVERIFY(std::abs(bn.runningMean()(0, 0) - 0.725) < 1e-15);
        // The gamma of the L1/L2 walk: not a weight.
        for (const Param& p : bn.params()) QVERIFY2(!p.isWeight, p.name.c_str());
    }

    void batchNormRejectsTrainingBatchOfOne() {
        BatchNorm bn(specFor("batchnorm"));
        bn.reserve(Shape{3}, 4);
        Rng rng(1);
        Pass train{true, &rng};
        const Matrix x = Matrix::Ones(1, 3);
        try {
            bn.forward(x, train);
            QFAIL("a training batch of one was accepted");
        } catch (const ShapeError& e) {
            QVERIFY2(QString(e.what()).contains("at least 2 samples"), e.what());
            QVERIFY2(QString(e.what()).startsWith("batchnorm_test: "), e.what());
        }
    }

    // 003-20: f(x) = x (x >= 0), a x otherwise; df/da = x for x < 0, else 0.
    void preluWorkedExample() {
        PRelu pr(specFor("prelu"));
        pr.reserve(Shape{2}, 1);
        Rng rng(1);
        pr.initialize(rng);
        QCOMPARE(pr.slopes()(0, 0), 0.25);  // PyTorch's initial slope
        Matrix x(1, 2), dy(1, 2);
        x << -2.0, 3.0;
        dy << 1.0, 1.0;
        Pass pass{true, &rng};
        pr.forward(x, pass);
        QCOMPARE(pr.output()(0, 0), -0.5);  // 0.25 * -2
        QCOMPARE(pr.output()(0, 1), 3.0);
        pr.backward(x, dy, true);
        QCOMPARE(pr.params()[0].grad->coeff(0, 0), -2.0);  // x where x < 0
        QCOMPARE(pr.params()[0].grad->coeff(0, 1), 0.0);
        QCOMPARE(pr.inputGrad()(0, 0), 0.25);
        QCOMPARE(pr.inputGrad()(0, 1), 1.0);
        QVERIFY(!pr.params()[0].isWeight);
    }

    // 003-26: f(x) = max_j (w_j x + b_j); the gradient flows only to the winner.
    // One input, one unit, k = 3: w = (1, -1, 0.5), b = (0, 1, 2), x = 2
    //   z = (2, -1, 3): piece 2 wins, y = 3; dW = (0, 0, 2), db = (0, 0, 1), dx = 0.5
    void maxoutWorkedExample() {
        LayerSpec spec = specFor("maxout", 1);
        spec.options["pieces"] = 3;
        Maxout m(spec);
        m.reserve(Shape{1}, 1);
        m.weights() << 1.0, -1.0, 0.5;
        m.bias() << 0.0, 1.0, 2.0;
        Matrix x(1, 1), dy(1, 1);
        x << 2.0;
        dy << 1.0;
        Rng rng(1);
        Pass pass{true, &rng};
        m.forward(x, pass);
        QCOMPARE(m.output()(0, 0), 3.0);
        m.backward(x, dy, true);
        const std::vector<Param> p = m.params();
        QCOMPARE(*p[0].grad, (Matrix(3, 1) << 0.0, 0.0, 2.0).finished());
        QCOMPARE(*p[1].grad, (Matrix(1, 3) << 0.0, 0.0, 1.0).finished());
        QCOMPARE(m.inputGrad()(0, 0), 0.5);
        QVERIFY(p[0].isWeight);
        QVERIFY(!p[1].isWeight);
    }

    // Two identical pieces: the first one takes the gradient (argmax convention).
    void maxoutTieGoesToFirstPiece() {
        LayerSpec spec = specFor("maxout", 1);
        Maxout m(spec);  // pieces 2 by default
        QCOMPARE(m.pieces(), Index(2));
        m.reserve(Shape{2}, 1);
        m.weights() << 1.0, 2.0,
                       1.0, 2.0;
        m.bias() << 0.5, 0.5;
        Matrix x(1, 2), dy(1, 1);
        x << 1.0, -1.0;
        dy << 1.0;
        Rng rng(1);
        Pass pass{true, &rng};
        m.forward(x, pass);
        m.backward(x, dy, true);
        QCOMPARE(*m.params()[1].grad, (Matrix(1, 2) << 1.0, 0.0).finished());
    }

    // 000-41: inference is the identity.
    void dropoutInferenceIsIdentity() {
        LayerSpec spec = specFor("dropout");
        spec.options["rate"] = 0.5;
        Dropout d(spec);
        d.reserve(Shape{5}, 3);
        Rng rng(3);
        const Matrix x = randomMatrix(3, 5, rng), dy = randomMatrix(3, 5, rng);
        Pass infer{false, &rng};
        d.forward(x, infer);
        QCOMPARE(Matrix(d.output()), x);
        d.backward(x, dy, true);
        QCOMPARE(Matrix(d.inputGrad()), dy);
    }

    // Rate 0 is the identity in training too.
    void dropoutRateZeroIsIdentity() {
        LayerSpec spec = specFor("dropout");
        spec.options["rate"] = 0.0;
        Dropout d(spec);
        d.reserve(Shape{5}, 3);
        Rng rng(3);
        const Matrix x = randomMatrix(3, 5, rng);
        Pass train{true, &rng};
        d.forward(x, train);
        QCOMPARE(Matrix(d.output()), x);
    }

    // Inverted dropout keeps the expected activation (curriculum ad3501 "Dropout":
    // "the expected activation is the same at train and test"). Each output is 0
    // or x / (1 - p); over N passes its mean is within a few standard errors
    // |x| sqrt(p / (1 - p)) / sqrt(N) of x, and a fraction p is dropped.
    void dropoutTrainingKeepsTheMean() {
        const double p = 0.4;
        LayerSpec spec = specFor("dropout");
        spec.options["rate"] = p;
        Dropout d(spec);
        QCOMPARE(d.rate(), p);
        const Index f = 6, passes = 20000;
        d.reserve(Shape{f}, 1);
        Rng rng(11);
        const Matrix x = randomMatrix(1, f, rng, 0.5, 2.0);
        Matrix sum = Matrix::Zero(1, f);
        long dropped = 0;
        Pass train{true, &rng};
        for (Index i = 0; i < passes; ++i) {
            d.forward(x, train);
            for (Index c = 0; c < f; ++c) {
                const double y = d.output()(0, c);
                QVERIFY(y == 0.0 || std::abs(y - x(0, c) / (1.0 - p)) < 1e-15);
                dropped += y == 0.0;
            }
            sum += d.output();
        }
        const Matrix mean = sum / double(passes);
        for (Index c = 0; c < f; ++c) {
            const double se = x(0, c) * std::sqrt(p / (1.0 - p)) / std::sqrt(double(passes));
            QVERIFY2(std::abs(mean(0, c) - x(0, c)) < 4.0 * se,
                     qPrintable(QString("column %1: mean %2 vs input %3").arg(c).arg(mean(0, c)).arg(x(0, c))));
        }
        const double fraction = double(dropped) / double(passes * f);
        QVERIFY2(std::abs(fraction - p) < 4.0 * std::sqrt(p * (1 - p) / double(passes * f)),
                 qPrintable(QString("dropped fraction %1").arg(fraction)));
    }

    // Same seed, same mask: the determinism the experiments rely on.
    void dropoutMaskFollowsTheSeed() {
        LayerSpec spec = specFor("dropout");
        Dropout d(spec);
        d.reserve(Shape{8}, 4);
        const Matrix x = Matrix::Ones(4, 8);
        Rng a(42), b(42);
        Pass pa{true, &a}, pb{true, &b};
        d.forward(x, pa);
        const Matrix first = d.output();
        d.forward(x, pb);
        QCOMPARE(Matrix(d.output()), first);
        d.forward(x, pa);
        QVERIFY(Matrix(d.output()) != first);
    }

    // ---- 4. Rejected options and shapes ---------------------------------------
    void rejectsBadOptions_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("option");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("dropout rate 1") << "dropout" << "rate" << 1.0 << "drops every unit";
        QTest::newRow("dropout rate 1.5") << "dropout" << "rate" << 1.5 << "must be in [0, 1), got 1.5";
        QTest::newRow("dropout rate -0.1") << "dropout" << "rate" << -0.1 << "must be in [0, 1)";
        QTest::newRow("dropout rate nan") << "dropout" << "rate" << double(NAN) << "must be in [0, 1)";
        QTest::newRow("maxout pieces 0") << "maxout" << "pieces" << 0.0 << "pieces";
        QTest::newRow("maxout pieces 1.5") << "maxout" << "pieces" << 1.5 << "whole number";
        QTest::newRow("batchnorm eps 0") << "batchnorm" << "eps" << 0.0 << "eps must be positive";
        QTest::newRow("batchnorm momentum 2") << "batchnorm" << "momentum" << 2.0 << "momentum";
        QTest::newRow("misspelt option") << "dropout" << "rat" << 0.5 << "has no option \"rat\" (known: rate)";
    }

    void rejectsBadOptions() {
        QFETCH(QString, type);
        QFETCH(QString, option);
        QFETCH(double, value);
        QFETCH(QString, message);
        LayerSpec bad = specFor(type, 3);
        bad.name.clear();
        bad.options[option.toStdString()] = value;
        NetworkSpec spec;
        spec.layers = {specFor("dense", 4), bad};
        spec.layers[0].name.clear();
        try {
            Network net(spec, Shape{2}, 4);
            QFAIL("the option was accepted");
        } catch (const SpecError& e) {
            QVERIFY2(QString(e.what()).startsWith("network.layers[1]: "), e.what());
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    void rejectsNonFlatInput_data() {
        QTest::addColumn<QString>("type");
        for (const char* t : {"dropout", "batchnorm", "prelu", "maxout"}) QTest::newRow(t) << QString(t);
    }

    void rejectsNonFlatInput() {
        QFETCH(QString, type);
        LayerPtr layer = makeLayer(specFor(type, 3));
        try {
            layer->outputShape(Shape{1, 28, 28});
            QFAIL("an image was accepted");
        } catch (const ShapeError& e) {
            QVERIFY2(QString(e.what()).contains("takes a flat vector, got 1x28x28"), e.what());
        }
    }

    // ---- 5. Table entries: build with defaults, no allocation in the step ----
    void tableEntries_data() {
        QTest::addColumn<QString>("type");
        for (const LayerInfo& info : layerTable()) QTest::newRow(info.type) << QString(info.type);
    }

    void tableEntries() {
        QFETCH(QString, type);
        const LayerInfo& info = findLayer(type.toStdString());
        QVERIFY(QString(info.label).size() > 0);
        for (const ParamDef& def : info.options) QVERIFY(QString(def.label).size() > 0);
        LayerPtr layer = info.create(specFor(type, info.hasUnits ? 3 : 0));
        // Image layers (conv, pooling) refuse a flat input and get a 2x6x6
        // image; sequence layers (rnn, lstm, gru) take 5 steps of 4.
        Shape in;
        for (const Shape& candidate : {Shape{4}, Shape{2, 6, 6}, Shape{5, 4}}) {
            try {
                layer->outputShape(candidate);
                in = candidate;
                break;
            } catch (const ShapeError&) {
            }
        }
        QVERIFY2(!in.dims.empty(), "the layer takes neither a vector, an image nor a sequence");
        const bool flat = in == Shape{4};
        const Shape out = layer->outputShape(in);
        // A reshape with its defaults (channels inferred, 1x1) makes the vector an image of 4 channels.
        if (flat) QCOMPARE(out, info.hasUnits ? Shape{3} : type == "reshape" ? (Shape{4, 1, 1}) : in);

        const Index maxBatch = 8;
        layer->reserve(in, maxBatch);
        Rng rng(9);
        layer->initialize(rng);
        const Matrix x = randomMatrix(maxBatch, in.size(), rng), dy = randomMatrix(maxBatch, out.size(), rng);
        Pass train{true, &rng}, infer{false, &rng};
        auto step = [&](Index n, Pass& pass) {
            layer->forward(x.topRows(n), pass);
            layer->backward(x.topRows(n), dy.topRows(n), true);
        };
        step(maxBatch, train);  // warm-up
        step(5, infer);
        if (!test::allocationCountingAvailable()) QSKIP("allocation counting needs glibc");
        const long allocations = test::allocationsDuring([&] {
            for (int i = 0; i < 100; ++i) {
                step(i % 2 ? 5 : maxBatch, train);
                if (i % 10 == 0) step(3, infer);
            }
        });
        QCOMPARE(allocations, 0L);
    }
};

QTEST_APPLESS_MAIN(TestLayers)
#include "tst_layers.moc"
