// The hidden-space view (ConvNetJS's transformed space): the points it plots
// are the layer's own outputs for the training points, the grid lines are
// the neuron maps, and "Next pair" walks through every pair of neurons.
#include "playground/HiddenSpaceView.h"

#include "experiment/Experiment.h"
#include "tasks/supervised/SupervisedTask.h"
#include "training/HiddenSpaceNames.h"

#include <QPushButton>
#include <QtTest>
#include <qcustomplot.h>

#include <set>

using namespace nnlab;

namespace {

std::shared_ptr<Snapshot> snapshotOf(SupervisedTask& task, bool hiddenSpace) {
    auto s = std::make_shared<Snapshot>();
    SnapshotOptions options;
    options.gridSize = 40;
    options.neuronMaps = true;
    options.hiddenSpace = hiddenSpace;
    task.fillSnapshot(*s, options);
    return s;
}

}  // namespace

class TestHiddenSpace : public QObject {
    Q_OBJECT
private slots:
    void pointsAreTheLayersOutputs() {
        Experiment e = defaultExperiment();  // spiral, hidden layers of 8 tanh
        SupervisedTask task(e);
        for (int i = 0; i < 50; ++i) task.step();
        const auto s = snapshotOf(task, true);

        HiddenSpaceView view;
        view.resize(420, 420);
        view.show();
        view.showSnapshot(s);
        QVERIFY(!view.plot()->plottingHints().testFlag(QCP::phImmediateRefresh));  // painted with the window
        QCOMPARE(view.layerIndex(), 0);
        QCOMPARE(view.gridLineCount(), 22);
        view.nextPair();
        view.nextPair();  // neurons 1 and 4
        QCOMPARE(view.neuronA(), 0);
        QCOMPARE(view.neuronB(), 3);
        view.setLayer(1);  // a new layer starts again at its first pair
        QCOMPARE(view.neuronB(), 1);
        view.nextPair();

        // The same points through the same network, here: the layer's outputs.
        const PreparedData& data = task.data();
        const Index n = std::min<Index>(data.trainX.rows(), kHiddenSpaceMaxPoints);
        QVERIFY(n > 10);
        Rng rng(1);
        Pass pass{false, &rng};
        task.network().forward(data.trainX.topRows(std::min<Index>(n, 200)), pass);
        const Matrix& out = task.network().layer(1).output();
        for (int i : {0, 7, 150}) {
            const QPointF p = view.pointPosition(i);
            QVERIFY2(std::abs(p.x() - out(i, view.neuronA())) < 1e-12, qPrintable(QString::number(p.x())));
            QVERIFY2(std::abs(p.y() - out(i, view.neuronB())) < 1e-12, qPrintable(QString::number(p.y())));
        }
        QVERIFY(view.caption().contains(QString::number(view.neuronB() + 1)));
        // Both classes are drawn, every point once.
        int drawn = 0;
        for (int k = 0; k < view.plot()->plottableCount(); ++k)
            if (auto* c = qobject_cast<QCPCurve*>(view.plot()->plottable(k)); c && c->lineStyle() == QCPCurve::lsNone)
                drawn += c->dataCount();
        QCOMPARE(drawn, int(n));
        if (const QString shots = qEnvironmentVariable("NNLAB_SCREENSHOT_DIR"); !shots.isEmpty())
            view.plot()->replot(), view.grab().save(shots + QStringLiteral("/hidden_space.png"));
    }

    void everyPairOnceThenAgain() {
        Experiment e = defaultExperiment();
        SupervisedTask task(e);
        HiddenSpaceView view;
        view.show();
        view.showSnapshot(snapshotOf(task, true));
        std::set<std::pair<int, int>> seen;
        for (int k = 0; k < 28; ++k) {  // 8 neurons: 28 pairs
            QVERIFY(view.neuronA() < view.neuronB());
            seen.insert({view.neuronA(), view.neuronB()});
            view.nextPair();
        }
        QCOMPARE(int(seen.size()), 28);
        QCOMPARE(view.neuronA(), 0);
        QCOMPARE(view.neuronB(), 1);
    }

    void withoutThePayloadItSaysWhy() {
        Experiment e = defaultExperiment();
        SupervisedTask task(e);
        HiddenSpaceView view;
        view.show();
        view.showSnapshot(snapshotOf(task, false));
        QCOMPARE(view.layerIndex(), -1);
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("hiddenSpaceNext"))->isEnabled());
    }
};

QTEST_MAIN(TestHiddenSpace)
#include "tst_hidden_space.moc"
