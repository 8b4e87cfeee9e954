// Image layers: conv2d, conv_transpose2d, maxpool2d, avgpool2d, global_avgpool,
// flatten, reshape, batchnorm2d (the oracle replay is in tst_layers and tst_oracle).
//  1. Central finite differences (h = 1e-6) of L = sum(output * upstream) for
//     dX and every parameter, over strides, paddings, dilations, output
//     paddings, and for one whole convolutional network.
//  2. Worked examples of the curriculum (ad3501 notes, Unit II), arithmetic in
//     the comments: WE-25 strided convolution (the notes print three wrong
//     values), WE-17 sharpen, WE-16 kernel sums, WE-22 / WE-15 / WE-26 sizes,
//     the pooling example [[1,3],[2,4]].
//  3. conv_transpose2d is the adjoint of conv2d: <conv(x), y> = <x, convT(y)>.
//  4. Readable shape errors ("pooling 3x3 on a 2x2 map").
//  5. No heap allocation in forward/backward at realistic sizes (where Eigen's
//     own product would allocate its GEMM panels).
#include <QtTest>

#include "AllocationCounter.h"
#include "FiniteDifference.h"

#include "Error.h"
#include "layers/Conv2d.h"
#include "layers/ConvTranspose2d.h"
#include "layers/LayerTable.h"
#include "layers/Pool2d.h"
#include "model/Network.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

using namespace nnlab;

namespace {

using test::fdError;
using test::kFdFail;
using test::kH;
using test::numericGradient;
using test::randomMatrix;

// Distinct values 0.01 apart in a random order: no two pixels of a pooling
// window tie, so max pooling is differentiable at every input.
Matrix distinctMatrix(Index rows, Index cols, Rng& rng) {
    std::vector<double> v(std::size_t(rows * cols));
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = 0.01 * double(i) - 0.005 * double(v.size());
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[uniformIndex(rng, i)]);
    Matrix m(rows, cols);
    std::copy(v.begin(), v.end(), m.data());
    return m;
}

LayerSpec spec(const std::string& type, Index units, std::map<std::string, double> options,
               const std::string& activation = "linear") {
    LayerSpec s;
    s.type = type;
    s.name = type + "_test";
    s.units = units;
    s.activation = NamedSpec(activation);
    s.options = std::move(options);
    return s;
}

// A single-channel image from rows of numbers, as one NCHW row.
Matrix image(std::initializer_list<std::initializer_list<double>> rows) {
    std::vector<double> v;
    for (const auto& r : rows) v.insert(v.end(), r.begin(), r.end());
    Matrix m(1, Index(v.size()));
    std::copy(v.begin(), v.end(), m.data());
    return m;
}

// The layer's output for one input, after reserve().
Matrix run(Layer& layer, const Shape& in, const Matrix& x) {
    layer.reserve(in, x.rows());
    Rng rng(1);
    Pass pass{true, &rng};
    layer.forward(x, pass);
    return layer.output();
}

QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

