// The Sequences dock in the window (issue 13's views): after a few steps of
// the adding problem it shows the chosen validation sequence, its LSTM's
// hidden states, gates and gradient through time; a hidden dock costs the
// worker nothing; "Compare with RNN" draws the plain RNN's curve beside it.
// With NNLAB_SCREENSHOT_DIR set it saves the window with each tab shown.
#include "MainWindow.h"
#include "workspaces/SequenceWorkspace.h"
#include "WindowWait.h"
#include "playground/ExperimentDocument.h"
#include "sequences/GateActivityPlot.h"
#include "sequences/HiddenStateMap.h"
#include "sequences/SequencePanel.h"
#include "sequences/SequencePredictionPlot.h"
#include "sequences/TimeGradientPlot.h"
#include "sequences/UnrolledNetworkView.h"
#include "session/TrainingController.h"
#include "training/SequenceResultNames.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <qcustomplot.h>
#include <QtTest>

using namespace nnlab;

namespace {

bool hasSequencePayload(const SnapshotPtr& s) {
    if (!s) return false;
    for (const Payload& p : s->payload)
        if (p.name == sequence_results::kInfo) return true;
    return false;
}

}  // namespace

class TestSequenceDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void showsTheChosenSequenceAsItTrains() {
        auto window = makeWindow();
        QString error;
        QVERIFY2(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/adding-lstm.json"), &error),
                 qPrintable(error));
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("sequenceDock"));
        QVERIFY(dock);
        // A recurrent experiment brings the dock forward by itself.
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());
        SequencePanel* panel = window->sequenceViews()->sequences();
        window->controller()->stepBatches(20);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasData() && panel->frame().step >= 20, 20000);
        const SequenceFrame& f = panel->frame();
        QCOMPARE(f.steps, Index(50));
        QCOMPARE(f.sampleCount, 400L);  // 2000 points, a fifth held out
        QCOMPARE(int(f.cells.size()), 1);
        QCOMPARE(f.cells[0].hidden.rows(), Index(16));
        QCOMPARE(panel->sampleBox()->maximum(), 400);

        // Every view drew this frame.
        QCOMPARE(panel->hiddenMap()->map()->data()->keySize(), 50);
        QCOMPARE(panel->hiddenMap()->map()->data()->valueSize(), 16);
        QCOMPARE(panel->hiddenMap()->map()->data()->cell(4, 2), f.cells[0].hidden(2, 4));
        QCOMPARE(panel->gatePlot()->plot()->graphCount(), 3);  // i, f, o
        QCOMPARE(panel->gatePlot()->plot()->graph(1)->dataCount(), 50);
        QCPGraph* run = panel->gradientPlot()->runGraph();
        QCOMPARE(run->dataCount(), 50);
        QCOMPARE(run->data()->at(29)->value, f.cells[0].gradient(0, 29));
        QVERIFY(panel->predictionPlot()->readout()->text().contains(QStringLiteral("Sequence 1")));

        // Another sequence: the worker sends that one.
        panel->sampleBox()->setValue(7);
        window->controller()->stepBatches(1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->frame().sample == 6, 20000);
        QVERIFY(panel->predictionPlot()->readout()->text().contains(QStringLiteral("Sequence 7")));
        saveScreenshots(*window, panel);

        // Hidden behind another tab: frames carry no sequence payloads.
        // (The Output tab is not shown for a recurrent network: open another one in the group.)
        auto* other = window->findChild<QDockWidget*>(QStringLiteral("hiddenDock"));
        other->show();
        other->raise();
        QTRY_VERIFY(dock->visibleRegion().isEmpty());
        const std::uint64_t before = window->controller()->latest()->step;
        window->controller()->stepBatches(2);
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->latest()->step >= before + 2, 20000);
        QVERIFY(!hasSequencePayload(window->controller()->latest()));
    }

    void comparesWithAPlainRnn() {
        auto window = makeWindow();
        QVERIFY(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/adding-lstm.json")));
        SequencePanel* panel = window->sequenceViews()->sequences();
        window->controller()->stepBatches(10);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasData(), 20000);
        QCOMPARE(panel->compareButton()->text(), QStringLiteral("Compare with RNN"));
        QSignalSpy finished(panel, &SequencePanel::comparisonFinished);
        QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
        QVERIFY(!panel->compareButton()->isEnabled());  // one comparison at a time
        QVERIFY(finished.wait(60000));
        const RecurrentComparison& c = panel->comparison();
        QVERIFY2(c.error.empty(), c.error.c_str());
        QCOMPARE(c.cellType, std::string("rnn"));
        QCOMPARE(c.gradients.rows(), Index(400));
        QCOMPARE(c.gradients.cols(), Index(50));
        QCPGraph* other = panel->gradientPlot()->comparisonGraph();
        QCOMPARE(other->dataCount(), 50);
        QCOMPARE(other->data()->at(29)->value, c.gradients(panel->sample(), 29));
        QVERIFY(panel->compareButton()->isEnabled());
        saveScreenshot(*window, panel, 1, "compare");

        // Other settings: the comparison no longer applies and is taken away.
        Experiment e = window->document()->experiment();
        e.network.layers[0].units = 8;
        window->document()->change(e, QStringLiteral("units"));
        QTRY_COMPARE(other->dataCount(), 0);
    }

    // The unrolled network (many-to-many: an output at every step): hovering a
    // box reads the worker's numbers for that step, as the payload has them.
    void unrolledViewShowsTheWorkersValues() {
        auto window = makeWindow();
        QVERIFY(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/sines-steps-lstm.json")));
        SequencePanel* panel = window->sequenceViews()->sequences();
        window->controller()->stepBatches(15);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasData() && panel->frame().step >= 15, 20000);
        panel->views()->setCurrentIndex(4);
        UnrolledNetworkView* view = panel->unrolledView();
        QCOMPARE(panel->views()->currentWidget(), static_cast<QWidget*>(view));
        QTRY_VERIFY(view->isVisible() && view->width() > 300);
        const SequenceFrame& f = panel->frame();
        QVERIFY(f.manyToMany);
        QCOMPARE(f.steps, Index(20));
        // As many of the last steps as the width holds (at most 12 of the 20); earlier ones are not drawn.
        window->resizeDocks({window->findChild<QDockWidget*>(QStringLiteral("sequenceDock"))}, {760}, Qt::Horizontal);
        QTRY_VERIFY(view->shownSteps() >= 9);
        QVERIFY(view->shownSteps() <= UnrolledNetworkView::kMaxColumns);
        const Index first = view->firstShownStep();
        QCOMPARE(first + view->shownSteps(), Index(20));
        QVERIFY(view->boxRect(first - 1, UnrolledNetworkView::kInputRow).isEmpty());
        QVERIFY(!view->boxRect(first, UnrolledNetworkView::kInputRow).isEmpty());

        const Index t = 15;
        const QLocale locale;
        auto hover = [&](int row) {
            const QRectF box = view->boxRect(t, row);
            QVERIFY(!box.isEmpty());
            QTest::mouseMove(view, box.center().toPoint());
        };
        hover(UnrolledNetworkView::cellRow(0));
        const SequenceCellFrame& cell = f.cells[0];
        QTRY_VERIFY(!view->hoverText().isEmpty());
        QString text = view->hoverText();
        qInfo("%s", qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("lstm at t = 15: |h_t| = ") + locale.toString(cell.hidden.col(t).norm(), 'g', 4)),
                 qPrintable(text));
        QVERIFY2(text.contains(locale.toString(cell.hidden(0, t), 'g', 4)), qPrintable(text));  // h_t's first unit
        QVERIFY2(text.contains(QStringLiteral("f ") + locale.toString(cell.gates.col(t).segment(16, 16).mean(), 'g', 4)),
                 qPrintable(text));  // the forget gate's mean
        QVERIFY2(text.contains(QStringLiteral("|dL/dh_t| = ") + locale.toString(cell.gradient(0, t), 'g', 4)), qPrintable(text));

        hover(view->outputRow());
        QTRY_VERIFY(view->hoverText().startsWith(QStringLiteral("Output at t = 15")));
        text = view->hoverText();
        QVERIFY2(text.contains(QStringLiteral("prediction (") + locale.toString(f.prediction(t, 0), 'g', 4) + QStringLiteral(")")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("target (") + locale.toString(f.target(t, 0), 'g', 4) + QStringLiteral(")")),
                 qPrintable(text));

        hover(UnrolledNetworkView::kInputRow);
        QTRY_VERIFY(view->hoverText().startsWith(QStringLiteral("Input x at t = 15")));
        QVERIFY(view->hoverText().contains(locale.toString(f.inputs(t, 0), 'g', 4)));
        hover(UnrolledNetworkView::cellRow(0));
        saveScreenshot(*window, panel, 4, "unrolled-hover");
    }

private:
    std::unique_ptr<MainWindow> makeWindow() {
        MainWindow::Options options;
        options.useSettings = false;
        options.rememberRecentFiles = false;
        options.recoveryDirectory = m_dir.filePath(QStringLiteral("recovery"));
        auto w = std::make_unique<MainWindow>(options);
        w->resize(1280, 800);
        w->show();
        return w;
    }

    // The window with each tab of the dock in front, for looking at.
    void saveScreenshots(MainWindow& window, SequencePanel* panel) {
        const char* names[] = {"prediction", "gradient", "hidden", "gates", "unrolled"};
        QCOMPARE(panel->views()->count(), int(std::size(names)));
        for (int i = 0; i < panel->views()->count(); ++i) saveScreenshot(window, panel, i, names[i]);
        panel->views()->setCurrentIndex(0);
    }
    void saveScreenshot(MainWindow& window, SequencePanel* panel, int tab, const char* name) {
        const QString dir = qEnvironmentVariable("NNLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        panel->views()->setCurrentIndex(tab);
        window.flushViews();
        QTest::qWait(100);
        QVERIFY(window.grab().save(dir + QStringLiteral("/sequence-%1.png").arg(QLatin1String(name))));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSequenceDock)
#include "tst_sequence_dock.moc"
