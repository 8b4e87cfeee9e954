// The memory estimate (core/model/MemoryEstimate): close to what a network
// really allocates (measured with glibc's mallinfo2), and a network too large
// for the machine refused quickly, before anything of its size exists:
// a million units, two layers of 20,000, 100,000 layers of 8, maxout 10^4 x 10^4.
#include <QtTest>

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "model/MemoryEstimate.h"
#include "model/Network.h"
#include "optimizers/Optimizer.h"

#include <malloc.h>

using namespace nnlab;

namespace {

LayerSpec layer(const char* type, Index units, std::map<std::string, double> options = {}) {
    LayerSpec l;
    l.type = type;
    l.units = units;
    l.activation = NamedSpec("relu");
    l.options = std::move(options);
    return l;
}

double heapInUse() {
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks) + double(m.hblkhd);
}

}  // namespace

class TestMemoryEstimate : public QObject {
    Q_OBJECT
private slots:
    // Built for real, the network and the optimizer's state take no more than
    // the estimate and at least half of it (the estimate also counts the
    // views' copies, which the network alone does not make).
    void estimateBoundsTheRealAllocation_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("dense") << QStringLiteral("dense");
        QTest::newRow("maxout") << QStringLiteral("maxout");
        QTest::newRow("conv") << QStringLiteral("conv");
        QTest::newRow("lstm") << QStringLiteral("lstm");
        QTest::newRow("bidirectional gru, layernorm, rnn") << QStringLiteral("recurrent stack");
        QTest::newRow("lstm with a dense head at every step") << QStringLiteral("per-step head");
    }
    void estimateBoundsTheRealAllocation() {
        QFETCH(QString, kind);
        NetworkSpec spec;
        Shape input{300};
        if (kind == QLatin1String("dense")) {
            spec.layers = {layer("dense", 500), layer("dense", 400), layer("dense", 3)};
        } else if (kind == QLatin1String("maxout")) {
            spec.layers = {layer("maxout", 200, {{"pieces", 4}}), layer("dropout", 0), layer("dense", 3)};
        } else if (kind == QLatin1String("lstm")) {
            input = Shape{50, 8};
            spec.layers = {layer("lstm", 64), layer("dense", 1)};
        } else if (kind == QLatin1String("per-step head")) {
            input = Shape{50, 8};
            spec.layers = {layer("lstm", 64, {{"return_sequences", 1}}), layer("dense", 3)};
        } else if (kind == QLatin1String("recurrent stack")) {
            input = Shape{40, 4};
            LayerSpec gru = layer("gru", 32, {{"return_sequences", 1}});
            gru.choices = {{"direction", "bidirectional"}};
            spec.layers = {gru, layer("layernorm", 0), layer("rnn", 16), layer("dense", 2)};
        } else {
            input = Shape{3, 32, 32};
            spec.layers = {layer("conv2d", 16, {{"kernel", 3}}), layer("maxpool2d", 0), layer("flatten", 0),
                           layer("dense", 10)};
        }
        const Index maxBatch = 256;
        const MemoryEstimate e = estimateNetworkMemory(spec, input, maxBatch, 2);
        QVERIFY(e.bytes > 1e6);
        const double before = heapInUse();
        double used = 0.0;
        {
            Network net(spec, input, maxBatch);
            std::unique_ptr<Optimizer> adam = makeOptimizer(NamedSpec("adam"));
            std::vector<Param> params = net.params();
            adam->bind(params);
            used = heapInUse() - before;
            QCOMPARE(double(net.parameterCount()), e.parameters);
            // Per layer, as the image layer editor lists them.
            QCOMPARE(e.outputShapes.size(), net.size());
            double sum = 0.0;
            for (std::size_t i = 0; i < net.size(); ++i) {
                QCOMPARE(e.outputShapes[i].dims, net.shapeAfter(i).dims);
                sum += e.layerParameters[i];
            }
            QCOMPARE(sum, e.parameters);
        }
        QVERIFY2(used <= e.bytes, qPrintable(QStringLiteral("used %1, estimated %2").arg(used).arg(e.bytes)));
        QVERIFY2(used >= 0.5 * e.bytes, qPrintable(QStringLiteral("used %1, estimated %2").arg(used).arg(e.bytes)));
    }

    // Each of these ended in std::bad_alloc after 17-64 s at 4-8 GB; now it is
    // refused within a second, naming the field and the limit.
    void tooLargeIsRefusedQuickly_data() {
        QTest::addColumn<int>("layers");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("units");
        QTest::addColumn<double>("pieces");
        QTest::addColumn<QString>("field");
        QTest::newRow("a million units") << 1 << "dense" << 1000000 << 0.0 << "network.layers[0].units: ";
        QTest::newRow("two of 20,000") << 2 << "dense" << 20000 << 0.0 << "network.layers[1].units: ";
        QTest::newRow("100,000 layers of 8") << 100000 << "dense" << 8 << 0.0 << "network.layers: the 100000 layers need about ";
        QTest::newRow("maxout 10^4 x 10^4") << 1 << "maxout" << 10000 << 10000.0 << "network.layers[0].units: ";
    }
    void tooLargeIsRefusedQuickly() {
        QFETCH(int, layers);
        QFETCH(QString, type);
        QFETCH(int, units);
        QFETCH(double, pieces);
        QFETCH(QString, field);
        NetworkSpec spec;
        const std::string t = type.toStdString();
        for (int i = 0; i < layers; ++i)
            spec.layers.push_back(layer(t.c_str(), units, pieces > 0 ? std::map<std::string, double>{{"pieces", pieces}}
                                                                      : std::map<std::string, double>{}));
        QElapsedTimer timer;
        timer.start();
        try {
            Network net(spec, Shape{2}, 256);
            QFAIL("built a network larger than the limit");
        } catch (const SpecError& e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.startsWith(field), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral(" of memory (")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("more than the limit of ") +
                                      QString::fromStdString(formatBytes(memoryLimitBytes()))),
                     qPrintable(message));
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // A file of a million layers took 22 s and 1.2 GB to refuse; the count is
    // checked when the file is read, before a spec is made per layer.
    void tooManyLayersAreRefusedWhenRead() {
        nlohmann::json j = experimentToJson(defaultExperiment());
        nlohmann::json layers = nlohmann::json::array();
        for (int i = 0; i < 10001; ++i) layers.push_back({{"type", "dense"}, {"units", 2}});
        j["network"]["layers"] = layers;
        try {
            experimentFromJson(j);
            QFAIL("read 10001 layers");
        } catch (const SpecError& e) {
            QCOMPARE(QString::fromStdString(e.what()),
                     QStringLiteral("network.layers: 10001 layers, more than the limit of 10000"));
        }
    }

    // What the lessons use stays far below the comfortable size.
    void ordinaryNetworksAreComfortable() {
        NetworkSpec spec;
        spec.layers = {layer("dense", 8), layer("dense", 8), layer("dense", 1)};
        const MemoryEstimate e = estimateNetworkMemory(spec, Shape{2}, 256, 2);
        QVERIFY(e.bytes < kComfortableMemoryBytes / 100);
        QCOMPARE(e.layerBytes.size(), std::size_t(3));
        QVERIFY(memoryLimitBytes() <= kMemoryCapBytes && memoryLimitBytes() > 0);
    }

    void bytesAreWrittenShort() {
        QCOMPARE(QString::fromStdString(formatBytes(512)), QStringLiteral("512 bytes"));
        QCOMPARE(QString::fromStdString(formatBytes(2e9)), QStringLiteral("2.0 GB"));
        QCOMPARE(QString::fromStdString(formatBytes(310e6)), QStringLiteral("310 MB"));
    }
};

QTEST_APPLESS_MAIN(TestMemoryEstimate)
#include "tst_memory_estimate.moc"