class TestConvLayers : public QObject {
    Q_OBJECT

private slots:
    // ---- 1. Finite differences ------------------------------------------------
    void gradients_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("units");
        QTest::addColumn<QString>("activation");
        QTest::addColumn<QString>("options");  // "kernel=3 stride=2"
        QTest::addColumn<QString>("shape");    // "C H W"
        QTest::addColumn<bool>("training");
        QTest::newRow("conv2d k3") << "conv2d" << 2 << "linear" << "kernel=3" << "1 5 5" << true;
        QTest::newRow("conv2d k3 s2 p1") << "conv2d" << 3 << "linear" << "kernel=3 stride=2 padding=1" << "2 6 7" << true;
        QTest::newRow("conv2d k2 d2 p1") << "conv2d" << 2 << "linear" << "kernel=2 dilation=2 padding=1" << "3 5 5" << true;
        QTest::newRow("conv2d k1") << "conv2d" << 4 << "linear" << "kernel=1" << "3 3 3" << true;
        QTest::newRow("conv2d k3 tanh") << "conv2d" << 2 << "tanh" << "kernel=3 padding=1" << "2 4 4" << true;
        QTest::newRow("conv_transpose2d k3 s2") << "conv_transpose2d" << 2 << "linear" << "kernel=3 stride=2" << "1 3 3" << true;
        QTest::newRow("conv_transpose2d k3 s2 p1 op1") << "conv_transpose2d" << 1 << "linear"
                                                       << "kernel=3 stride=2 padding=1 output_padding=1" << "2 4 4" << true;
        QTest::newRow("conv_transpose2d k2 d2") << "conv_transpose2d" << 2 << "linear" << "kernel=2 dilation=2" << "2 3 3" << true;
        QTest::newRow("conv_transpose2d k3 sigmoid") << "conv_transpose2d" << 2 << "sigmoid" << "kernel=3 padding=1" << "2 3 3" << true;
        QTest::newRow("maxpool2d k2 s2") << "maxpool2d" << 0 << "linear" << "kernel=2 stride=2" << "2 5 5" << true;
        QTest::newRow("maxpool2d k3 s2 p1") << "maxpool2d" << 0 << "linear" << "kernel=3 stride=2 padding=1" << "2 7 7" << true;
        QTest::newRow("maxpool2d k3 s1") << "maxpool2d" << 0 << "linear" << "kernel=3 stride=1" << "1 5 6" << true;
        QTest::newRow("avgpool2d k2 s2") << "avgpool2d" << 0 << "linear" << "kernel=2 stride=2" << "2 5 5" << true;
        QTest::newRow("avgpool2d k3 s2 p1") << "avgpool2d" << 0 << "linear" << "kernel=3 stride=2 padding=1" << "2 7 7" << true;
        QTest::newRow("avgpool2d k3 s2 p1 pads not counted") << "avgpool2d" << 0 << "linear"
                                                             << "kernel=3 stride=2 padding=1 count_include_pad=0" << "2 7 7" << true;
        QTest::newRow("global_avgpool") << "global_avgpool" << 0 << "linear" << "" << "3 4 5" << true;
        QTest::newRow("global_maxpool") << "global_maxpool" << 0 << "linear" << "" << "3 4 5" << true;
        QTest::newRow("flatten") << "flatten" << 0 << "linear" << "" << "2 3 3" << true;
        QTest::newRow("reshape vector to 2x3x2") << "reshape" << 0 << "linear" << "channels=2 height=3 width=2" << "12" << true;
        QTest::newRow("reshape image to 1x3x6") << "reshape" << 0 << "linear" << "channels=1 height=3 width=6" << "2 3 3" << true;
        QTest::newRow("batchnorm2d train") << "batchnorm2d" << 0 << "linear" << "" << "3 3 3" << true;
        QTest::newRow("batchnorm2d inference") << "batchnorm2d" << 0 << "linear" << "" << "3 3 3" << false;
    }

    void gradients() {
        QFETCH(QString, type);
        QFETCH(int, units);
        QFETCH(QString, activation);
        QFETCH(QString, options);
        QFETCH(QString, shape);
        QFETCH(bool, training);
        LayerSpec s = spec(type.toStdString(), units, {}, activation.toStdString());
        for (const QString& kv : options.split(' ', Qt::SkipEmptyParts))
            s.options[kv.section('=', 0, 0).toStdString()] = kv.section('=', 1).toDouble();
        std::vector<Index> dims;
        for (const QString& d : shape.split(' ')) dims.push_back(d.toLongLong());
        const Shape in(dims);
        const Index batch = 3;

        LayerPtr layer = makeLayer(s);
        const Index out = layer->outputShape(in).size();
        layer->reserve(in, batch);
        Rng rng(7);
        layer->initialize(rng);
        for (Param& p : layer->params()) *p.value = randomMatrix(p.value->rows(), p.value->cols(), rng);
        if (!training) {  // batchnorm inference: running statistics of some earlier batches
            Pass warm{true, &rng};
            for (int i = 0; i < 3; ++i) layer->forward(randomMatrix(batch, in.size(), rng, -1.0, 3.0), warm);
        }
        Matrix x = distinctMatrix(batch, in.size(), rng);
        const Matrix upstream = randomMatrix(batch, out, rng);
        auto loss = [&]() {
            Rng passRng(5);
            Pass pass{training, &passRng};
            layer->forward(x, pass);
            return (layer->output().array() * upstream.array()).sum();
        };
        loss();
        layer->backward(x, upstream, true);
        const Matrix dx = layer->inputGrad();
        std::vector<Matrix> grads;
        for (Param& p : layer->params()) grads.push_back(*p.grad);

        const double ex = fdError(dx, numericGradient(x, loss));
        qInfo("  %s dX: %.3g", qPrintable(type), ex);
        QVERIFY2(ex < kFdFail, qPrintable(QString("dX error %1").arg(ex)));
        std::size_t i = 0;
        for (Param& p : layer->params()) {
            const double e = fdError(grads[i++], numericGradient(*p.value, loss));
            qInfo("  %s d%s: %.3g", qPrintable(type), p.name.c_str(), e);
            QVERIFY2(e < kFdFail, qPrintable(QString("d%1 error %2").arg(qs(p.name)).arg(e)));
        }
    }

    // conv (tanh) -> batchnorm2d -> maxpool -> conv_transpose -> avgpool -> flatten -> dense,
    // and a global-average-pooling head: gradients through Network::backward.
    void networkGradient_data() {
        QTest::addColumn<bool>("globalPool");
        QTest::newRow("flatten head") << false;
        QTest::newRow("global_avgpool head") << true;
    }

    void networkGradient() {
        QFETCH(bool, globalPool);
        NetworkSpec net;
        net.layers = {spec("conv2d", 3, {{"kernel", 3}, {"padding", 1}}, "tanh"),
                      spec("batchnorm2d", 0, {}),
                      spec("maxpool2d", 0, {{"kernel", 2}, {"stride", 2}}),
                      spec("conv_transpose2d", 2, {{"kernel", 3}, {"stride", 2}, {"padding", 1}, {"output_padding", 1}}, "sigmoid"),
                      spec("avgpool2d", 0, {{"kernel", 3}, {"stride", 2}, {"padding", 1}}),
                      globalPool ? spec("global_avgpool", 0, {}) : spec("flatten", 0, {}),
                      spec("dense", 2, {})};
        for (auto& l : net.layers) l.name.clear();
        const Index batch = 4;
        Network network(net, Shape{2, 6, 6}, batch);
        QCOMPARE(network.outputShape(), Shape{2});
        Rng rng(3);
        network.initialize(rng);
        for (Param& p : network.params()) *p.value = randomMatrix(p.value->rows(), p.value->cols(), rng);
        Matrix x = distinctMatrix(batch, 72, rng);
        const Matrix upstream = randomMatrix(batch, 2, rng);
        auto loss = [&]() {
            Pass pass{true, &rng};
            return (network.forward(x, pass).array() * upstream.array()).sum();
        };
        loss();
        network.backward(x, upstream, true);
        const Matrix dx = network.layer(0).inputGrad();
        std::vector<Param> params = network.params();
        std::vector<Matrix> grads;
        for (Param& p : params) grads.push_back(*p.grad);
        const double ex = fdError(dx, numericGradient(x, loss));
        qInfo("  network dX: %.3g", ex);
        QVERIFY2(ex < kFdFail, qPrintable(QString("dX error %1").arg(ex)));
        for (std::size_t i = 0; i < params.size(); ++i) {
            const double e = fdError(grads[i], numericGradient(*params[i].value, loss));
            QVERIFY2(e < kFdFail, qPrintable(QString("param %1 (%2) error %3").arg(i).arg(qs(params[i].name)).arg(e)));
        }
    }

    // ---- 2. Worked examples ------------------------------------------------------
    // WE-25: 7x7 input, kernel [[3,4,4],[1,0,2],[-1,0,3]], stride 2, no padding;
    // (7 - 3 + 0)/2 + 1 = 3. The first entry, window rows 0-2, columns 0-2:
    //   2*3 + 3*4 + 7*4 + 6*1 + 6*0 + 9*2 + 3*(-1) + 4*0 + 8*3 = 6+12+28+6+0+18-3+0+24 = 91
    // Entry (0,1), columns 2-4: 7*3+4*4+6*4 + 9*1+8*0+7*2 + 8*(-1)+3*0+8*3 = 21+16+24+9+0+14-8+0+24 = 100
    //   (the notes print 110: Notes error)
    // Entry (0,2), columns 4-6: 6*3+2*4+9*4 + 7*1+4*0+3*2 + 8*(-1)+9*0+7*3 = 18+8+36+7+0+6-8+0+21 = 88 (notes: 83)
    // Entry (1,2), rows 2-4, columns 4-6: 8*3+9*4+7*4 + 6*1+3*0+4*2 + 3*(-1)+4*0+6*3 = 24+36+28+6+0+8-3+0+18 = 117 (notes: 127)
    void stridedConvolutionWE25() {
        const Matrix x = image({{2, 3, 7, 4, 6, 2, 9},
                                {6, 6, 9, 8, 7, 4, 3},
                                {3, 4, 8, 3, 8, 9, 7},
                                {7, 8, 3, 6, 6, 3, 4},
                                {4, 2, 1, 8, 3, 4, 6},
                                {3, 2, 4, 1, 9, 8, 3},
                                {0, 1, 3, 9, 2, 1, 4}});
        Conv2d conv(spec("conv2d", 1, {{"kernel", 3}, {"stride", 2}}));
        QCOMPARE(conv.outputShape(Shape{1, 7, 7}), (Shape{1, 3, 3}));
        conv.reserve(Shape{1, 7, 7}, 1);
        conv.weights() << 3, 4, 4, 1, 0, 2, -1, 0, 3;
        conv.bias() << 0;
        const Matrix y = run(conv, Shape{1, 7, 7}, x);
        QCOMPARE(y, image({{91, 100, 88}, {69, 91, 117}, {44, 72, 74}}));
        // Stride 1 gives the full 5x5 map.
        Conv2d full(spec("conv2d", 1, {{"kernel", 3}}));
        full.reserve(Shape{1, 7, 7}, 1);
        full.weights() = conv.weights();
        full.bias() << 0;
        QCOMPARE(run(full, Shape{1, 7, 7}, x),
                 image({{91, 80, 100, 84, 88}, {99, 106, 126, 92, 77}, {69, 98, 91, 93, 117}, {80, 79, 87, 93, 61},
                        {44, 72, 72, 63, 74}}));
        // True convolution (kernel flipped): [[72,108,115],[45,73,79],[34,71,48]].
        conv.weights() << 3, 0, -1, 2, 0, 1, 4, 4, 3;
        QCOMPARE(run(conv, Shape{1, 7, 7}, x), image({{72, 108, 115}, {45, 73, 79}, {34, 71, 48}}));
    }

    // WE-17: the sharpen kernel on the top-left patch [[45,12,5],[22,10,35],[88,26,51]]:
    //   45*0 + 12*(-1) + 5*0 + 22*(-1) + 10*5 + 35*(-1) + 88*0 + 26*(-1) + 51*0 = -12-22+50-35-26 = -45
    void sharpenWE17() {
        Conv2d conv(spec("conv2d", 1, {{"kernel", 3}}));
        conv.reserve(Shape{1, 3, 3}, 1);
        conv.weights() << 0, -1, 0, -1, 5, -1, 0, -1, 0;
        conv.bias() << 0;
        QCOMPARE(run(conv, Shape{1, 3, 3}, image({{45, 12, 5}, {22, 10, 35}, {88, 26, 51}}))(0, 0), -45.0);
        // A 4x4 input gives 2x2.
        QCOMPARE(conv.outputShape(Shape{1, 4, 4}), (Shape{1, 2, 2}));
    }

    // WE-16: kernel sums identity 1, blur 1, sharpen 1, edge 0: on a constant
    // image of 7s (padding 0) the first three keep 7, edge detection gives 0.
    void namedKernelsWE16_data() {
        QTest::addColumn<QVector<double>>("kernel");
        QTest::addColumn<double>("expected");
        QTest::newRow("identity") << QVector<double>{0, 0, 0, 0, 1, 0, 0, 0, 0} << 7.0;
        QTest::newRow("blur") << QVector<double>{1 / 16.0, 2 / 16.0, 1 / 16.0, 2 / 16.0, 4 / 16.0, 2 / 16.0, 1 / 16.0, 2 / 16.0, 1 / 16.0} << 7.0;
        QTest::newRow("sharpen") << QVector<double>{0, -1, 0, -1, 5, -1, 0, -1, 0} << 7.0;
        QTest::newRow("edge") << QVector<double>{-1, -1, -1, -1, 8, -1, -1, -1, -1} << 0.0;
    }
    void namedKernelsWE16() {
        QFETCH(QVector<double>, kernel);
        QFETCH(double, expected);
        Conv2d conv(spec("conv2d", 1, {{"kernel", 3}}));
        conv.reserve(Shape{1, 5, 5}, 1);
        std::copy(kernel.begin(), kernel.end(), conv.weights().data());
        conv.bias() << 0;
        const Matrix y = run(conv, Shape{1, 5, 5}, Matrix::Constant(1, 25, 7.0));
        QCOMPARE(y.cols(), Index(9));
        for (Index i = 0; i < y.cols(); ++i) QVERIFY(std::abs(y(0, i) - expected) < 1e-14);
    }

    // WE-22 and its extra cases: O = floor((W - F + 2P)/S) + 1.
    void outputSizeWE22_data() {
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("padding");
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("out");
        QTest::newRow("WE-22 (5-2+0)/1+1") << 5 << 2 << 0 << 1 << 4;
        QTest::newRow("(32-3+2)/1+1") << 32 << 3 << 1 << 1 << 32;
        QTest::newRow("(32-5+4)/1+1") << 32 << 5 << 2 << 1 << 32;
        QTest::newRow("(227-11+0)/4+1") << 227 << 11 << 0 << 4 << 55;
        QTest::newRow("(224-7+6)/2+1 = 112.5 floored") << 224 << 7 << 3 << 2 << 112;
        QTest::newRow("WE-25 (7-3+0)/2+1") << 7 << 3 << 0 << 2 << 3;
    }
    void outputSizeWE22() {
        QFETCH(int, in);
        QFETCH(int, kernel);
        QFETCH(int, padding);
        QFETCH(int, stride);
        QFETCH(int, out);
        QCOMPARE(convOutputSize(in, kernel, stride, padding), Index(out));
        Conv2d conv(spec("conv2d", 1, {{"kernel", kernel}, {"stride", stride}, {"padding", padding}}));
        QCOMPARE(conv.outputShape(Shape{1, in, in}), (Shape{1, out, out}));
    }

    // WE-15: 32x32x3 -> conv 12 filters 3x3 "same" (P = 1) -> 32x32x12 -> 2x2 max pool s2 -> 16x16x12.
    // Dilation: effective kernel k + (k-1)(l-1) = 3, 5, 9 for l = 1, 2, 4.
    void layerStackWE15() {
        NetworkSpec net;
        net.layers = {spec("conv2d", 12, {{"kernel", 3}, {"padding", 1}}, "relu"), spec("maxpool2d", 0, {{"kernel", 2}, {"stride", 2}}),
                      spec("flatten", 0, {})};
        Network n(net, Shape{3, 32, 32}, 1);
        QCOMPARE(n.shapeAfter(0), (Shape{12, 32, 32}));
        QCOMPARE(n.shapeAfter(1), (Shape{12, 16, 16}));
        QCOMPARE(n.shapeAfter(2), (Shape{12 * 16 * 16}));
        // parameters: 12 * (3*3*3) + 12 = 336
        QCOMPARE(n.parameterCount(), std::size_t(336));
        for (int l : {1, 2, 4}) {
            Conv2d c(spec("conv2d", 1, {{"kernel", 3}, {"dilation", l}}));
            const Index span = 3 + 2 * (l - 1);
            QCOMPARE(c.geometry(Shape{1, 20, 20}).span(), span);
            QCOMPARE(c.outputShape(Shape{1, 20, 20}), (Shape{1, 20 - span + 1, 20 - span + 1}));
        }
    }

    // A DCGAN generator: noise 32 -> dense 3136 -> reshape 64x7x7 -> conv_transpose2d
    // k4 s2 p1: (7 - 1) 2 - 2 + 4 = 14 -> again: (14 - 1) 2 - 2 + 4 = 28. The
    // reshape's values are the dense layer's, in NCHW order; channels 0 infers 64.
    void reshapeIntoAGenerator() {
        NetworkSpec net;
        net.layers = {spec("dense", 3136, {}), spec("reshape", 0, {{"channels", 64}, {"height", 7}, {"width", 7}}),
                      spec("conv_transpose2d", 32, {{"kernel", 4}, {"stride", 2}, {"padding", 1}}, "relu"),
                      spec("conv_transpose2d", 1, {{"kernel", 4}, {"stride", 2}, {"padding", 1}}, "sigmoid")};
        for (auto& l : net.layers) l.name.clear();
        Network n(net, Shape{32}, 2);
        QCOMPARE(n.shapeAfter(1), (Shape{64, 7, 7}));
        QCOMPARE(n.shapeAfter(2), (Shape{32, 14, 14}));
        QCOMPARE(n.outputShape(), (Shape{1, 28, 28}));
        QCOMPARE(makeLayer(spec("reshape", 0, {{"height", 7}, {"width", 7}}))->outputShape(Shape{3136}), (Shape{64, 7, 7}));
        QCOMPARE(makeLayer(spec("reshape", 0, {}))->outputShape(Shape{5}), (Shape{5, 1, 1}));  // the defaults fit anything
        // Values unchanged: row [0 1 2 ... 11] into 3x2x2 is the same row.
        LayerPtr r = makeLayer(spec("reshape", 0, {{"channels", 3}, {"height", 2}, {"width", 2}}));
        Matrix x(1, 12);
        for (Index i = 0; i < 12; ++i) x(0, i) = double(i);
        QCOMPARE(run(*r, Shape{12}, x), x);
        // In the network: a wrong size is refused at the layer, naming both sizes.
        net.layers[0].units = 100;
        try {
            Network bad(net, Shape{32}, 2);
            QFAIL("a reshape of 100 values into 64x7x7 was accepted");
        } catch (const ShapeError& e) {
            QVERIFY2(QString(e.what()).startsWith("network.layers[1]: reshape to 64x7x7 needs 3136 values, the input 100 has 100"),
                     e.what());
        }
    }

    // WE-26: o = (i - 1) s - 2p + k (+ output_padding).
    //   i=5, k=3, s=1: p=0 -> 7, p=1 -> 5;  i=3, k=3, p=1: s=1 -> 3, s=2 -> 5.
    // Round trip conv(k3, s2) then transposed: 7 -> 3 -> 7; 8 -> 3 -> 7, and 8 with output_padding 1.
    void transposedSizesWE26() {
        auto size = [](Index i, Index k, Index s, Index p, Index op) {
            ConvTranspose2d t(spec("conv_transpose2d", 1, {{"kernel", k}, {"stride", s}, {"padding", p}, {"output_padding", op}}));
            return t.outputShape(Shape{1, i, i}).dims[1];
        };
        QCOMPARE(size(5, 3, 1, 0, 0), Index(7));
        QCOMPARE(size(5, 3, 1, 1, 0), Index(5));
        QCOMPARE(size(3, 3, 1, 1, 0), Index(3));
        QCOMPARE(size(3, 3, 2, 1, 0), Index(5));
        QCOMPARE(convOutputSize(7, 3, 2, 0), Index(3));
        QCOMPARE(size(3, 3, 2, 0, 0), Index(7));
        QCOMPARE(convOutputSize(8, 3, 2, 0), Index(3));
        QCOMPARE(size(3, 3, 2, 0, 1), Index(8));  // output_padding = (8 + 0 - 3) mod 2 = 1
    }

    // The notes' pooling test: [[1,3],[2,4]] gives max 4 and average (1+3+2+4)/4 = 2.5;
    // a 4x4 map with f=2, s=2 gives floor((4-2)/2)+1 = 2 (the notes' formula gives 1.5).
    void poolingExample() {
        MaxPool2d mp(spec("maxpool2d", 0, {{"kernel", 2}, {"stride", 2}}));
        AvgPool2d ap(spec("avgpool2d", 0, {{"kernel", 2}, {"stride", 2}}));
        const Matrix x = image({{1, 3}, {2, 4}});
        QCOMPARE(run(mp, Shape{1, 2, 2}, x)(0, 0), 4.0);
        QCOMPARE(run(ap, Shape{1, 2, 2}, x)(0, 0), 2.5);
        QCOMPARE(mp.outputShape(Shape{1, 4, 4}), (Shape{1, 2, 2}));
        QCOMPARE(mp.outputShape(Shape{12, 32, 32}), (Shape{12, 16, 16}));
        // max pooling's gradient goes to the winner only; average spreads 1/4.
        Matrix dy(1, 1);
        dy << 1.0;
        mp.backward(x, dy, true);
        QCOMPARE(Matrix(mp.inputGrad()), image({{0, 0}, {0, 1}}));
        ap.backward(x, dy, true);
        QCOMPARE(Matrix(ap.inputGrad()), image({{0.25, 0.25}, {0.25, 0.25}}));
        // A tie: the first maximum in row-major window order takes the gradient (PyTorch).
        run(mp, Shape{1, 2, 2}, image({{1, 4}, {4, 4}}));
        mp.backward(x, dy, true);
        QCOMPARE(Matrix(mp.inputGrad()), image({{0, 1}, {0, 0}}));
        // The 2x2 path's knockout picks the window's first maximum in every order.
        run(mp, Shape{1, 2, 2}, image({{2, 2}, {2, 2}}));
        QCOMPARE(mp.argmax()(0, 0), Index(0));
        run(mp, Shape{1, 2, 2}, image({{1, 2}, {5, 3}}));
        QCOMPARE(mp.argmax()(0, 0), Index(2));
        run(mp, Shape{1, 2, 2}, image({{1, 2}, {3, 5}}));
        QCOMPARE(mp.argmax()(0, 0), Index(3));
        run(mp, Shape{1, 2, 2}, image({{5, 2}, {3, 5}}));
        QCOMPARE(mp.argmax()(0, 0), Index(0));
        // A NaN takes the window and keeps it (it propagates, as in PyTorch).
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(std::isnan(run(mp, Shape{1, 2, 2}, image({{1, nan}, {9, nan}}))(0, 0)));
        QCOMPARE(mp.argmax()(0, 0), Index(1));
        // Padding: max treats it as -inf (so all-negative maps keep their values),
        // average counts the zeros: a 1x1 map of -8 with k3 p1 gives max -8, avg -8/9.
        MaxPool2d mpp(spec("maxpool2d", 0, {{"kernel", 3}, {"stride", 1}, {"padding", 1}}));
        AvgPool2d app(spec("avgpool2d", 0, {{"kernel", 3}, {"stride", 1}, {"padding", 1}}));
        QCOMPARE(run(mpp, Shape{1, 1, 1}, image({{-8}}))(0, 0), -8.0);
        QCOMPARE(run(app, Shape{1, 1, 1}, image({{-8}}))(0, 0), -8.0 / 9.0);
    }

    // 2x2 max pooling with stride 2 runs eight windows at a time (with
    // AVX-512): rows of 10 windows (a full group and a part), odd sizes (the
    // last row and column in no window) and values from {0, 1, 2}, so most
    // windows tie. Every maximum, winner and input gradient must be what the
    // window rule gives: the first maximum in row-major order.
    void twoByTwoPoolingTakesEachWindowsFirstMaximum() {
        const Index C = 3, H = 7, W = 21, Ho = 3, Wo = 10, batch = 2;
        Rng rng(9);
        Matrix x(batch, C * H * W);
        for (Index i = 0; i < x.size(); ++i) x.data()[i] = double(uniformIndex(rng, 3));
        MaxPool2d mp(spec("maxpool2d", 0, {{"kernel", 2}, {"stride", 2}}));
        const Matrix y = run(mp, Shape{C, H, W}, x);
        const Matrix dy = randomMatrix(batch, C * Ho * Wo, rng);
        mp.backward(x, dy, true);
        Matrix dx = Matrix::Zero(batch, C * H * W);
        for (Index n = 0; n < batch; ++n)
            for (Index c = 0; c < C; ++c)
                for (Index oh = 0; oh < Ho; ++oh)
                    for (Index ow = 0; ow < Wo; ++ow) {
                        Index best = c * H * W + 2 * oh * W + 2 * ow;
                        for (Index ki = 0; ki < 2; ++ki)
                            for (Index kj = 0; kj < 2; ++kj) {
                                const Index at = c * H * W + (2 * oh + ki) * W + 2 * ow + kj;
                                if (x(n, at) > x(n, best)) best = at;
                            }
                        const Index o = (c * Ho + oh) * Wo + ow;
                        QCOMPARE(y(n, o), x(n, best));
                        QCOMPARE(mp.argmax()(n, o), best);
                        dx(n, best) += dy(n, o);
                    }
        QVERIFY(Matrix(mp.inputGrad()) == dx);
    }

    // Global pooling: h x w x n -> n. Channel means of a 2x2x2 image.
    void globalAveragePooling() {
        LayerPtr g = makeLayer(spec("global_avgpool", 0, {}));
        QCOMPARE(g->outputShape(Shape{2, 2, 2}), Shape{2});
        Matrix x(1, 8);
        x << 1, 2, 3, 4, 10, 20, 30, 40;  // means 2.5 and 25
        const Matrix y = run(*g, Shape{2, 2, 2}, x);
        QCOMPARE(y, (Matrix(1, 2) << 2.5, 25.0).finished());
    }

    // ---- 3. The transposed convolution is the adjoint of the convolution -------
    // With the same numbers in W ((out, in, k, k) for conv is (in', out', k, k) for
    // convT with in' = out), <conv(x), y> = <x, convT(y)> for every x, y.
    void transposeIsAdjoint_data() {
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("padding");
        QTest::addColumn<int>("dilation");
        QTest::newRow("s1 p0 d1") << 1 << 0 << 1;
        QTest::newRow("s2 p1 d1") << 2 << 1 << 1;
        QTest::newRow("s1 p2 d2") << 1 << 2 << 2;
        QTest::newRow("s3 p0 d1") << 3 << 0 << 1;
    }
    void transposeIsAdjoint() {
        QFETCH(int, stride);
        QFETCH(int, padding);
        QFETCH(int, dilation);
        const Shape in{2, 9, 9};
        Conv2d conv(spec("conv2d", 3, {{"kernel", 3}, {"stride", stride}, {"padding", padding}, {"dilation", dilation}}));
        const Shape mid = conv.outputShape(in);
        // output_padding restores 9 when (9 + 2p - span) is not divisible by the stride
        const Index rest = (9 + 2 * padding - (2 * dilation + 1)) % stride;
        ConvTranspose2d convT(spec("conv_transpose2d", 2, {{"kernel", 3}, {"stride", stride}, {"padding", padding},
                                                            {"dilation", dilation}, {"output_padding", double(rest)}}));
        QCOMPARE(convT.outputShape(mid), in);
        Rng rng(4);
        conv.reserve(in, 1);
        convT.reserve(mid, 1);
        conv.weights() = randomMatrix(3, 18, rng);
        conv.bias().setZero();
        std::copy(conv.weights().data(), conv.weights().data() + 54, convT.weights().data());
        convT.bias().setZero();
        const Matrix x = randomMatrix(1, in.size(), rng), y = randomMatrix(1, mid.size(), rng);
        Pass pass{true, &rng};
        conv.forward(x, pass);
        convT.forward(y, pass);
        const double left = (conv.output().array() * y.array()).sum();
        const double right = (x.array() * convT.output().array()).sum();
        QVERIFY2(std::abs(left - right) < 1e-12 * std::max(1.0, std::abs(left)),
                 qPrintable(QString("<conv x, y> = %1, <x, convT y> = %2").arg(left).arg(right)));
    }

    // ---- 4. Shape and option errors ------------------------------------------
    void readableErrors_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("message");
        QTest::newRow("pool too big") << "maxpool2d" << "kernel=3 stride=1" << "4 2 2" << "pooling 3x3 on a 2x2 map";
        QTest::newRow("avg pool too big") << "avgpool2d" << "kernel=5 stride=5" << "1 4 4" << "pooling 5x5 on a 4x4 map";
        QTest::newRow("conv too big") << "conv2d" << "kernel=5" << "1 3 3" << "conv2d 5x5 on a 3x3 map does not fit";
        QTest::newRow("conv dilated") << "conv2d" << "kernel=3 dilation=3" << "1 5 5" << "dilation 3 spans 7x7";
        QTest::newRow("conv on a vector") << "conv2d" << "kernel=3" << "10" << "takes an image (channels x height x width), got 10";
        QTest::newRow("pool on a vector") << "maxpool2d" << "" << "10" << "takes an image";
        QTest::newRow("global on a vector") << "global_avgpool" << "" << "10" << "takes an image";
        QTest::newRow("global max on a vector") << "global_maxpool" << "" << "10" << "takes an image";
        QTest::newRow("batchnorm2d on a vector") << "batchnorm2d" << "" << "10" << "takes an image";
        QTest::newRow("transposed crop") << "conv_transpose2d" << "kernel=1 padding=1" << "1 1 1" << "crops the whole output";
        // 64 x 7 x 7 = 3136 values from a dense layer of 100: both sizes named.
        QTest::newRow("reshape sizes") << "reshape" << "channels=64 height=7 width=7" << "100"
                                       << "reshape to 64x7x7 needs 3136 values, the input 100 has 100";
        QTest::newRow("reshape channels inferred") << "reshape" << "height=7 width=7" << "100"
                                                   << "reshape to channels of 7x7 needs a multiple of 49 values, the input 100 has 100";
    }
    void readableErrors() {
        QFETCH(QString, type);
        QFETCH(QString, options);
        QFETCH(QString, shape);
        QFETCH(QString, message);
        LayerSpec s = spec(type.toStdString(), 2, {});
        for (const QString& kv : options.split(' ', Qt::SkipEmptyParts))
            s.options[kv.section('=', 0, 0).toStdString()] = kv.section('=', 1).toDouble();
        std::vector<Index> dims;
        for (const QString& d : shape.split(' ')) dims.push_back(d.toLongLong());
        LayerPtr layer = makeLayer(s);
        try {
            layer->outputShape(Shape(dims));
            QFAIL("the shape was accepted");
        } catch (const ShapeError& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    void rejectsBadOptions_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("option");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("kernel 0") << "conv2d" << "kernel" << 0.0 << "conv2d kernel must be a whole number of at least 1, got 0";
        QTest::newRow("kernel 2.5") << "conv2d" << "kernel" << 2.5 << "whole number";
        QTest::newRow("stride 0") << "maxpool2d" << "stride" << 0.0 << "maxpool2d stride must be a whole number of at least 1";
        QTest::newRow("padding -1") << "conv2d" << "padding" << -1.0 << "padding must be a whole number of at least 0";
        QTest::newRow("pool padding > k/2") << "avgpool2d" << "padding" << 2.0 << "more than half the 2x2 window";
        QTest::newRow("output_padding >= stride")
            << "conv_transpose2d" << "output_padding" << 1.0 << "output_padding must be smaller than the stride";
        QTest::newRow("batchnorm2d eps") << "batchnorm2d" << "eps" << 0.0 << "eps must be positive";
        QTest::newRow("unknown option") << "conv2d" << "kernal" << 3.0 << "has no option \"kernal\"";
        QTest::newRow("reshape height 0") << "reshape" << "height" << 0.0 << "reshape height must be a whole number of at least 1, got 0";
        QTest::newRow("reshape channels -1") << "reshape" << "channels" << -1.0 << "reshape channels must be a whole number of at least 0";
    }
    void rejectsBadOptions() {
        QFETCH(QString, type);
        QFETCH(QString, option);
        QFETCH(double, value);
        QFETCH(QString, message);
        LayerSpec s = spec(type.toStdString(), 2, {{option.toStdString(), value}});
        try {
            makeLayer(s);
            QFAIL("the option was accepted");
        } catch (const SpecError& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    // ---- 5. No allocation in the step -------------------------------------------
    void noAllocationInTheStep_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("units");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("shape");
        QTest::newRow("conv2d 16 filters on 8x28x28") << "conv2d" << 16 << "kernel=3 padding=1" << "8 28 28";
        QTest::newRow("conv2d 32 filters 5x5 on 16x24x24") << "conv2d" << 32 << "kernel=5" << "16 24 24";
        QTest::newRow("conv_transpose2d 16x14x14 -> 8x28x28") << "conv_transpose2d" << 8 << "kernel=4 stride=2 padding=1" << "16 14 14";
        QTest::newRow("maxpool2d") << "maxpool2d" << 0 << "kernel=3 stride=2 padding=1" << "16 28 28";
        QTest::newRow("avgpool2d") << "avgpool2d" << 0 << "kernel=2 stride=2" << "16 28 28";
        QTest::newRow("global_avgpool") << "global_avgpool" << 0 << "" << "16 28 28";
        QTest::newRow("global_maxpool") << "global_maxpool" << 0 << "" << "16 28 28";
        QTest::newRow("flatten") << "flatten" << 0 << "" << "16 28 28";
        QTest::newRow("reshape 3136 -> 64x7x7") << "reshape" << 0 << "channels=64 height=7 width=7" << "3136";
        QTest::newRow("batchnorm2d") << "batchnorm2d" << 0 << "" << "16 28 28";
    }
    void noAllocationInTheStep() {
        QFETCH(QString, type);
        QFETCH(int, units);
        QFETCH(QString, options);
        QFETCH(QString, shape);
        LayerSpec s = spec(type.toStdString(), units, {}, "relu");
        for (const QString& kv : options.split(' ', Qt::SkipEmptyParts))
            s.options[kv.section('=', 0, 0).toStdString()] = kv.section('=', 1).toDouble();
        std::vector<Index> dims;
        for (const QString& d : shape.split(' ')) dims.push_back(d.toLongLong());
        const Shape in(dims);
        LayerPtr layer = makeLayer(s);
        const Shape out = layer->outputShape(in);
        const Index maxBatch = 8;
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
            for (int i = 0; i < 10; ++i) step(i % 2 ? 5 : maxBatch, i % 3 ? train : infer);
        });
        QCOMPARE(allocations, 0L);
    }

    // The table names the options the oracle files use, so replay reads them.
    void tableHasOracleOptions() {
        auto keys = [](const char* type) {
            QStringList k;
            for (const ParamDef& d : findLayer(type).options) k << d.key;
            return k;
        };
        QCOMPARE(keys("conv2d"), (QStringList{"kernel", "stride", "padding", "dilation"}));
        QCOMPARE(keys("conv_transpose2d"), (QStringList{"kernel", "stride", "padding", "output_padding", "dilation"}));
        QCOMPARE(keys("maxpool2d"), (QStringList{"kernel", "stride", "padding"}));
        QCOMPARE(keys("avgpool2d"), (QStringList{"kernel", "stride", "padding", "count_include_pad"}));
        QVERIFY(findLayer("conv2d").hasUnits);
        QVERIFY(!findLayer("maxpool2d").hasUnits);
    }
};

QTEST_APPLESS_MAIN(TestConvLayers)
#include "tst_conv_layers.moc"
