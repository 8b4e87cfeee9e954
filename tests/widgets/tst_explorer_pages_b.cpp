// Concept explorers, part B: the optimizer race (and its batch/stochastic
// tab), the learning-rate explorer and the capacity explorer, driven through
// their controls offscreen; each check reads the plot data the control
// changed. With NNLAB_SCREENSHOT_DIR set, every page is also saved as a PNG.
#include "common/NumberSpinBox.h"
#include "explorers/BatchRacePanel.h"
#include "explorers/NetworkSlice.h"
#include "explorers/CapacityExplorer.h"
#include "explorers/LearningRateExplorer.h"
#include "explorers/OptimizerRace.h"
#include "explorers/RacerList.h"
#include "explorers/SurfaceMap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>
#include <qcustomplot.h>

using namespace nnlab;

namespace {

void typeValue(QAbstractSpinBox* box, const QString& text) {
    QLineEdit* edit = box->findChild<QLineEdit*>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void saveShot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("NNLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QCoreApplication::processEvents();
    const QPixmap shot = w->grab();
    QVERIFY(shot.save(dir + QStringLiteral("/") + name + QStringLiteral(".png")));
}

QPoint plotPixel(QCustomPlot* plot, double x, double y) {
    return QPoint(int(plot->xAxis->coordToPixel(x)), int(plot->yAxis->coordToPixel(y)));
}

}  // namespace

class TestExplorerPagesB : public QObject {
    Q_OBJECT
private slots:
    // The loss plot's log axis on every surface, early and late in a race:
    // each tick label says a different number, and every racer's value at
    // step 1 lies inside the y range (RMSProp's sat on the bottom edge).
    void raceLogAxisReadsWell() {
        OptimizerRace race;
        race.resize(1000, 700);
        race.show();
        QVERIFY(QTest::qWaitForWindowExposed(&race));
        QCustomPlot* plot = race.lossPlot();
        for (int surface = 0; surface < race.surfaceBox()->count(); ++surface) {
            if (race.surfaceBox()->itemData(surface).toString() == QLatin1String(kNetworkSliceName)) continue;  // trains a network first
            race.surfaceBox()->setCurrentIndex(surface);
            QTRY_VERIFY(!race.isBusy());
            race.resetRace();
            for (int steps : {1, 4, 25, 150}) {
                race.stepRace(steps);
                plot->replot();
                if (surface == 0 && steps == 1) saveShot(&race, QStringLiteral("race-log-step-1"));
                const QString where = QStringLiteral("%1 after %2 steps").arg(race.surfaceBox()->itemText(surface)).arg(race.race().steps());
                const QVector<QString> labels = plot->yAxis->tickVectorLabels();
                QStringList shown;
                for (int i = 0; i < labels.size(); ++i)
                    if (plot->yAxis->range().contains(plot->yAxis->tickVector().at(i))) shown << labels.at(i);
                QVERIFY2(shown.size() >= 2, qPrintable(where + QStringLiteral(": %1 in %2..%3").arg(shown.join(' ')).arg(plot->yAxis->range().lower).arg(plot->yAxis->range().upper)));
                QVERIFY2(shown.size() == QSet<QString>(shown.begin(), shown.end()).size(), qPrintable(where + QStringLiteral(": ") + shown.join(' ')));
                const QCPRange y = plot->yAxis->range();
                for (int g = 0; g < plot->graphCount(); ++g) {
                    QCPGraphDataContainer::const_iterator first = plot->graph(g)->data()->findBegin(1.0, false);
                    if (first == plot->graph(g)->data()->constEnd() || first->key != 1.0 || !std::isfinite(first->value)) continue;
                    // Inside with a margin: a curve ending on the axis line looks cut off.
                    QVERIFY2(first->value >= y.lower * 1.25 && first->value <= y.upper / 1.25,
                             qPrintable(QStringLiteral("%1: %2 at step 1 = %3 outside %4..%5").arg(where, plot->graph(g)->name())
                                            .arg(first->value).arg(y.lower).arg(y.upper)));
                }
            }
        }
    }

