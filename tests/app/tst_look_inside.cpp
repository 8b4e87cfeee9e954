// The Look inside dock in the window, on digits-cnn.json: it fills with every
// layer's feature maps for a test image after a few steps, the drawing pad's
// picture goes to the worker and its answer comes back, a clicked conv unit
// gets its per-channel split, and the worker stops sending when the dock is
// hidden.
#include "MainWindow.h"
#include "workspaces/ImageWorkspace.h"
#include "common/BackgroundPainter.h"
#include "WindowWait.h"
#include "inside/DrawingPad.h"
#include "inside/FeatureMapOverview.h"
#include "inside/KernelGallery.h"
#include "inside/LookInsidePanel.h"
#include "inside/MapColours.h"
#include "inside/UnitDetailView.h"
#include "session/TrainingController.h"
#include "training/InsideNames.h"

#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace nnlab;

namespace {

bool hasInside(const SnapshotPtr& s) {
    if (!s) return false;
    for (const Payload& p : s->payload)
        if (p.name == inside_view::kStages) return true;
    return false;
}

}  // namespace

class TestLookInside : public QObject {
    Q_OBJECT
private slots:
    void fillsAfterAFewSteps() {
        auto window = makeWindow();
        QVERIFY(window);
        openDigits(*window);
        LookInsidePanel* panel = window->imageViews()->lookInside();
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("lookInsideDock"));
        QVERIFY(dock && panel);
        dock->raise();
        window->controller()->stepBatches(10);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasFrame(), 20000);
        const InsideFrame* frame = panel->frame();
        // input, conv1, relu, pool1, conv2, relu, pool2, flatten, logits, softmax
        QCOMPARE(int(frame->stages.size()), 10);
        QCOMPARE(frame->probabilities.size(), Index(10));
        QCOMPARE(frame->testIndex, 0);
        // A tile per channel: 1 + 8 + 8 + 8 + 16 + 16 + 16, the flatten strip, 10 logits, 10 classes.
        QCOMPARE(int(panel->overview()->tiles().size()), 1 + 3 * 8 + 3 * 16 + 1 + 10 + 10);
        QCOMPARE(panel->kernels()->kernelCount(), 8);
        QVERIFY(panel->answer()->text().contains(QStringLiteral("Test image 0")));
        for (const FeatureMapOverview::Tile& t : panel->overview()->tiles()) QVERIFY(t.rect.width() >= 10);

        // The tiles' pictures are made on a helper thread, as the colour scale
        // says; a headless grab waits for them.
        BackgroundPainter::settle(window.get());
        FeatureMapOverview* overview = panel->overview();
        QVERIFY(!overview->picturesPending());
        auto conv1Picture = [panel](int channel, ColourScale scale) {
            const InsideFrame& f = *panel->frame();
            return tileImage(f.stages[1], channel, tileRange(f, 1, channel, scale));
        };
        // A conv1 unit whose own range is not the whole net's (the one holding the net's extreme is).
        int unit = 0;
        while (unit < 7 && conv1Picture(unit, ColourScale::Unit) == conv1Picture(unit, ColourScale::Global)) ++unit;
        QCOMPARE(overview->tilePicture(1, unit).size(), QSize(24, 24));
        QVERIFY(overview->tilePicture(1, unit) == conv1Picture(unit, ColourScale::Unit));
        QCOMPARE(overview->tilePicture(7, -1).height(), 16 * 4 * 4);  // flatten: one pixel per value
        overview->setColourScale(ColourScale::Global);
        QVERIFY(overview->tilePicture(1, unit) != conv1Picture(unit, ColourScale::Global));  // not coloured here
        QTRY_VERIFY(overview->tilePicture(1, unit) == conv1Picture(unit, ColourScale::Global));
        overview->setColourScale(ColourScale::Unit);
        QTRY_VERIFY(overview->tilePicture(1, unit) == conv1Picture(unit, ColourScale::Unit));

        // Hovering a relu tile outlines only its own channel before it; a conv2 tile all 8 of pool1.
        const auto& tiles = panel->overview()->tiles();
        auto indexOf = [&](int stage, int channel) {
            for (int i = 0; i < int(tiles.size()); ++i)
                if (tiles[std::size_t(i)].stage == stage && tiles[std::size_t(i)].channel == channel) return i;
            return -1;
        };
        QCOMPARE(int(panel->overview()->sourcesOf(indexOf(2, 3)).size()), 1);
        QCOMPARE(int(panel->overview()->sourcesOf(indexOf(4, 3)).size()), 8);

        // Another test image by its number.
        panel->testIndex()->setValue(5);
        QTRY_COMPARE_WITH_TIMEOUT(panel->frame()->testIndex, 5, 20000);

        // A conv2 unit clicked: the worker sends its split, and the formula is worked out.
        const QRect conv2 = tiles[std::size_t(indexOf(4, 2))].rect;
        QTest::mouseClick(panel->overview(), Qt::LeftButton, {}, conv2.center());
        QTRY_COMPARE_WITH_TIMEOUT(panel->frame()->unitStage, 4, 20000);
        QCOMPARE(panel->frame()->unit, 2);
        QCOMPARE(panel->detail()->stage(), 4);
        const QStringList lines = panel->detail()->formulaLines();
        QVERIFY2(lines.size() >= 2 && lines[1].contains(QStringLiteral("8 input channels")), qPrintable(lines.join('\n')));
        shoot(*window, "conv2");
        // The detail of a max pool unit and of the softmax, for the pictures.
        QTest::mouseClick(panel->overview(), Qt::LeftButton, {}, tiles[std::size_t(indexOf(3, 1))].rect.center());
        QTRY_COMPARE(panel->detail()->stage(), 3);
        panel->detail()->setCell(4, 5);
        QVERIFY(panel->detail()->formulaLines().first().startsWith(QStringLiteral("max(")));
        shoot(*window, "pool1");
        QTest::mouseClick(panel->overview(), Qt::LeftButton, {}, tiles[std::size_t(indexOf(9, 7))].rect.center());
        QTRY_COMPARE(panel->detail()->stage(), 9);
        QVERIFY(panel->detail()->formulaLines().first().startsWith(QStringLiteral("softmax")));
        shoot(*window, "softmax");
        // Flatten: the answer's weights over the pool2 maps.
        QTest::mouseClick(panel->overview(), Qt::LeftButton, {}, tiles[std::size_t(indexOf(7, -1))].rect.center());
        QTRY_COMPARE(panel->detail()->stage(), 7);
        QVERIFY(panel->detail()->shownClassWeights());
        QCOMPARE(panel->detail()->shownClassWeights()->unit, panel->frame()->predicted);
        shoot(*window, "flatten");

        // Hidden behind another tab: the worker stops computing for it.
        auto* images = window->findChild<QDockWidget*>(QStringLiteral("imagesDock"));
        images->raise();
        QTRY_VERIFY_WITH_TIMEOUT(dock->visibleRegion().isEmpty(), 5000);
        window->controller()->stepBatches(3);
        const std::uint64_t after = window->controller()->lastSentCommand();
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->latest() && window->controller()->latest()->lastAppliedCommand >= after,
                                 20000);
        QVERIFY(!hasInside(window->controller()->latest()));
    }

    // Docked at 1280x800 the panel is short: it scrolls as a whole (one scroll
    // area), the page below the overview at its full height, nothing cut off
    // in a little box of its own.
    void dockedPanelScrolls() {
        auto window = makeWindow();
        QVERIFY(window);
        openDigits(*window);
        window->resize(1280, 800);
        LookInsidePanel* panel = window->imageViews()->lookInside();
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("lookInsideDock"));
        dock->raise();
        window->controller()->stepBatches(10);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasFrame(), 20000);
        auto* scroll = panel->findChild<QScrollArea*>(QStringLiteral("insideScroll"));
        QVERIFY(scroll);
        auto nearestScrollArea = [](QWidget* w) {
            for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
                if (auto* area = qobject_cast<QScrollArea*>(p)) return area;
            return static_cast<QScrollArea*>(nullptr);
        };
        QCOMPARE(nearestScrollArea(panel->detail()), scroll);
        QCOMPARE(nearestScrollArea(panel->drawingPad()), scroll);
        QCOMPARE(nearestScrollArea(panel->kernels()), scroll);
        QTRY_VERIFY(panel->detail()->height() >= panel->detail()->sizeHint().height());
        QVERIFY(panel->overview()->parentWidget()->height() >= 150);
        // Everything within reach: what the viewport does not show, the scroll
        // bars do (at 1024 px the conv unit's row of maps, 560 px, scrolls sideways).
        QWidget* content = scroll->widget();
        for (const QSize size : {QSize(1280, 800), QSize(1024, 768)}) {
            window->resize(size);
            QTRY_VERIFY(content->height() > scroll->viewport()->height());  // docked: too short for it all
            QTRY_COMPARE(content->height(), scroll->viewport()->height() + scroll->verticalScrollBar()->maximum());
            QCOMPARE(content->width(), scroll->viewport()->width() + scroll->horizontalScrollBar()->maximum());
            if (size.width() == 1280) QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);  // no sideways scrolling
            shoot(*window, size.width() == 1280 ? "docked-1280" : "docked-1024");
        }
        window->resize(1280, 800);
        panel->enlargeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dock->width() > 1240, 5000);
        // Enlarged: the overview has at least half the height, the page below still all of its own.
        QTRY_VERIFY(2 * (panel->overview()->parentWidget()->parentWidget()->height() + 4) >= scroll->viewport()->height());
        QVERIFY(panel->detail()->height() >= panel->detail()->sizeHint().height());
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        panel->enlargeButton()->click();
    }

    // Enlarge gives the panel the window: tiles of a 2-conv network at least
    // 40 px at 1280x800 and at 1024x768; clicking again brings the docks back.
    void enlargeGivesReadableTiles() {
        auto window = makeWindow();
        QVERIFY(window);
        openDigits(*window);
        LookInsidePanel* panel = window->imageViews()->lookInside();
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("lookInsideDock"));
        auto othersShown = [&] {
            int n = 0;
            for (QDockWidget* d : window->findChildren<QDockWidget*>()) n += d != dock && d->isVisible();
            return n;
        };
        dock->raise();
        window->controller()->stepBatches(10);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasFrame(), 20000);
        auto smallest = [panel] {
            int side = 1000;
            for (const FeatureMapOverview::Tile& t : panel->overview()->tiles())
                if (panel->frame()->stages[std::size_t(t.stage)].spatial()) side = std::min(side, t.rect.width());
            return side;
        };
        QVERIFY(othersShown() > 0);
        panel->enlargeButton()->click();
        QVERIFY(panel->enlargeButton()->isChecked());
        for (const QSize size : {QSize(1280, 800), QSize(1024, 768)}) {
            window->resize(size);
            QTRY_VERIFY_WITH_TIMEOUT(dock->width() > size.width() - 40, 5000);
            QCOMPARE(othersShown(), 0);
            QVERIFY(!window->centralWidget()->isVisible());
            QTRY_VERIFY2_WITH_TIMEOUT(smallest() >= 40, qPrintable(QStringLiteral("tiles of %1 px at %2x%3")
                                                                   .arg(smallest()).arg(size.width()).arg(size.height())),
                                      5000);
            shoot(*window, size.width() == 1280 ? "enlarged-1280" : "enlarged-1024");
            // The logit of class 7 read from the flattened maps, at this size.
            const auto& tiles = panel->overview()->tiles();
            for (const FeatureMapOverview::Tile& t : tiles)
                if (t.stage == 8 && t.channel == 7) QTest::mouseClick(panel->overview(), Qt::LeftButton, {}, t.rect.center());
            QTRY_COMPARE(panel->detail()->stage(), 8);
            shoot(*window, size.width() == 1280 ? "enlarged-flatten-1280" : "enlarged-flatten-1024");
            panel->overview()->stageClicked(4, 1);
            QTRY_COMPARE(panel->detail()->stage(), 4);
        }
        window->resize(1280, 800);
        panel->enlargeButton()->click();
        QVERIFY(!panel->enlargeButton()->isChecked());
        QTRY_VERIFY(othersShown() > 0);
        QVERIFY(window->centralWidget()->isVisible());
        QVERIFY(dock->width() < 1000);
    }

    void theDrawingPadGetsAnAnswer() {
        auto window = makeWindow();
        QVERIFY(window);
        openDigits(*window);
        LookInsidePanel* panel = window->imageViews()->lookInside();
        window->findChild<QDockWidget*>(QStringLiteral("lookInsideDock"))->raise();
        window->controller()->stepBatches(60);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasFrame(), 20000);
        DrawingPad* pad = panel->drawingPad();
        QCOMPARE(pad->imageWidth(), 28);
        // A "1": one stroke down the middle.
        pad->drawStroke(QPointF(14, 5), QPointF(14, 23));
        QTRY_VERIFY_WITH_TIMEOUT(panel->frame()->testIndex == -1, 20000);
        const InsideFrame* frame = panel->frame();
        QCOMPARE(frame->image, pad->pixels());
        QCOMPARE(frame->probabilities.size(), Index(10));
        QVERIFY(std::abs(frame->probabilities.sum() - 1.0) < 1e-9);
        QVERIFY(frame->predicted >= 0 && frame->predicted < 10);
        QVERIFY(panel->answer()->text().contains(QStringLiteral("Your drawing")));
        // Drawing more sends the new picture.
        pad->drawStroke(QPointF(8, 8), QPointF(20, 8));
        QTRY_COMPARE_WITH_TIMEOUT(panel->frame()->image, pad->pixels(), 20000);
        shoot(*window, "drawing");
    }

private:
    // With NNLAB_SHOTS=DIR set, the window as it is, for a person to look at.
    static void shoot(MainWindow& window, const char* name) {
        const QString dir = qEnvironmentVariable("NNLAB_SHOTS");
        if (dir.isEmpty()) return;
        QCoreApplication::processEvents();
        window.grab().save(dir + QStringLiteral("/inside-%1.png").arg(QLatin1String(name)));
    }

    void openDigits(MainWindow& window) {
        QString error;
        QVERIFY2(testing::openAndWait(window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/digits-cnn.json"), &error),
                 qPrintable(error));
    }

    // The tests' 1280x800 window (WindowWait.h), with the worker's first frame in.
    static std::unique_ptr<MainWindow> makeWindow() {
        QString error;
        std::unique_ptr<MainWindow> w(testing::readyWindow(&error));
        if (!w) qWarning("%s", qPrintable(error));
        return w;
    }
};

QTEST_MAIN(TestLookInside)
#include "tst_look_inside.moc"
