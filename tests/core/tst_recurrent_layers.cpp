// Sequence layers: rnn, lstm, gru (Recurrent.h) and layernorm (the oracle
// replay of all four is in tst_layers and tst_oracle).
//  1. Central finite differences (h = 1e-6) of L = sum(output * upstream) for
//     dX and every parameter of each cell, many-to-one and many-to-many, with
//     a set initial state and a gradient into the final state; layernorm on
//     vectors and sequences; the bidirectional wrapper with each merge; a
//     stacked lstm -> layernorm -> gru -> dense network.
//  2. Truncated backpropagation through time: inside the last chunk the input
//     gradient is the full one, before it zero.
//  3. The bidirectional wrapper's time order; shapes and options: {T, F} in,
//     {T, H} or {H} out; readable errors, word-valued options (direction, merge).
//  4. No heap allocation in forward/backward at realistic sizes.
#include <QtTest>

#include "AllocationCounter.h"
#include "FiniteDifference.h"

#include "Error.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentJson.h"
#include "layers/LayerTable.h"
#include "layers/Recurrent.h"
#include "model/Network.h"

#include <functional>

using namespace nnlab;

namespace {

using test::kFdFail;
using test::randomMatrix;

LayerSpec spec(const std::string& type, Index units, std::map<std::string, double> options = {},
               std::map<std::string, std::string> choices = {}) {
    LayerSpec s;
    s.type = type;
    s.name = type + "_test";
    s.units = units;
    s.options = std::move(options);
    s.choices = std::move(choices);
    return s;
}

Shape shapeOf(const QString& text) {
    std::vector<Index> dims;
    for (const QString& d : text.split(' ')) dims.push_back(d.toLongLong());
    return Shape(dims);
}

// "return_sequences=1 merge=sum": numbers go to options, words to choices.
LayerSpec specOf(const QString& type, Index units, const QString& text) {
    LayerSpec s = spec(type.toStdString(), units);
    for (const QString& kv : text.split(' ', Qt::SkipEmptyParts)) {
        bool number = false;
        const double v = kv.section('=', 1).toDouble(&number);
        if (number)
            s.options[kv.section('=', 0, 0).toStdString()] = v;
        else
            s.choices[kv.section('=', 0, 0).toStdString()] = kv.section('=', 1).toStdString();
    }
    return s;
}

QString qs(const std::string& s) { return QString::fromStdString(s); }

using test::Checked;

// Every checked gradient within kFdFail of central differences, errors printed.
void expectMatchingGradients(const QString& what, const std::vector<Checked>& checked, const std::function<double()>& loss) {
    const std::vector<double> errors = test::fdErrors(checked, loss);
    for (std::size_t i = 0; i < checked.size(); ++i) {
        qInfo("  %s %s: %.3g", qPrintable(what), checked[i].name.c_str(), errors[i]);
        QVERIFY2(errors[i] < kFdFail, qPrintable(QString("%1 error %2").arg(qs(checked[i].name)).arg(errors[i])));
    }
}

}  // namespace

