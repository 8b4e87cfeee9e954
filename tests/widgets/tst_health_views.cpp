// The gradient-health panel and the initialisation view, fed by real
// snapshots of the deep-sigmoid lesson and by the engine's init profile.
#include "GradientHealthPanel.h"
#include "InitializationView.h"
#include "VerdictList.h"

#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "training/SupervisedTask.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>
#include <qcustomplot.h>

#include <cmath>

using namespace nnlab;

namespace {

std::shared_ptr<Snapshot> snapshotOf(SupervisedTask& task) {
    auto s = std::make_shared<Snapshot>();
    task.fillSnapshot(*s, SnapshotOptions{});
    return s;
}

Experiment deepSigmoid() {
    const QString path = QStringLiteral(NNLAB_RESOURCES_DIR "/lessons/deep-sigmoid-broken.json");
    if (!QFile::exists(path)) throw Error(path.toStdString() + ": missing");
    return readExperimentFile(path.toStdString());
}

}  // namespace

class TestHealthViews : public QObject {
    Q_OBJECT
private slots:
    void panelPlotsNormsSharesAndHistograms() {
        GradientHealthPanel panel;
        panel.resize(500, 900);
        panel.show();
        SupervisedTask task(deepSigmoid());
        panel.showSnapshot(snapshotOf(task));  // not recording: ignored
        QCOMPARE(panel.normGraphCount(), 0);

        task.setRecordHealth(1);
        for (int i = 0; i < 30; ++i) task.step();
        panel.showSnapshot(snapshotOf(task));
        QCOMPARE(panel.normGraphCount(), 7);  // sigmoid_1..6 and output
        QCOMPARE(panel.layerNames().front(), QString("sigmoid_1"));
        QCOMPARE(panel.normGraph(0)->dataCount(), 30);
        QCOMPARE(panel.normPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        for (int i = 0; i < 10; ++i) task.step();
        panel.showSnapshot(snapshotOf(task));
        QCOMPARE(panel.normGraph(6)->dataCount(), 40);  // only the new points were added
        // Vanishing: the first layer's gradient is orders of magnitude below the last's.
        QVERIFY2(panel.firstLastRatio() < 1e-2, qPrintable(QString::number(panel.firstLastRatio())));
        QVERIFY(panel.ratioText().contains(QLocale().toString(panel.firstLastRatio(), 'g', 3)));
        QCOMPARE(panel.heatMapColumns(), 40);
        QCOMPARE(panel.heatMap()->data()->keySize(), 40);
        QCOMPARE(panel.heatMap()->data()->valueSize(), kHistogramBins);
        // Each heat-map column is a histogram: its shares sum to 1 (gradients: no exact zeros here).
        double sum = 0.0;
        for (int k = 0; k < kHistogramBins; ++k) sum += panel.heatMap()->data()->cell(39, k);
        QVERIFY2(std::abs(sum - 1.0) < 1e-9, qPrintable(QString::number(sum)));
        panel.setHistogramKind(GradientHealthPanel::HistogramKind::Activations);
        panel.setHistogramLayer(2);
        QCOMPARE(panel.heatMap()->data()->keySize(), 40);

        // A reset (step goes back) starts the curves again.
        task.apply(Reset{});
        task.setRecordHealth(1);
        task.step();
        panel.showSnapshot(snapshotOf(task));
        QCOMPARE(panel.normGraph(0)->dataCount(), 1);
    }

    void verdictListOffersTryThis() {
        GradientHealthPanel panel;
        panel.show();
        SupervisedTask task(deepSigmoid());
        task.setRecordHealth(1);
        while (!task.finished()) task.runEpoch();
        panel.showSnapshot(snapshotOf(task));
        VerdictList* list = panel.verdictList();
        QVERIFY(list->topLevelItemCount() >= 1);
        QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), QString("vanishing_gradients"));
        QCOMPARE(list->topLevelItem(0)->text(0), VerdictList::titleFor(list->verdicts().front()));
        QVERIFY(list->topLevelItem(0)->childCount() >= 3);  // evidence, remedies, notes correction

        QSignalSpy spy(&panel, &GradientHealthPanel::tryRequested);
        QVERIFY(list->triggerTry("vanishing_gradients", "use_relu_he"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString("vanishing_gradients"));
        QCOMPARE(spy.at(0).at(1).toString(), QString("use_relu_he"));
        const auto changes = spy.at(0).at(2).value<std::vector<TryChange>>();
        QVERIFY(!changes.empty());
        QCOMPARE(QString::fromStdString(changes.front().target), QString("network.layers[0].activation"));
        QCOMPARE(QString::fromStdString(changes.front().text), QString("relu"));
        QVERIFY(!list->triggerTry("vanishing_gradients", "no_such_remedy"));

        // The same verdicts again keep the tree (and the user's place in it).
        QTreeWidgetItem* before = list->topLevelItem(0);
        panel.showSnapshot(snapshotOf(task));
        QCOMPARE(list->topLevelItem(0), before);
    }

    void initializationViewComparesSchemes() {
        InitializationView view;
        view.show();
        view.setDepth(10);
        view.setWidth(32);
        view.setActivation("relu");
        QCOMPARE(view.activationGraph(InitializationView::He)->dataCount(), 10);
        auto lastOverFirst = [&](InitializationView::Scheme s) {
            const auto& p = view.profile(s);
            return p.back().activationStd / p.front().activationStd;
        };
        QVERIFY(lastOverFirst(InitializationView::He) > 0.3);      // flat
        QVERIFY(lastOverFirst(InitializationView::Glorot) < 0.2);  // shrinks by sqrt(1/2) per layer
        QVERIFY(lastOverFirst(InitializationView::Naive) < 1e-3);  // collapses
        // The plotted values are the profile's.
        QCOMPARE(view.activationGraph(InitializationView::Glorot)->data()->at(3)->value,
                 view.profile(InitializationView::Glorot)[3].activationStd);
        QCOMPARE(view.heatMap()->data()->keySize(), 10);
        view.setHeatMapScheme(InitializationView::Naive);
        QCOMPARE(view.heatMap()->data()->keySize(), 10);
        view.setActivation("tanh");
        QCOMPARE(view.profile(InitializationView::He).size(), std::size_t(10));
        QCOMPARE(view.profile(InitializationView::He).front().activations.lo, -view.profile(InitializationView::He).front().activations.hi);
    }
};

QTEST_MAIN(TestHealthViews)
#include "tst_health_views.moc"
