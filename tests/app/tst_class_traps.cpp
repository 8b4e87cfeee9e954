// The traps a live lesson fell into (issue 14), each driven through the whole
// window offscreen: undo after a typed weight, Play after the epoch limit,
// Reset's seed, the dock layout, a NaN stop, the output caption.
#include "HeadlessRun.h"
#include "MainWindow.h"
#include "SettingsKeys.h"
#include "TrainingController.h"
#include "TrainingToolBar.h"
#include "WindowWait.h"
#include "common/LossPlot.h"
#include "playground/CanvasItems.h"
#include "playground/DecisionMapView.h"
#include "playground/ExperimentDocument.h"
#include "playground/NetworkCanvas.h"
#include "playground/NetworkEdits.h"
#include "playground/NetworkScene.h"
#include "playground/TrainingPanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QStatusBar>
#include <QUndoStack>
#include <QtTest>

using namespace nnlab;
using namespace nnlab::testing;

namespace {

Matrix layerWeights(const Snapshot& s, const std::string& name) {
    for (const LayerFrame& f : s.layers)
        if (f.name == name) return f.weights;
    return {};
}

// Waits until the worker has taken every command sent so far and shown it.
// trainAndWait returns once the step count is reached, not when the StepBatches
// it sent is done: pause first, so that nothing trains behind the test's back.
bool settle(MainWindow& w) {
    w.controller()->pause();
    const auto wanted = w.controller()->lastSentCommand();
    return QTest::qWaitFor(
        [&] { return w.controller()->latest() && w.controller()->latest()->lastAppliedCommand >= wanted; }, 20000);
}

}  // namespace