    void raceStepsEveryRacer() {
        OptimizerRace race;
        race.resize(1000, 700);
        race.show();
        QVERIFY(QTest::qWaitForWindowExposed(&race));
        QCOMPARE(int(race.race().size()), 4);
        QCOMPARE(race.map()->trailCount(), 4);
        QCOMPARE(race.map()->trail(0)->dataCount(), 1);
        for (int i = 0; i < 3; ++i) QTest::mouseClick(race.stepButton(), Qt::LeftButton);
        QCOMPARE(race.race().steps(), 3);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(race.map()->trail(i)->dataCount(), 4);
            QCOMPARE(race.lossPlot()->graph(i)->dataCount(), 4);
        }
        // The trail is the engine's path: SGD on the bowl from (-9, 2.5) with lr 0.05: x1 = -9 + 0.45.
        QCOMPARE(race.race().racer(0).optimizer().name(), std::string("sgd"));
        QVERIFY(std::abs(race.map()->trail(0)->data()->at(1)->key - (-8.55)) < 1e-12);
        QVERIFY(!race.racers()->row(0)->readout()->text().isEmpty());
        QTest::mouseClick(race.resetButton(), Qt::LeftButton);
        QCOMPARE(race.map()->trail(0)->dataCount(), 1);
        saveShot(&race, QStringLiteral("optimizer_race"));
    }

