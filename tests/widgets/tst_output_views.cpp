// The decision map and the loss plot fed with hand-made snapshots.
#include "playground/DecisionMapView.h"
#include "tasks/gan/GanSeries.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "common/LossPlot.h"
#include "common/MapColors.h"
#include "playground/ReadyColorMap.h"

#include <QCheckBox>

#include <cmath>
#include <QtTest>
#include <qcustomplot.h>

using namespace nnlab;

namespace {

std::shared_ptr<Snapshot> gridSnapshot(int g, int outputs, const std::function<double(double, double, int)>& f) {
    auto s = std::make_shared<Snapshot>();
    s->series = supervisedSeries(true);
    s->gridSize = g;
    s->outputGrid.resize(Index(g) * g, outputs);
    for (int iy = 0; iy < g; ++iy)
        for (int ix = 0; ix < g; ++ix) {
            const double x = s->gridMin + (s->gridMax - s->gridMin) * (ix + 0.5) / g;
            const double y = s->gridMin + (s->gridMax - s->gridMin) * (iy + 0.5) / g;
            for (int k = 0; k < outputs; ++k) s->outputGrid(Index(iy) * g + ix, k) = f(x, y, k);
        }
    return s;
}

HistoryPoint point(std::uint64_t epoch, double train, double test) {
    HistoryPoint p;
    p.epoch = epoch;
    p.step = epoch * 25;
    p.values[kTrainLoss] = train;
    p.values[kTestLoss] = test;
    p.values[kTrainMetric] = 0.5 + 0.01 * double(epoch);
    p.values[kTestMetric] = 0.4 + 0.01 * double(epoch);
    p.values[kLearningRate] = 0.03;
    return p;
}

}  // namespace

