// Look inside's detail views against the engine, on digits-cnn.json trained a
// few steps: the kernel sweep's products and their sum at the window's
// position add up (over the input channels, plus the bias) to the engine's
// conv output at that cell; the flatten view's weights are the dense layer's
// weights for the chosen class, each on the pixel it multiplies.
#include "experiment/ExperimentJson.h"
#include "inside/ClassWeights.h"
#include "inside/InsideFrame.h"
#include "inside/KernelWindow.h"
#include "inside/UnitDetailView.h"
#include "tasks/TaskRegistry.h"
#include "training/InsideNames.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QToolTip>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace nnlab;
using namespace nnlab::inside_view;

class TestInsideNumbers : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<Task> m_task;
    InsideFrame m_frame;

    // The frame for test image 3, with conv stage `stage` unit `unit` split.
    InsideFrame frameFor(int stage, Index unit) {
        SetInspection look;
        look.on = true;
        look.testIndex = 3;
        look.expandStage = stage;
        look.expandUnit = unit;
        m_task->apply(look);
        Snapshot s;
        m_task->fillSnapshot(s, SnapshotOptions{});
        std::optional<InsideFrame> f = InsideFrame::from(s);
        if (!f) qFatal("no look-inside payloads");
        return *f;
    }

    // conv2 unit 3 in a window of its own, on screen (offscreen).
    bool showConv2Unit3(UnitDetailView& view) {
        view.resize(700, 500);
        view.setFrame(&m_frame);
        view.setSelection(4, 2);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

private slots:
    void initTestCase() {
        Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/digits-cnn.json");
        e.data.points = 300;
        // Exact sums need double products (the shipped file computes in float32, ~1e-7).
        e.training.precision = Precision::Float64;
        m_task = makeTask(e);
        m_task->apply(StepBatches{15});  // weights away from their start, biases not 0
        m_frame = frameFor(4, 2);
        // input, conv1, relu, pool1, conv2, relu, pool2, flatten, logits, softmax
        QCOMPARE(int(m_frame.stages.size()), 10);
        QCOMPARE(m_frame.stages[4].kind, kConv);
        QCOMPARE(m_frame.stages[7].kind, kFlatten);
    }

    // Every cell the sweep visits on conv2 unit 3: per input channel, the
    // products are value x weight, their sum is that channel's part, and the
    // parts plus the bias are the engine's output there.
    void sweepAddsUpToTheEngine() {
        UnitDetailView view;
        view.resize(900, 600);
        view.setFrame(&m_frame);
        view.setSelection(4, 2);
        view.setSweeping(false);
        QVERIFY(view.sweepable());
        const InsideStage& conv2 = m_frame.stages[4];
        const double bias = m_frame.layers[std::size_t(conv2.layer)].bias(0, 2);
        QVERIFY(std::abs(bias) > 1e-6);
        QCOMPARE(view.cell(), QPoint(0, 0));
        int checked = 0;
        for (int step = 0; step < conv2.plane() + 3; ++step) {
            const QPoint cell = view.cell();
            // Row by row: after `step` moves the window is at cell number step, wrapped.
            QCOMPARE(cell, QPoint((step % conv2.plane()) % conv2.width, (step % conv2.plane()) / conv2.width));
            double total = 0.0;
            for (int ch = 0; ch < m_frame.stages[3].channels; ++ch) {
                view.setDetailedChannel(ch);
                const KernelWindow w = view.currentWindow();
                QCOMPARE(w.size, 5);
                double sum = 0.0;
                for (int i = 0; i < 25; ++i) {
                    QCOMPARE(w.products[std::size_t(i)], w.inputs[std::size_t(i)] * w.weights[std::size_t(i)]);
                    sum += w.products[std::size_t(i)];
                }
                QVERIFY(std::abs(w.sum - sum) < 1e-12);
                QVERIFY(std::abs(w.sum - m_frame.unitParts(ch, cell.y() * conv2.width + cell.x())) < 1e-9);
                total += w.sum;
            }
            const double engine = conv2.at(2, cell.y(), cell.x());
            QVERIFY2(std::abs(total + bias - engine) < 1e-9,
                     qPrintable(QStringLiteral("cell %1,%2: %3 + %4 vs %5").arg(cell.y()).arg(cell.x()).arg(total).arg(bias).arg(engine)));
            ++checked;
            view.advanceSweep();
        }
        QCOMPARE(checked, 67);
        // The formula's text says the same sum.
        view.setCell(3, 4);
        view.setDetailedChannel(0);
        QVERIFY(view.formulaLines().first().endsWith(QLocale().toString(view.currentWindow().sum, 'f', 2)));
    }

    // conv1 reads the image itself (one channel): products + bias = the output.
    void sweepOnTheFirstLayer() {
        const InsideFrame frame = frameFor(1, 5);
        UnitDetailView view;
        view.setFrame(&frame);
        view.setSelection(1, 5);
        const InsideStage& conv1 = frame.stages[1];
        const double bias = frame.layers[std::size_t(conv1.layer)].bias(0, 5);
        for (const QPoint cell : {QPoint(0, 0), QPoint(11, 7), QPoint(23, 23)}) {
            view.setCell(cell.y(), cell.x());
            const KernelWindow w = view.currentWindow();
            QVERIFY(std::abs(w.sum + bias - conv1.at(5, cell.y(), cell.x())) < 1e-9);
            // Its top-left value is the image's pixel at the window's corner (stride 1, no padding).
            QCOMPARE(w.inputs[0], frame.stages[0].at(0, cell.y(), cell.x()));
        }
    }

    // Hover values: a kernel thumbnail shows its weights as text.
    void kernelHoverShowsItsWeights() {
        UnitDetailView view;
        QVERIFY(showConv2Unit3(view));
        // No parent: rows of (300 - 34) / 8 - 4 = 29 px; the first kernel thumbnail right of the first channel.
        const QPoint at(8 + 29 + 22 + 10, 26 + 10);
        QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
        QApplication::sendEvent(&view, &help);
        const QString text = QToolTip::text();
        QVERIFY2(text.startsWith(QStringLiteral("Kernel of input channel 1 for unit 3")), qPrintable(text));
        const double w = m_frame.layers[std::size_t(m_frame.stages[4].layer)].weights(2, 0);
        QVERIFY(text.contains(QLocale().toString(w, 'f', 2)));
        QCOMPARE(text.count(QLatin1Char('\n')), 5);
    }

    // Play moves the window on its own; Pause (the button) stops it.
    void sweepPlaysAndPauses() {
        UnitDetailView view;
        QVERIFY(showConv2Unit3(view));
        QVERIFY(view.sweeping());
        QTRY_VERIFY_WITH_TIMEOUT(view.cell() != QPoint(0, 0), 2000);
        auto* button = view.findChild<QToolButton*>(QStringLiteral("sweepPlayPause"));
        QVERIFY(button && button->isVisible());
        button->click();
        QVERIFY(!view.sweeping());
        const QPoint stopped = view.cell();
        QTest::qWait(600);
        QCOMPARE(view.cell(), stopped);
    }

    // While training, the worker redoes the maps a few times a second but
    // sends the weights in every snapshot: a frame whose maps are older than
    // its weights is not taken, so that every frame the views get adds up.
    void framesAddUpWhileTraining() {
        std::unique_ptr<Task> task = makeTask(m_task->experiment());
        SetInspection look;
        look.on = true;
        look.expandStage = 1;
        task->apply(look);
        auto addsUp = [](const InsideFrame& frame) {
            const KernelWindow w = kernelWindow(frame, 1, 0, 0, 10, 10);
            return std::abs(w.sum + frame.layers[0].bias(0, 0) - frame.stages[1].at(0, 10, 10)) < 1e-9;
        };
        Snapshot fresh;
        task->fillSnapshot(fresh, SnapshotOptions{});
        const std::optional<InsideFrame> first = InsideFrame::from(fresh);
        QVERIFY(first && addsUp(*first));
        // One step later: this snapshot's weights with the maps of the step before,
        // as the worker sends them within 200 ms of the last maps.
        task->step();
        Snapshot later;
        task->fillSnapshot(later, SnapshotOptions{});
        later.payload.erase(std::remove_if(later.payload.begin(), later.payload.end(),
                                           [](const Payload& p) { return p.name.rfind("inside_", 0) == 0; }),
                            later.payload.end());
        for (const Payload& p : fresh.payload)
            if (p.name.rfind("inside_", 0) == 0) later.payload.push_back(p);
        const std::optional<InsideFrame> stale = InsideFrame::from(later);
        QVERIFY2(!stale || addsUp(*stale), "a frame whose maps and weights are from different steps");
        QVERIFY(!stale);
    }

    // Flatten opens on the network's answer; each logit's view shows that
    // class's row of the dense layer's weights as 16 maps of 4x4, and the
    // products' sum plus the bias is the logit.
    void flattenShowsTheClassWeights() {
        const WeightSet trained = m_task->weights();
        const Matrix& W = trained.at("output").at("W");
        const Matrix& b = trained.at("output").at("b");
        UnitDetailView view;
        view.resize(900, 700);
        view.setFrame(&m_frame);
        view.setSelection(7, 0);
        std::optional<ClassWeights> cw = view.shownClassWeights();
        QVERIFY(cw);
        QCOMPARE(cw->unit, m_frame.predicted);
        QCOMPARE(cw->mapStage, 6);
        QCOMPARE(cw->denseStage, 8);
        for (int k = 0; k < 10; ++k) {
            view.setSelection(8, k);
            cw = view.shownClassWeights();
            QVERIFY(cw);
            QCOMPARE(cw->unit, k);
            QCOMPARE(cw->channels, 16);
            QCOMPARE(cw->height, 4);
            QCOMPARE(cw->width, 4);
            for (int ch = 0; ch < 16; ++ch)
                for (int y = 0; y < 4; ++y)
                    for (int x = 0; x < 4; ++x) {
                        QCOMPARE(cw->weights(ch, y * 4 + x), W(k, ch * 16 + y * 4 + x));
                        QCOMPARE(cw->values(ch, y * 4 + x), m_frame.stages[6].at(ch, y, x));
                    }
            QCOMPARE(cw->bias, b(0, k));
            QVERIFY(std::abs(cw->productSum() + cw->bias - m_frame.stages[8].values(k)) < 1e-9);
        }
        // A class chip picks the class: the first chip is class 0.
        view.setSelection(8, 3);
        QSignalSpy chosen(&view, &UnitDetailView::classChosen);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(14, 32));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(view.shownClassWeights()->unit, 0);
        QVERIFY(view.formulaLines().first().contains(QStringLiteral("160 products")) ||
                view.formulaLines().first().contains(QStringLiteral("256 products")));
        // An MLP's dense layer (no maps before it) has no flatten view.
        QVERIFY(!classWeights(m_frame, 9, 0));
        QVERIFY(!classWeights(m_frame, 4, 0));
    }
};

QTEST_MAIN(TestInsideNumbers)
#include "tst_inside_numbers.moc"