class TestClassTraps : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_class_traps"));
    }
    void init() {
        QString error;
        m_window = readyWindow(&error);
        QVERIFY2(m_window, qPrintable(error));
    }
    void cleanup() {
        m_window->controller()->pause();
        m_window->document()->undoStack()->setClean();
        delete m_window;
    }

    // Trap 1: a typed weight is one undo step, and undoing a structural edit
    // puts back the trained weights it replaced (redo brings the later ones back).
    void undoKeepsTrainedWeights() {
        MainWindow& w = *m_window;
        QString error;
        QVERIFY2(trainAndWait(w, 60, 20000, &error), qPrintable(error));
        const Experiment before = w.document()->experiment();
        const std::string second = before.network.layers[1].name;  // after the new layer: shaped anew
        const Matrix trained = layerWeights(*w.controller()->latest(), second);
        QVERIFY(trained.size() > 0);

        const NetworkEdit add = NetworkEdits::addLayerAfter(before, 0);
        QVERIFY(add.ok());
        w.document()->change(add.next, add.description);
        QVERIFY(settle(w));
        QVERIFY2(trainAndWait(w, w.controller()->latest()->step + 40, 20000, &error), qPrintable(error));
        QVERIFY(settle(w));
        const Matrix later = layerWeights(*w.controller()->latest(), second);

        // Type a weight on an edge of the canvas.
        NetworkCanvas* canvas = w.networkCanvas();
        auto* scene = static_cast<NetworkScene*>(canvas->scene());
        EdgeItem* edge = scene->edge(1, 0, 0);
        QVERIFY(edge);
        const QPoint at = canvas->mapFromScene(edge->midPoint());
        EdgeItem* top = nullptr;
        for (QGraphicsItem* item : canvas->items(at))
            if ((top = qgraphicsitem_cast<EdgeItem*>(item))) break;
        QVERIFY(top);
        const int layer = top->layer(), row = top->row(), col = top->col();
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at);
        auto* editor = canvas->findChild<QLineEdit*>(QStringLiteral("weightEditor"));
        QVERIFY(editor && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QLocale().toString(2.5));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(settle(w));
        QCOMPARE(w.controller()->latest()->layers[std::size_t(layer)].weights(row, col), 2.5);
        QVERIFY2(w.lossPlot()->readoutText().contains(QStringLiteral("\u2013")), qPrintable(w.lossPlot()->readoutText()));  // not measured since the edit

        // Ctrl+Z takes the weight back, not the layer.
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(settle(w));
        QCOMPARE(w.document()->experiment().network.layers.size(), add.next.network.layers.size());
        QVERIFY(w.controller()->latest()->layers[std::size_t(layer)].weights(row, col) != 2.5);

        // Ctrl+Z again removes the layer, and the trained weights come back.
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.document()->experiment().network.layers.size(), before.network.layers.size());
        QVERIFY(settle(w));
        QTRY_VERIFY_WITH_TIMEOUT(layerWeights(*w.controller()->latest(), second) == trained, 20000);
        QVERIFY(w.lossPlot()->readoutText().contains(QStringLiteral("\u2013")));

        // Redo: the layer again, with the weights it had trained to.
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(settle(w));
        QTRY_VERIFY_WITH_TIMEOUT(layerWeights(*w.controller()->latest(), second) == later, 20000);
    }

    // Trap 2: Play after the epoch limit goes on, with a note, every time.
    void playAfterTheLimitGoesOn() {
        MainWindow& w = *m_window;
        Experiment e = w.document()->experiment();
        e.epochs = 2;
        w.document()->change(e, QStringLiteral("epochs"));
        QTest::keyClick(&w, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->latest()->finished && !w.controller()->isPlaying(), 20000);
        QCOMPARE(w.controller()->latest()->epoch, std::uint64_t(2));
        for (int round = 0; round < 2; ++round) {
            const std::uint64_t reached = w.controller()->latest()->epoch;
            QTest::keyClick(&w, Qt::Key_Space);
            QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("raised")),
                     qPrintable(w.statusBar()->currentMessage()));
            QVERIFY(w.document()->experiment().epochs > int(reached));
            QTRY_VERIFY_WITH_TIMEOUT(w.controller()->latest()->epoch > reached, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(w.controller()->latest()->finished && !w.controller()->isPlaying(), 20000);
        }
    }

    // Trap 5: Reset draws new weights from a new seed, shown in the Training
    // panel; Restart from the same weights repeats them.
    void resetDrawsNewWeights() {
        MainWindow& w = *m_window;
        QSpinBox* seed = w.trainingPanel()->seedBox();
        QVERIFY(seed);
        const std::string first = w.document()->experiment().network.layers.front().name;
        const Matrix start = layerWeights(*w.controller()->latest(), first);
        const int seedBefore = seed->value();
        w.resetAction()->trigger();
        QVERIFY(settle(w));
        QVERIFY(seed->value() != seedBefore);
        QCOMPARE(std::uint64_t(seed->value()), w.document()->experiment().seed);
        const Matrix drawn = layerWeights(*w.controller()->latest(), first);
        QVERIFY(drawn != start);
        QString error;
        QVERIFY2(trainAndWait(w, 30, 20000, &error), qPrintable(error));
        w.restartAction()->trigger();
        QVERIFY(settle(w));
        QCOMPARE(layerWeights(*w.controller()->latest(), first), drawn);
        QCOMPARE(std::uint64_t(seed->value()), w.document()->experiment().seed);
    }

    // Trap 7: adding a layer leaves the left dock where the user had it, and
    // View > Reset layout undoes a broken layout.
    void editsKeepFocusAndLayoutResets() {
        MainWindow& w = *m_window;
        auto* data = w.findChild<QDockWidget*>(QStringLiteral("dataDock"));
        auto* layerDock = w.findChild<QDockWidget*>(QStringLiteral("layerDock"));
        QVERIFY(data && layerDock);
        data->raise();
        QTRY_VERIFY(!data->visibleRegion().isEmpty());
        w.networkCanvas()->setFocus();
        QTest::keyClick(w.networkCanvas(), Qt::Key_Insert);
        QVERIFY(w.document()->undoStack()->count() > 0);
        QTest::qWait(50);
        QVERIFY(!data->visibleRegion().isEmpty());
        QVERIFY(layerDock->visibleRegion().isEmpty());
    }

    void resetLayoutPutsDocksBack() {
        MainWindow& w = *m_window;
        auto* output = w.findChild<QDockWidget*>(QStringLiteral("outputDock"));
        auto* health = w.findChild<QDockWidget*>(QStringLiteral("healthDock"));
        QVERIFY(output && health);
        w.tabifyDockWidget(output, health);
        health->raise();
        QVERIFY(w.tabifiedDockWidgets(output).contains(health));
        QVERIFY(w.resetLayoutAction());
        w.resetLayoutAction()->trigger();
        QVERIFY(!w.tabifiedDockWidgets(output).contains(health));
        QVERIFY(health->isVisible());
    }

    // Trap 9: a NaN stop shows no absurd speed and the whole message.
    void nanStopIsReadable() {
        MainWindow& w = *m_window;
        w.resize(1024, 768);
        // The lesson that blows up to NaN within its first epochs.
        QString error;
        QVERIFY2(openAndWait(w, QStringLiteral(NNLAB_SOURCE_DIR "/resources/lessons/large-init-broken.json"), &error),
                 qPrintable(error));
        bool failed = false;
        trainAndWait(w, 5000, 20000, &error, &failed);
        QVERIFY2(failed, qPrintable(error));
        QTest::qWait(50);
        QVERIFY2(w.trainingToolBar()->rateText().startsWith(QStringLiteral("\u2013")), qPrintable(w.trainingToolBar()->rateText()));
        QLabel* banner = w.problemBanner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("NaN"), Qt::CaseInsensitive) ||
                banner->text().contains(QStringLiteral("finite"), Qt::CaseInsensitive));
        QVERIFY(banner->wordWrap());
        QTRY_VERIFY(banner->height() >= banner->heightForWidth(banner->width()));
        QVERIFY(banner->geometry().right() <= w.centralWidget()->width());
    }

    // Trap 9: the speed of a run that stopped within milliseconds (as a NaN
    // run does) is no number of millions: the readout shows a dash.
    void rateOfAnInstantStopIsADash() {
        Snapshot s;
        s.elapsedSeconds = 0.0017;
        s.samplesPerSecond = 88235294.0;
        QVERIFY2(TrainingToolBar::rateText(s).startsWith(QStringLiteral("\u2013")), qPrintable(TrainingToolBar::rateText(s)));
        s.elapsedSeconds = 2.0;
        s.samplesPerSecond = 12345.0;
        QCOMPARE(TrainingToolBar::rateText(s), QStringLiteral("%1 samples/s").arg(QLocale().toString(12345)));
    }

    // Trap 6: a feature's on/off state is not told by colour alone.
    void featureStateIsNotColourOnly() {
        MainWindow& w = *m_window;
        auto* x1 = w.findChild<QToolButton*>(QStringLiteral("feature_x1"));
        auto* sin = w.findChild<QToolButton*>(QStringLiteral("feature_sin_x1"));
        QVERIFY(x1 && sin);
        QVERIFY(x1->isChecked() && sin->isChecked());
        QVERIFY2(x1->text().startsWith(QStringLiteral("\u2713")), qPrintable(x1->text()));
        QVERIFY(sin->text().startsWith(QStringLiteral("\u2713")));
        QTest::mouseClick(sin, Qt::LeftButton);
        QVERIFY(!sin->isChecked());
        QVERIFY2(!sin->text().contains(QStringLiteral("\u2713")), qPrintable(sin->text()));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(sin->isChecked());
        QVERIFY(sin->text().startsWith(QStringLiteral("\u2713")));
    }

    // Trap 6: the 6-layer lesson network is drawn at a readable scale in the
    // canvas of a 1280x800 window (it was shrunk to 0.6, labels about 7 px).
    void deepLessonNetworkIsReadable() {
        MainWindow& w = *m_window;
        QString error;
        QVERIFY2(openAndWait(w, QStringLiteral(NNLAB_SOURCE_DIR "/resources/lessons/deep-sigmoid-broken.json"), &error),
                 qPrintable(error));
        QTest::qWait(300);  // the canvas relayouts once the resize settles
        const double scale = w.networkCanvas()->transform().m11();
        QVERIFY2(scale >= 0.75, qPrintable(QString::number(scale)));
    }

    // Trap 10: the caption names a hovered neuron as the canvas does.
    void captionNamesLayersAsTheCanvas() {
        MainWindow& w = *m_window;
        QString error;
        QVERIFY2(trainAndWait(w, 5, 20000, &error), qPrintable(error));
        w.decisionMap()->showNeuron(1, 0);
        QVERIFY2(trainAndWait(w, 10, 20000, &error), qPrintable(error));
        const QString caption = w.decisionMap()->captionText();
        QVERIFY2(caption.contains(QStringLiteral("hidden layer 2")), qPrintable(caption));
        QVERIFY(!caption.contains(QStringLiteral("dense")));
    }

private:
    MainWindow* m_window = nullptr;
};

QTEST_MAIN(TestClassTraps)
#include "tst_class_traps.moc"