class TestOutputViews : public QObject {
    Q_OBJECT
private slots:
    // The GUI thread does no per-pixel colouring of the map: each frame's
    // picture is made on a helper thread and blitted, and it has exactly the
    // pixels QCustomPlot's own drawing of the same cells gives.
    void mapPictureArrivesReadyMade_data() {
        QTest::addColumn<bool>("discretize");
        QTest::newRow("shaded") << false;
        QTest::newRow("discretized") << true;
    }
    void mapPictureArrivesReadyMade() {
        QFETCH(bool, discretize);
        DecisionMapView view;
        view.resize(420, 440);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.plot()->plottingHints().testFlag(QCP::phImmediateRefresh));  // painted with the window
        view.setDiscretized(discretize);
        ReadyColorMap* map = view.readyMap();
        auto wave = [](double phase) {
            return gridSnapshot(100, 1, [phase](double x, double y, int) { return 0.5 + 0.5 * std::sin(0.7 * x + phase) * std::cos(0.5 * y); });
        };
        view.showSnapshot(wave(0.0));
        QTRY_VERIFY(!view.picturePending() && map->blits() > 0);
        const int ownDraws = map->ownDraws();
        for (int frame = 1; frame <= 5; ++frame) {
            const int blits = map->blits();
            view.showSnapshot(wave(0.3 * frame));
            QTRY_VERIFY(!view.picturePending() && map->blits() > blits);
        }
        QCOMPARE(map->ownDraws(), ownDraws);  // no frame coloured its cells here
        QVERIFY(map->hasPictureFor(map->recipe()));

        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        const QImage blitted = view.plot()->grab().toImage();
        QCOMPARE(map->ownDraws(), ownDraws);
        map->setPicture({});  // no picture: QCustomPlot colours and scales the cells itself
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(map->ownDraws(), ownDraws + 1);
        const QImage own = view.plot()->grab().toImage();
        QCOMPARE(blitted.size(), own.size());
        QVERIFY(blitted == own);
    }

    // While training, the cells change faster than pictures come: the last
    // picture is shown until the newer one arrives (no colouring and scaling
    // of the cells on the GUI thread), but only at the place it was made for.
    void earlierPictureShownOnlyAtItsPlace() {
        DecisionMapView view;
        view.resize(420, 440);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ReadyColorMap* map = view.readyMap();
        view.showSnapshot(gridSnapshot(100, 1, [](double x, double, int) { return x > 0 ? 0.9 : 0.1; }));
        QTRY_VERIFY(!view.picturePending() && map->hasPictureFor(map->recipe()));
        const ReadyColorMap::Recipe made = map->recipe();

        map->setCells(made.cells, made.keys, made.values);  // newer cells, no picture of them yet
        QVERIFY(!map->hasPictureFor(map->recipe()));
        QVERIFY(map->hasEarlierPictureFor(map->recipe()));
        int ownDraws = map->ownDraws(), blits = map->blits();
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(map->ownDraws(), ownDraws);
        QCOMPARE(map->blits(), blits + 1);
        QTRY_VERIFY(map->hasPictureFor(map->recipe()));  // the view asked for the newer one

        // A picture of another place (the plot resized since) is never shown.
        ReadyColorMap::Recipe elsewhere = map->recipe();
        elsewhere.imageRect.translate(3, 0);
        elsewhere.clipRect.translate(3, 0);
        map->setPicture(ReadyColorMap::paint(elsewhere));
        map->setCells(made.cells, made.keys, made.values);
        QVERIFY(!map->hasEarlierPictureFor(map->recipe()));
        ownDraws = map->ownDraws();
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(map->ownDraws(), ownDraws + 1);
        QTRY_VERIFY(map->hasPictureFor(map->recipe()));
    }

    void binaryMapUsesProbabilityAndCells() {
        DecisionMapView view;
        view.resize(400, 400);
        view.show();
        // P(class 1) = 1 right of the x2 axis, 0 left of it.
        view.showSnapshot(gridSnapshot(100, 1, [](double x, double, int) { return x > 0 ? 0.95 : 0.05; }));
        QCPColorMapData* data = view.colorMap()->data();
        QCOMPARE(data->keySize(), 100);
        QCOMPARE(data->valueSize(), 100);
        QCOMPARE(data->cell(99, 50), 0.95);
        QCOMPARE(data->cell(0, 50), 0.05);
        // Discretize: thresholded at 0.5.
        view.findChild<QCheckBox*>()->setChecked(true);
        QVERIFY(view.isDiscretized());
        QCOMPARE(data->cell(99, 50), 1.0);
        QCOMPARE(data->cell(0, 50), 0.0);
        // Cell (ix, iy) is output row iy * g + ix: y above 0 -> upper half of the map.
        view.setDiscretized(false);
        view.showSnapshot(gridSnapshot(100, 1, [](double, double y, int) { return y > 0 ? 0.9 : 0.1; }));
        QCOMPARE(data->cell(10, 99), 0.9);
        QCOMPARE(data->cell(10, 0), 0.1);
        double key = 0, value = 0;
        data->cellToCoord(10, 99, &key, &value);
        QVERIFY(value > 5.8 && value < 6.0);
    }

    void multiClassMapEncodesClassAndConfidence() {
        DecisionMapView view;
        view.setOutputKind(DecisionMapView::OutputKind::ClassScores);
        // Three classes by x: left 0, middle 1, right 2, each with probability 0.8.
        view.showSnapshot(gridSnapshot(30, 3, [](double x, double, int k) {
            const int c = x < -2 ? 0 : x < 2 ? 1 : 2;
            return k == c ? 0.8 : 0.1;
        }));
        QCPColorMapData* data = view.colorMap()->data();
        const double c = (0.8 - 1.0 / 3) / (1 - 1.0 / 3);
        QVERIFY(std::abs(data->cell(0, 0) - (0 + c) / 3) < 1e-12);
        QVERIFY(std::abs(data->cell(15, 0) - (1 + c) / 3) < 1e-12);
        QVERIFY(std::abs(data->cell(29, 0) - (2 + c) / 3) < 1e-12);
        // The gradient gives class k's colour at full confidence.
        QCPColorGradient g = view.colorMap()->gradient();
        QRgb rgb;
        const double v = (2 + 0.999) / 3;
        g.colorize(&v, QCPRange(0, 1), &rgb, 1);
        const QColor got(rgb), want = MapColors::classColor(2);
        QVERIFY2(std::abs(got.red() - want.red()) < 16 && std::abs(got.green() - want.green()) < 16 &&
                     std::abs(got.blue() - want.blue()) < 16,
                 qPrintable(got.name() + QStringLiteral(" vs ") + want.name()));
    }

    void hoveredNeuronShowsItsMap() {
        DecisionMapView view;
        auto s = gridSnapshot(10, 1, [](double, double, int) { return 0.5; });
        LayerFrame layer;
        layer.name = "dense_1";
        layer.neuronMaps = Matrix::Constant(3, 100, -0.25);
        layer.neuronMaps(2, 7) = 0.75;
        s->layers.push_back(layer);
        view.showSnapshot(s);
        view.showNeuron(0, 2);
        QCOMPARE(view.colorMap()->data()->cell(7, 0), 0.75);
        QCOMPARE(view.colorMap()->data()->cell(0, 0), -0.25);
        view.showNeuron(-1, -1);
        QCOMPARE(view.colorMap()->data()->cell(7, 0), 0.5);
    }

    void pointsAreTrainFilledAndTestOutlined() {
        DecisionMapView view;
        Matrix train(3, 2), trainY(3, 1), test(2, 2), testY(2, 1);
        train << 1, 1, 2, 2, -1, -1;
        trainY << 1, 1, 0;
        test << 0, 0, 3, 3;
        testY << 0, 1;
        view.setPoints(train, trainY, test, testY, 2);
        // graphs: class 0 train, class 0 test, class 1 train, class 1 test
        QCustomPlot* plot = view.plot();
        QCOMPARE(plot->graph(0)->dataCount(), 1);
        QCOMPARE(plot->graph(1)->dataCount(), 1);
        QCOMPARE(plot->graph(2)->dataCount(), 2);
        QCOMPARE(plot->graph(3)->dataCount(), 1);
        // Train: a dot filled with the class colour; test: a ring with a white
        // centre. Shapes, not pixmaps, so SVG and PDF figures keep them vector.
        const QCPScatterStyle trainDot = plot->graph(2)->scatterStyle();
        const QCPScatterStyle testRing = plot->graph(3)->scatterStyle();
        QCOMPARE(trainDot.shape(), QCPScatterStyle::ssCircle);
        QCOMPARE(testRing.shape(), QCPScatterStyle::ssCircle);
        QCOMPARE(trainDot.brush().color().name(), MapColors::classColor(1).name());
        QCOMPARE(testRing.brush().color().name(), QColor(Qt::white).name());
        QCOMPARE(testRing.pen().color().name(), MapColors::classColor(1).darker(115).name());
        view.setShowTestData(false);
        QCOMPARE(plot->graph(3)->dataCount(), 0);
    }

    void lossPlotAccumulatesAndClearsOnReset() {
        LossPlot plot;
        auto s1 = std::make_shared<Snapshot>();
        s1->series = supervisedSeries(true);
        s1->step = 50;
        s1->newHistory = {point(1, 0.7, 0.72), point(2, 0.6, 0.65)};
        plot.showSnapshot(s1);
        auto s2 = std::make_shared<Snapshot>();
        s2->series = supervisedSeries(true);
        s2->step = 75;
        s2->newHistory = {point(3, 0.5, 0.55)};
        plot.showSnapshot(s2);
        QCOMPARE(plot.history().size(), std::size_t(3));
        QCOMPARE(plot.plot()->graph(0)->dataCount(), 3);
        // Drawn the fast way: 2 px curves segment by segment, 1 px dashes, and
        // painted with the window rather than by a repaint() of each replot.
        QVERIFY(plot.plot()->plottingHints().testFlag(QCP::phFastPolylines));
        QVERIFY(!plot.plot()->plottingHints().testFlag(QCP::phImmediateRefresh));
        for (int g = 0; g < plot.plot()->graphCount(); ++g)
            if (plot.plot()->graph(g)->pen().style() != Qt::SolidLine) QVERIFY(plot.plot()->graph(g)->pen().widthF() <= 1.0);
        QVERIFY(plot.describeEpoch(2.2).contains(QStringLiteral("Epoch 2")));
        QVERIFY(plot.describeEpoch(2.2).contains(QLocale().toString(0.65, 'g', 4)));
        plot.setLogScale(true);
        QCOMPARE(plot.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        // Reset: the step count starts again, the chart is cleared.
        auto s3 = std::make_shared<Snapshot>();
        s3->series = supervisedSeries(true);
        s3->step = 0;
        plot.showSnapshot(s3);
        QCOMPARE(plot.history().size(), std::size_t(0));
        QCOMPARE(plot.plot()->graph(0)->dataCount(), 0);
    }

    void lossPlotLeavesOutPointsOfReplacedData() {
        LossPlot plot;
        // New data arrived at step 75: epoch 3 (step 75) still belongs to the old data.
        plot.clear(75);
        auto s = std::make_shared<Snapshot>();
        s->series = supervisedSeries(true);
        s->step = 100;
        s->newHistory = {point(3, 0.5, 0.55), point(4, 2.0, 2.1)};
        plot.showSnapshot(s);
        QCOMPARE(plot.history().size(), std::size_t(1));
        QCOMPARE(plot.history().front().epoch, std::uint64_t(4));
    }

    // Any kind's series: its own curves and names, losses left, metrics right,
    // rates in the tooltip only; a new list of series starts a new plot.
    void lossPlotShowsAnyKindsSeries() {
        LossPlot plot;
        auto s = std::make_shared<Snapshot>();
        s->series = {{"quantization_error", "quantization error", SeriesRole::Loss, ""},
                     {"topographic_error", "topographic error", SeriesRole::Metric, ""},
                     {"radius", "neighbourhood radius", SeriesRole::Rate, ""}};
        s->step = 10;
        HistoryPoint p;
        p.epoch = 1;
        p.step = 10;
        p.values[0] = 0.8;
        p.values[1] = 0.25;
        p.values[2] = 3.0;
        s->newHistory = {p};
        plot.showSnapshot(s);
        QCOMPARE(plot.plot()->graphCount(), 2);  // the radius is not drawn
        QCOMPARE(plot.plot()->graph(0)->name(), QStringLiteral("quantization error"));
        QCOMPARE(plot.plot()->graph(0)->valueAxis(), plot.plot()->yAxis);
        QCOMPARE(plot.plot()->graph(1)->valueAxis(), plot.plot()->yAxis2);
        QCOMPARE(plot.plot()->graph(1)->dataCount(), 1);
        QVERIFY(plot.describeEpoch(1).contains(QStringLiteral("Neighbourhood radius")));
        QVERIFY(plot.describeEpoch(1).contains(QLocale().toString(0.8, 'g', 4)));
        // Back to a supervised run: its five series, four drawn, the old curves gone.
        auto t = std::make_shared<Snapshot>();
        t->series = supervisedSeries(false);
        t->step = 25;
        t->newHistory = {point(1, 0.5, 0.6)};
        plot.showSnapshot(t);
        QCOMPARE(plot.plot()->graphCount(), 4);
        QCOMPARE(plot.plot()->graph(2)->name(), QStringLiteral("training RMSE"));
        QCOMPARE(plot.history().size(), std::size_t(1));
        // With a validation set: a third loss and a third metric.
        t->series = supervisedSeries(true, true);
        plot.showSnapshot(t);
        QCOMPARE(plot.plot()->graphCount(), 6);
        QCOMPARE(plot.plot()->yAxis2->label(), QStringLiteral("accuracy"));
        // A game's right axis: D(real), D(fake) and two divergences in short words.
        auto g = std::make_shared<Snapshot>();
        g->series = ganSeries();
        g->historyByStep = true;  // as GanTask says: its x axis is the iteration
        g->step = 100;
        HistoryPoint iteration;
        iteration.epoch = 2;
        iteration.step = 100;
        iteration.values[0] = 1.3;
        g->newHistory = {iteration};
        plot.showSnapshot(g);
        QCOMPARE(plot.plot()->yAxis2->label(), QStringLiteral("D(x), divergence"));
        QCOMPARE(plot.plot()->xAxis->label(), QStringLiteral("iteration"));
        QCOMPARE(plot.plot()->graph(0)->data()->at(0)->key, 100.0);
        QVERIFY(plot.describeEpoch(100).startsWith(QStringLiteral("Iteration 100 (epoch 2)")));
        QVERIFY(plot.plot()->xAxis->range().lower <= 50.0);  // from the start of the first epoch shown
    }

    // A short plot gets fewer value ticks, so their labels do not pile up.
    void lossPlotTicksFitItsHeight() {
        LossPlot plot;
        plot.resize(400, 160);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QTRY_COMPARE(plot.plot()->yAxis->ticker()->tickCount(), 2);
        plot.resize(400, 600);
        QTRY_VERIFY(plot.plot()->yAxis->ticker()->tickCount() >= 4);
        plot.setLogScale(true);  // a new ticker keeps the fitted count
        QVERIFY(plot.plot()->yAxis->ticker()->tickCount() >= 4);
    }

    void lossPlotThinsLongHistories() {
        LossPlot plot;
        auto s = std::make_shared<Snapshot>();
        s->series = supervisedSeries(true);
        for (std::uint64_t e = 1; e <= 5000; ++e) s->newHistory.push_back(point(e, 1.0 / double(e), 1.0 / double(e)));
        s->step = 5000 * 25;
        plot.showSnapshot(s);
        QCOMPARE(plot.history().size(), std::size_t(5000));  // every point kept for the tooltip
        QVERIFY(plot.plot()->graph(0)->dataCount() <= LossPlot::kMaxPlotted);
        QVERIFY(plot.plot()->graph(0)->dataCount() >= LossPlot::kMaxPlotted / 2);
        QVERIFY(plot.describeEpoch(4321).contains(QStringLiteral("4")));
    }

    // A run of a million epochs, arriving as the worker's snapshots bring it:
    // the plot holds a bounded number of points, and its curves still reach
    // from the first epoch to the last.
    void lossPlotHoldsBoundedMemoryOverAMillionEpochs() {
        LossPlot plot;
        const std::uint64_t perSnapshot = 5000, snapshots = 200;
        for (std::uint64_t k = 0; k < snapshots; ++k) {
            auto s = std::make_shared<Snapshot>();
            s->series = supervisedSeries(true);
            for (std::uint64_t e = k * perSnapshot + 1; e <= (k + 1) * perSnapshot; ++e)
                s->newHistory.push_back(point(e, 1.0 / double(e), 1.0 / double(e)));
            s->step = (k + 1) * perSnapshot * 25;
            plot.showSnapshot(s);
            QVERIFY(plot.history().size() <= DownsampledHistory<HistoryPoint>::kDefaultCapacity);
        }
        QCOMPARE(plot.history().front().epoch, std::uint64_t(1));
        QCOMPARE(plot.history().back().epoch, perSnapshot * snapshots);
        const QCPGraph* train = plot.plot()->graph(0);
        QVERIFY(train->dataCount() <= LossPlot::kMaxPlotted);
        QCOMPARE(train->data()->constBegin()->key, 1.0);
        QVERIFY(std::prev(train->data()->constEnd())->key > 0.99 * double(perSnapshot * snapshots));
    }
};

QTEST_MAIN(TestOutputViews)
#include "tst_output_views.moc"