    void raceSurfaces_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(surfaceNames().size()); ++i)
            QTest::newRow(surfaceNames()[std::size_t(i)].c_str()) << i;
    }
    void raceSurfaces() {
        QFETCH(int, index);
        OptimizerRace race;
        race.resize(1000, 700);
        race.show();
        race.surfaceBox()->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(!race.isBusy(), 30000);  // the network slice is built on another thread
        const SurfaceInfo& info = race.race().surface().info();
        QCOMPARE(info.name, surfaceNames()[std::size_t(index)]);
        QCOMPARE(race.map()->colorMap()->data()->keyRange().lower, info.xMin);
        QCOMPARE(race.map()->colorMap()->data()->valueRange().upper, info.yMax);
        QVERIFY(race.map()->levelLines()->dataCount() > 50);
        QCOMPARE(race.map()->startMarker()->data()->at(0)->key, info.start.x);
        for (std::size_t i = 0; i < race.race().size(); ++i) {
            Racer& r = race.race().racer(i);
            QCOMPARE(r.optimizer().learningRate(), suggestedLearningRate(info, r.optimizer().name()));
            QCOMPARE(race.racers()->row(int(i))->hyperBox("lr")->value(), r.optimizer().learningRate());
        }
        race.stepRace(60);
        for (std::size_t i = 0; i < race.race().size(); ++i) QVERIFY(!race.race().racer(i).diverged());
        saveShot(&race, QStringLiteral("optimizer_race_") + QString::fromStdString(info.name));
    }

    void raceClickMovesTheStart() {
        OptimizerRace race;
        race.resize(1000, 700);
        race.show();
        QVERIFY(QTest::qWaitForWindowExposed(&race));
        race.stepRace(5);
        SurfaceMap* map = race.map();
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, plotPixel(map, 5.0, -2.0));
        QCOMPARE(race.race().steps(), 0);
        const Point2 s = race.race().start();
        QVERIFY2(std::abs(s.x - 5.0) < 0.2 && std::abs(s.y + 2.0) < 0.1, qPrintable(QString("%1 %2").arg(s.x).arg(s.y)));
        QCOMPARE(map->trail(2)->data()->at(0)->key, s.x);
        QCOMPARE(race.map()->startMarker()->data()->at(0)->value, s.y);
    }

    void racePlaysAndPauses() {
        OptimizerRace race;
        race.show();
        QTest::mouseClick(race.playButton(), Qt::LeftButton);
        QVERIFY(race.timer()->isActive());
        QTRY_VERIFY(race.race().steps() >= 6);
        QTest::mouseClick(race.playButton(), Qt::LeftButton);
        QVERIFY(!race.timer()->isActive());
        const int steps = race.race().steps();
        QTest::qWait(120);
        QCOMPARE(race.race().steps(), steps);
        QCOMPARE(race.map()->trail(1)->dataCount(), steps + 1);
    }

    void racerRowsEditTheRace() {
        OptimizerRace race;
        race.show();
        race.stepRace(4);
        RacerRow* row = race.racers()->row(0);
        // A new optimizer: the racer restarts and catches up the 4 steps.
        row->optimizerBox()->setCurrentIndex(row->optimizerBox()->findData(QStringLiteral("adam")));
        QCOMPARE(race.race().racer(0).optimizer().name(), std::string("adam"));
        QCOMPARE(race.race().racer(0).optimizer().learningRate(), 0.3);  // the bowl's adaptive rate
        QCOMPARE(race.map()->trail(0)->dataCount(), 5);
        // Adam's first step is lr sign(g): x1 = -9 + 0.3.
        QVERIFY(std::abs(race.map()->trail(0)->data()->at(1)->key - (-8.7)) < 1e-9);
        typeValue(race.racers()->row(0)->hyperBox("lr"), QStringLiteral("0.5"));
        QCOMPARE(race.race().racer(0).optimizer().learningRate(), 0.5);
        QVERIFY(std::abs(race.map()->trail(0)->data()->at(1)->key - (-8.5)) < 1e-9);
        // Add and remove racers.
        QTest::mouseClick(race.racers()->addButton(), Qt::LeftButton);
        QCOMPARE(int(race.race().size()), 5);
        QCOMPARE(race.map()->trailCount(), 5);
        QCOMPARE(race.lossPlot()->graphCount(), 5);
        QCOMPARE(race.map()->trail(4)->dataCount(), 5);  // caught up
        emit race.racers()->row(1)->removeRequested();
        QCOMPARE(int(race.race().size()), 4);
        QCOMPARE(race.racers()->count(), 4);
        QCOMPARE(race.map()->trailCount(), 4);
    }

    void batchPanelComparesBatchSizes() {
        OptimizerRace race;
        race.resize(1000, 700);
        race.show();
        race.tabs()->setCurrentIndex(1);
        BatchRacePanel* panel = race.batchPanel();
        typeValue(panel->miniBatchBox(), QStringLiteral("20"));
        QCOMPARE(panel->race().runner(1).batchSize, 20);
        for (int i = 0; i < 10; ++i) QTest::mouseClick(panel->stepButton(), Qt::LeftButton);
        QCOMPARE(panel->race().steps(), 10);
        QCOMPARE(panel->map()->trail(2)->dataCount(), 11);
        QVERIFY(panel->readout()->text().contains(QStringLiteral("5 updates per epoch")));
        QVERIFY(panel->readout()->text().contains(QStringLiteral("100 updates per epoch")));
        // Per epoch: batch GD made 10 epochs, the mini-batch 2, SGD 0.1.
        panel->axisBox()->setCurrentIndex(1);
        QCOMPARE(panel->lossPlot()->graph(0)->data()->at(10)->key, 10.0);
        QCOMPARE(panel->lossPlot()->graph(1)->data()->at(10)->key, 2.0);
        QVERIFY(std::abs(panel->lossPlot()->graph(2)->data()->at(10)->key - 0.1) < 1e-12);
        // The data plot's lines follow the runners.
        const Point2 p = panel->race().runner(0).racer->position();
        QCOMPARE(panel->dataPlot()->graph(1)->data()->at(0)->value, p.x * panel->dataPlot()->graph(1)->data()->at(0)->key + p.y);
        panel->axisBox()->setCurrentIndex(0);
        panel->stepRace(190);
        saveShot(&race, QStringLiteral("batch_race"));
        QTest::mouseClick(panel->decayBox(), Qt::LeftButton);
        QVERIFY(panel->race().decay());
        QCOMPARE(panel->race().steps(), 0);
        typeValue(panel->learningRateBox(), QStringLiteral("0.02"));
        QCOMPARE(panel->race().learningRate(), 0.02);
        panel->stepRace(300);
        saveShot(&race, QStringLiteral("batch_race_decay"));
    }

    void learningRateColumns() {
        LearningRateExplorer page;
        page.resize(1000, 700);
        page.show();
        const QLocale l;
        // The notes' example at x = 3: alpha 0.1 -> -0.8 (converges), 0.12 -> -1.16 (diverges).
        QCOMPARE(page.xBox()->value(), 3.0);
        QVERIFY(page.header(2)->text().contains(l.toString(-0.8, 'f', 3)));
        QVERIFY(page.header(3)->text().contains(l.toString(-1.16, 'f', 3)));
        QVERIFY(page.header(3)->text().contains(QStringLiteral("diverges")));
        QVERIFY(page.header(2)->text().contains(QStringLiteral("converges")));
        const int steps = page.stepsBox()->value();
        QCOMPARE(page.pathCurve(3)->dataCount(), steps + 1);
        // w - w* grows by 1.16 per step: |w_15 - 2| = 2 * 1.16^15.
        const double last = page.pathCurve(3)->data()->at(steps)->key;
        QVERIFY(std::abs(std::abs(last - 2.0) - 2.0 * std::pow(1.16, steps)) < 1e-9);
        // Typing a new alpha recomputes that column only from the engine's SGD.
        typeValue(page.alphaBox(3), QStringLiteral("0.1"));
        QCOMPARE(page.alphaBox(3)->value(), 0.1);
        QVERIFY(page.header(3)->text().contains(l.toString(-0.8, 'f', 3)));
        QVERIFY(std::abs(page.pathCurve(3)->data()->at(1)->key - (2.0 - 0.8 * (0.0 - 2.0))) < 1e-12);
        QVERIFY(page.lossPlot(3)->graph(0)->data()->at(steps)->value < page.lossPlot(3)->graph(0)->data()->at(0)->value);
        // A smaller x moves the bands: 1/x^2 = 1 for x = 1.
        typeValue(page.xBox(), QStringLiteral("1"));
        QVERIFY(page.header(3)->text().contains(l.toString(0.8, 'f', 3)));
        QVERIFY(page.bandPlot()->itemCount() >= 6);
        typeValue(page.xBox(), QStringLiteral("3"));
        typeValue(page.alphaBox(3), QStringLiteral("0.12"));
        saveShot(&page, QStringLiteral("learning_rate"));
    }

    // Each column's "α" is whole: the label holds the glyph's inked width
    // (wider than its advance) and ends before its spin box begins.
    void learningRateAlphaLabelsAreWhole() {
        LearningRateExplorer page;
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (int i = 0; i < 4; ++i) {
            auto* label = page.findChild<QLabel*>(QStringLiteral("alphaLabel%1").arg(i));
            QVERIFY(label);
            const QRect ink = label->fontMetrics().boundingRect(label->text());
            QVERIFY2(label->width() >= ink.right() + 2, qPrintable(QStringLiteral("%1 < %2").arg(label->width()).arg(ink.right() + 2)));
            QVERIFY(label->geometry().right() + 3 <= page.alphaBox(i)->geometry().left());
        }
    }

    void capacitySlidersChangeTheFit() {
        CapacityExplorer page;
        page.resize(1000, 700);
        page.show();
        QCOMPARE(page.degreeSlider()->value(), 3);
        QCOMPARE(page.coefficientBars()->dataCount(), 4);
        QCOMPARE(page.trainErrorGraph()->dataCount(), CapacityExplorer::kMaxDegree);
        const double fitAt3 = page.fitGraph()->data()->at(50)->value;
        QTest::keyClick(page.degreeSlider(), Qt::Key_End);
        QCOMPARE(page.degreeSlider()->value(), CapacityExplorer::kMaxDegree);
        QCOMPARE(page.coefficientBars()->dataCount(), CapacityExplorer::kMaxDegree + 1);
        QVERIFY(page.fitGraph()->data()->at(50)->value != fitAt3);
        // Degree 15 on 20 points: training error far below validation error.
        const double train15 = page.trainErrorGraph()->data()->at(14)->value;
        const double val15 = page.validationErrorGraph()->data()->at(14)->value;
        QVERIFY(train15 * 10 < val15);
        QCOMPARE(page.zeroMarks()->dataCount(), 0);
        // Strongest L1: every penalised coefficient exactly 0 (marked), the fit a flat line.
        QTest::keyClick(page.l1Slider(), Qt::Key_End);
        QCOMPARE(CapacityExplorer::lambdaFromSlider(page.l1Slider()->value()), 1.0);
        QCOMPARE(page.zeroMarks()->dataCount(), CapacityExplorer::kMaxDegree);
        QVERIFY(page.readout()->text().contains(QStringLiteral("15 of 15")));
        QCOMPARE(page.fitGraph()->data()->at(0)->value, page.fitGraph()->data()->at(300)->value);
        // A moderate L1: some exact zeros, not all; L2 alone: none.
        page.l1Slider()->setValue(35);
        const int some = page.zeroMarks()->dataCount();
        QVERIFY2(some > 0 && some < CapacityExplorer::kMaxDegree, qPrintable(QString::number(some)));
        saveShot(&page, QStringLiteral("capacity_l1"));
        page.l1Slider()->setValue(0);
        QTest::keyClick(page.l2Slider(), Qt::Key_PageUp);
        page.l2Slider()->setValue(35);
        QCOMPARE(page.zeroMarks()->dataCount(), 0);
        QVERIFY(page.validationErrorGraph()->data()->at(14)->value < val15);  // L2 tames degree 15
        // A new sample changes the data.
        const double y0 = page.fitPlot()->graph(2)->data()->at(0)->value;
        QTest::mouseClick(page.newSampleButton(), Qt::LeftButton);
        QVERIFY(page.fitPlot()->graph(2)->data()->at(0)->value != y0);
        page.l2Slider()->setValue(0);
        page.degreeSlider()->setValue(9);
        saveShot(&page, QStringLiteral("capacity"));
    }
};

QTEST_MAIN(TestExplorerPagesB)
#include "tst_explorer_pages_b.moc"