class TestRecurrentLayers : public QObject {
    Q_OBJECT

private slots:
    // ---- 1. Finite differences ------------------------------------------------
    void gradients_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("units");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("shape");  // "T F" or "F"
        QTest::addColumn<bool>("withState");  // initial state and a final-state gradient
        for (const char* t : {"rnn", "lstm", "gru"}) {
            const QString type(t);
            QTest::newRow(qPrintable(type + " many-to-one")) << type << 4 << "" << "5 3" << false;
            QTest::newRow(qPrintable(type + " many-to-many")) << type << 3 << "return_sequences=1" << "4 2" << false;
            QTest::newRow(qPrintable(type + " one step")) << type << 2 << "return_sequences=1" << "1 3" << false;
            QTest::newRow(qPrintable(type + " initial and final state")) << type << 3 << "return_sequences=1" << "4 2" << true;
        }
        for (const char* merge : {"concat", "sum", "multiply"}) {
            const QString m = QString("direction=bidirectional merge=") + merge;
            QTest::newRow(qPrintable(QString("bidirectional lstm many-to-one ") + merge)) << "lstm" << 3 << m << "4 2" << false;
            QTest::newRow(qPrintable(QString("bidirectional gru many-to-many ") + merge))
                << "gru" << 3 << m + " return_sequences=1" << "5 2" << false;
        }
        QTest::newRow("rnn relu many-to-many") << "rnn" << 3 << "nonlinearity=relu return_sequences=1" << "4 2" << false;
        QTest::newRow("rnn relu initial and final state") << "rnn" << 3 << "nonlinearity=relu" << "4 2" << true;
        QTest::newRow("bidirectional rnn many-to-many concat") << "rnn" << 2 << "direction=bidirectional return_sequences=1" << "3 3" << false;
        QTest::newRow("layernorm vector") << "layernorm" << 0 << "" << "6" << false;
        QTest::newRow("layernorm sequence") << "layernorm" << 0 << "eps=0.001" << "3 5" << false;
    }

    void gradients() {
        QFETCH(QString, type);
        QFETCH(int, units);
        QFETCH(QString, options);
        QFETCH(QString, shape);
        QFETCH(bool, withState);
        const Shape in = shapeOf(shape);
        const Index batch = 3;
        LayerPtr layer = makeLayer(specOf(type, units, options));
        const Index out = layer->outputShape(in).size();
        layer->reserve(in, batch);
        Rng rng(11);
        layer->initialize(rng);
        for (Param& p : layer->params()) *p.value = randomMatrix(p.value->rows(), p.value->cols(), rng, -0.8, 0.8);
        auto* rec = dynamic_cast<Recurrent*>(layer.get());
        if (withState) {
            QVERIFY(rec);
            for (Index k = 0; k < rec->stateCount(); ++k) {
                rec->initialState(k) = randomMatrix(batch, units, rng);
                rec->finalStateGrad(k) = randomMatrix(batch, units, rng);
            }
        }
        Matrix x = randomMatrix(batch, in.size(), rng, -1.5, 1.5);
        const Matrix upstream = randomMatrix(batch, out, rng);
        // L = <output, upstream> + <final state k, its gradient>
        auto loss = [&]() {
            Pass pass{true, &rng};
            layer->forward(x, pass);
            double l = (layer->output().array() * upstream.array()).sum();
            if (withState)
                for (Index k = 0; k < rec->stateCount(); ++k)
                    l += (rec->finalState(k).array() * rec->finalStateGrad(k).array()).sum();
            return l;
        };
        loss();
        layer->backward(x, upstream, true);
        std::vector<Checked> checked = {{"dX", &x, layer->inputGrad()}};
        for (Param& p : layer->params()) checked.push_back({"d" + p.name, p.value, *p.grad});
        if (withState)
            for (Index k = 0; k < rec->stateCount(); ++k)
                checked.push_back({"d(state " + std::to_string(k) + " at t = 0)", &rec->initialState(k), rec->initialStateGrad(k)});
        expectMatchingGradients(type, checked, loss);
    }

    // lstm (every step) -> layernorm -> gru (last step) -> dense: stacked
    // recurrent layers through Network::backward.
    void stackedNetworkGradient() {
        NetworkSpec net;
        net.layers = {spec("lstm", 4, {{"return_sequences", 1}}), spec("layernorm", 0), spec("gru", 3), spec("dense", 2)};
        for (auto& l : net.layers) l.name.clear();
        const Index batch = 3;
        Network network(net, Shape{6, 2}, batch);
        QCOMPARE(network.shapeAfter(0), (Shape{6, 4}));
        QCOMPARE(network.shapeAfter(1), (Shape{6, 4}));
        QCOMPARE(network.outputShape(), Shape{2});
        Rng rng(3);
        network.initialize(rng);
        Matrix x = randomMatrix(batch, 12, rng);
        const Matrix upstream = randomMatrix(batch, 2, rng);
        auto loss = [&]() {
            Pass pass{true, &rng};
            return (network.forward(x, pass).array() * upstream.array()).sum();
        };
        loss();
        network.backward(x, upstream, true);
        std::vector<Checked> checked = {{"dX", &x, network.layer(0).inputGrad()}};
        for (Param& p : network.params()) checked.push_back({"d" + p.name, p.value, *p.grad});
        expectMatchingGradients("network", checked, loss);
    }

    // ---- 2. Truncated BPTT -------------------------------------------------------
    // T = 7, chunks of 3: steps 0-2, 3-5, 6. The loss reads only the last h, so
    // with truncate = 3 the gradient reaches x_6 exactly as without truncation
    // and stops there: x_0 .. x_5 get none. With truncate = 4 (chunks 0-3, 4-6)
    // x_4 .. x_6 get the full gradient, the rest none. The many-to-many case
    // keeps a gradient at every step (each step's own output) but it differs
    // from the full one where a later step's path is cut.
    void truncation_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("truncate");
        QTest::addColumn<int>("chunkStart");
        for (const char* t : {"rnn", "lstm", "gru"}) {
            QTest::newRow(qPrintable(QString(t) + " k=3")) << QString(t) << 3 << 6;
            QTest::newRow(qPrintable(QString(t) + " k=4")) << QString(t) << 4 << 4;
            QTest::newRow(qPrintable(QString(t) + " k=7 (whole)")) << QString(t) << 7 << 0;
        }
    }
    void truncation() {
        QFETCH(QString, type);
        QFETCH(int, truncate);
        QFETCH(int, chunkStart);
        const Index steps = 7, features = 2, batch = 2, units = 3;
        const Shape in{steps, features};
        auto gradient = [&](double k, bool sequences) {
            LayerPtr layer = makeLayer(spec(type.toStdString(), units, {{"truncate", k}, {"return_sequences", sequences ? 1.0 : 0.0}}));
            const Index out = layer->outputShape(in).size();
            layer->reserve(in, batch);
            Rng rng(5);
            layer->initialize(rng);
            const Matrix x = randomMatrix(batch, in.size(), rng);
            const Matrix up = randomMatrix(batch, out, rng);
            Pass pass{true, &rng};
            layer->forward(x, pass);
            layer->backward(x, up, true);
            return Matrix(layer->inputGrad());
        };
        const Matrix full = gradient(0, false), cut = gradient(truncate, false);
        const Index split = chunkStart * features;
        QVERIFY(full.leftCols(split).cwiseAbs().minCoeff() > 0.0 || split == 0);
        if (split > 0) QCOMPARE(cut.leftCols(split).cwiseAbs().maxCoeff() + 0.0, 0.0);
        QVERIFY((cut.rightCols(full.cols() - split) - full.rightCols(full.cols() - split)).cwiseAbs().maxCoeff() < 1e-15);
        const Matrix fullSeq = gradient(0, true), cutSeq = gradient(truncate, true);
        QVERIFY(cutSeq.cwiseAbs().minCoeff() > 0.0);
        const double differ = (fullSeq - cutSeq).cwiseAbs().maxCoeff();
        if (truncate < steps)
            QVERIFY2(differ > 1e-6, "truncation changed nothing in the many-to-many gradient");
        else
            QCOMPARE(differ, 0.0);
    }

    // The backward direction reads the sequence backwards: with every step
    // concatenated, step t's forward half has seen x_0..x_t and its backward
    // half x_t..x_{T-1}. So changing x_0 leaves the backward half of every
    // later step alone, and changing x_{T-1} the forward half of every earlier one.
    void bidirectionalTimeOrder() {
        const Index steps = 4, features = 2, units = 3, batch = 2;
        const Shape in{steps, features};
        LayerPtr layer = makeLayer(specOf("lstm", units, "direction=bidirectional return_sequences=1"));
        QCOMPARE(layer->outputShape(in), (Shape{steps, 2 * units}));
        layer->reserve(in, batch);
        Rng rng(4);
        layer->initialize(rng);
        QCOMPARE(layer->params().size(), std::size_t(8));
        QCOMPARE(qs(layer->params()[4].name), QString("W_ih_reverse"));
        Matrix x = randomMatrix(batch, in.size(), rng);
        Pass pass{true, &rng};
        layer->forward(x, pass);
        const Matrix before = layer->output();
        auto half = [&](const Matrix& y, Index t, bool backwardHalf) {
            return Matrix(y.middleCols((2 * t + (backwardHalf ? 1 : 0)) * units, units));
        };
        x(0, 0) += 0.5;  // x_0 of sample 0
        layer->forward(x, pass);
        const Matrix first = layer->output();
        for (Index t = 0; t < steps; ++t) {
            QVERIFY2((half(first, t, false) - half(before, t, false)).norm() > 1e-6, "the forward half missed x_0");
            if (t > 0) QCOMPARE((half(first, t, true) - half(before, t, true)).norm(), 0.0);
        }
        QVERIFY((half(first, 0, true) - half(before, 0, true)).norm() > 1e-6);
        x(0, 0) -= 0.5;
        x(0, (steps - 1) * features) += 0.5;  // x_{T-1}
        layer->forward(x, pass);
        const Matrix last = layer->output();
        for (Index t = 0; t < steps - 1; ++t) QCOMPARE((half(last, t, false) - half(before, t, false)).norm(), 0.0);
        QVERIFY((half(last, 0, true) - half(before, 0, true)).norm() > 1e-6);
    }

    // ---- 3. Shapes and options --------------------------------------------------
    void shapes() {
        for (const char* t : {"rnn", "lstm", "gru"}) {
            QCOMPARE(makeLayer(spec(t, 8))->outputShape(Shape{20, 3}), Shape{8});
            QCOMPARE(makeLayer(spec(t, 8, {{"return_sequences", 1}}))->outputShape(Shape{20, 3}), (Shape{20, 8}));
        }
        QCOMPARE(makeLayer(spec("layernorm", 0))->outputShape(Shape{4, 5}), (Shape{4, 5}));
        // PyTorch's sizes: 4 gates for the LSTM, 3 for the GRU, 1 for the RNN.
        LayerPtr lstm = makeLayer(spec("lstm", 5));
        lstm->reserve(Shape{7, 2}, 4);
        const std::vector<Param> p = lstm->params();
        QCOMPARE(p.size(), std::size_t(4));
        QCOMPARE(qs(p[0].name + " " + p[1].name + " " + p[2].name + " " + p[3].name), QString("W_ih W_hh b_ih b_hh"));
        QCOMPARE(p[0].value->rows(), Index(20));
        QCOMPARE(p[0].value->cols(), Index(2));
        QCOMPARE(p[1].value->cols(), Index(5));
        QVERIFY(p[0].isWeight && p[1].isWeight && !p[2].isWeight);
        // forget-gate bias 1 after initialize (Jozefowicz et al. 2015)
        Rng rng(1);
        lstm->initialize(rng);
        QCOMPARE(p[2].value->middleCols(5, 5).minCoeff(), 1.0);
        QCOMPARE(p[2].value->leftCols(5).cwiseAbs().maxCoeff(), 0.0);
    }

    void readableErrors_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("message");
        QTest::newRow("lstm on a vector") << "lstm" << "" << "8" << "takes a sequence {T, F}, got 8";
        QTest::newRow("gru on an image") << "gru" << "" << "1 4 4" << "takes a sequence {T, F}, got 1x4x4";
        QTest::newRow("return_sequences 2") << "rnn" << "return_sequences=2" << "3 2" << "return_sequences must be 0";
        QTest::newRow("truncate 1.5") << "lstm" << "truncate=1.5" << "3 2" << "truncate must be a whole number";
        QTest::newRow("layernorm on an image") << "layernorm" << "" << "1 4 4" << "takes a vector {F} or a sequence";
        QTest::newRow("layernorm eps 0") << "layernorm" << "eps=0" << "4" << "eps must be positive";
        QTest::newRow("merge avg") << "lstm" << "direction=bidirectional merge=avg" << "3 2"
                                   << "merge: \"avg\" is not one of concat, sum, multiply";
        QTest::newRow("direction sideways") << "gru" << "direction=sideways" << "3 2"
                                            << "direction: \"sideways\" is not one of forward, bidirectional";
        QTest::newRow("nonlinearity sigmoid") << "rnn" << "nonlinearity=sigmoid" << "3 2"
                                              << "nonlinearity: \"sigmoid\" is not one of tanh, relu";
        QTest::newRow("a choice on dense") << "dense" << "merge=sum" << "3" << "layer type \"dense\" has no option \"merge\"";
    }
    void readableErrors() {
        QFETCH(QString, type);
        QFETCH(QString, options);
        QFETCH(QString, shape);
        QFETCH(QString, message);
        try {
            makeLayer(specOf(type, 4, options))->outputShape(shapeOf(shape));
            QFAIL("accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    // In the experiment file, a word-valued option outside its list is refused
    // with the field path and the list.
    void fileNamesABadChoice_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("merge") << "merge" << "\"avg\"" << "network.layers[1].merge: \"avg\" is not one of concat, sum, multiply";
        QTest::newRow("direction") << "direction" << "\"both\"" << "network.layers[1].direction: \"both\" is not one of forward, bidirectional";
        QTest::newRow("not a string") << "merge" << "2" << "network.layers[1].merge: expected a string, got 2";
    }
    void fileNamesABadChoice() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        nlohmann::json j = experimentToJson(defaultExperiment());
        nlohmann::json layer = {{"type", "lstm"}, {"units", 4}, {"direction", "bidirectional"}};
        layer[field.toStdString()] = nlohmann::json::parse(value.toStdString());
        j["network"]["layers"].insert(j["network"]["layers"].begin() + 1, layer);
        try {
            experimentFromJson(j);
            QFAIL("accepted");
        } catch (const SpecError& e) {
            QCOMPARE(QString(e.what()), message);
        }
    }

    // ---- 4. No allocation in the step -------------------------------------------
    void noAllocationInTheStep_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("units");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("shape");
        // the bench size of issue 13: 64 units, 50 steps, batch 32
        QTest::newRow("lstm 64 units, 50 steps") << "lstm" << 64 << "" << "50 8";
        QTest::newRow("lstm every step, truncated") << "lstm" << 32 << "return_sequences=1 truncate=10" << "30 16";
        QTest::newRow("gru 64 units") << "gru" << 64 << "return_sequences=1" << "50 8";
        QTest::newRow("rnn 64 units") << "rnn" << 64 << "" << "50 8";
        QTest::newRow("bidirectional gru, every step, multiply") << "gru" << 32 << "direction=bidirectional merge=multiply return_sequences=1" << "40 8";
        QTest::newRow("bidirectional lstm, concat") << "lstm" << 32 << "direction=bidirectional" << "40 8";
        QTest::newRow("layernorm sequence") << "layernorm" << 0 << "" << "50 64";
    }
    void noAllocationInTheStep() {
        QFETCH(QString, type);
        QFETCH(int, units);
        QFETCH(QString, options);
        QFETCH(QString, shape);
        const Shape in = shapeOf(shape);
        LayerPtr layer = makeLayer(specOf(type, units, options));
        const Shape out = layer->outputShape(in);
        const Index maxBatch = 32;
        layer->reserve(in, maxBatch);
        Rng rng(2);
        layer->initialize(rng);
        const Matrix x = randomMatrix(maxBatch, in.size(), rng), dy = randomMatrix(maxBatch, out.size(), rng);
        Pass train{true, &rng}, infer{false, &rng};
        auto step = [&](Index n, Pass& pass) {
            layer->forward(x.topRows(n), pass);
            layer->backward(x.topRows(n), dy.topRows(n), true);
        };
        step(maxBatch, train);  // warm-up
        if (!test::allocationCountingAvailable()) QSKIP("allocation counting needs glibc");
        const long allocations = test::allocationsDuring([&] {
            for (int i = 0; i < 6; ++i) step(i % 2 ? 7 : maxBatch, i % 3 ? train : infer);
        });
        QCOMPARE(allocations, 0L);
    }
};

QTEST_APPLESS_MAIN(TestRecurrentLayers)
#include "tst_recurrent_layers.moc"
