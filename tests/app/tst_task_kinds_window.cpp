// A kind other than supervised in the window: opened from a file, trained by
// the worker, its own named series on the loss plot, the views it cannot feed
// disabled, saved with its run and reopened where it stopped; and back to a
// supervised experiment with the playground's views.
#include "MainWindow.h"
#include "workspaces/ImageWorkspace.h"
#include "workspaces/GameWorkspace.h"
#include "WindowWait.h"
#include "common/CounterText.h"
#include "common/LossPlot.h"
#include "common/QuickChoices.h"
#include "experiment/ExperimentJson.h"
#include "adversarial/AdversarialOverview.h"
#include "adversarial/AdversarialPlaneView.h"
#include "adversarial/AdversarialSettingsPanel.h"
#include "adversarial/DistributionPad.h"
#include "tasks/gan/RealDistributions.h"
#include "healthview/VerdictList.h"
#include "playground/ExperimentDocument.h"
#include "TrainingController.h"
#include "images/ConfusionMatrixView.h"
#include "images/ImageResultsPanel.h"
#include "images/ImageTileGrid.h"
#include "playground/DecisionMapView.h"
#include "playground/NetworkCanvas.h"
#include "playground/PlaneUnitsOverlay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QUndoStack>
#include <QLabel>
#include <QTemporaryDir>
#include <qcustomplot.h>
#include <QtTest>

using namespace nnlab;

class TestTaskKindsWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void kohonenLineRunsInTheWindow() {
        auto window = makeWindow();
        const QString file = QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/kohonen-line-spiral.json");
        QString error;
        QVERIFY2(testing::openAndWait(*window, file, &error), qPrintable(error));
        window->controller()->stepBatches(1200);  // 3 epochs of 400 points
        QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->history().size() >= 3, 20000);
        const std::vector<SeriesInfo>& series = window->lossPlot()->series();
        QVERIFY(!series.empty());
        QCOMPARE(QString::fromStdString(series.front().key), QStringLiteral("quantization_error"));
        QCOMPARE(window->lossPlot()->plot()->graph(0)->name(), QStringLiteral("quantization error"));
        QVERIFY(window->lossPlot()->plot()->graph(0)->dataCount() >= 3);
        // No network: the canvas is disabled, not stale. The output map shows the
        // spiral's points with the chain of 40 units over them, and no output.
        QVERIFY(!window->networkCanvas()->isEnabled());
        DecisionMapView* map = window->decisionMap();
        QTRY_VERIFY(map->isEnabled());
        QTRY_COMPARE(map->unitsOverlay().unitCount(), 40);
        QCOMPARE(map->unitsOverlay().linkCount(), 39);
        QVERIFY(!map->colorMap()->visible());
        int points = 0;
        for (int g = 0; g < map->plot()->graphCount(); ++g)
            if (map->plot()->graph(g)->visible() && map->plot()->graph(g)->layer()->name() == QStringLiteral("main"))
                points += map->plot()->graph(g)->dataCount();
        QCOMPARE(points, 400);
        QVERIFY(map->captionText().contains(QStringLiteral("units")));

        // Saved with its run and reopened: the curve comes back and the count goes on.
        const QString saved = m_dir.filePath(QStringLiteral("map.json"));
        QVERIFY(testing::saveAndWait(*window, saved));
        const Experiment written = readExperimentFile(saved.toStdString());
        QCOMPARE(QString::fromStdString(written.kind), QStringLiteral("kohonen_line"));
        QVERIFY(written.run && written.run->epoch >= 3);
        auto again = makeWindow();
        QVERIFY(testing::openAndWait(*again, saved));
        QTRY_COMPARE_WITH_TIMEOUT(again->lossPlot()->history().size(), written.run->history.size(), 20000);

        // A supervised experiment brings the playground's views back.
        const QString supervised = QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/default.json");
        QVERIFY(testing::openAndWait(*window, supervised));
        window->controller()->stepBatches(30);
        QTRY_VERIFY_WITH_TIMEOUT(window->networkCanvas()->isEnabled(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(window->lossPlot()->series().front().key),
                                  QStringLiteral("train_loss"), 20000);
    }

    // Images: the test images with the network's answers, the confusion
    // matrix and the worst mistakes, brought to the front as training starts.
    void imageResultsInTheWindow() {
        auto window = makeWindow();
        QString error;
        QVERIFY2(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/bars_cnn.json"), &error),
                 qPrintable(error));
        window->controller()->stepBatches(40);
        ImageResultsPanel* panel = window->imageViews()->results();
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasResults(), 20000);
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("imagesDock"));
        QVERIFY(dock);
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());  // raised over the empty output map
        // bars_cnn: 400 images, a quarter held out for testing.
        QCOMPARE(panel->confusion()->counts().sum(), 100.0);
        QCOMPARE(int(panel->gallery()->tiles().size()), 36);
        int wrong = 0;
        for (const ImageTileGrid::Tile& t : panel->gallery()->tiles()) {
            QCOMPARE(t.image.size(), QSize(8, 8));
            wrong += t.wrong;
        }
        // The worst mistakes are all wrong; the gallery's wrong ones are among the counted errors.
        for (const ImageTileGrid::Tile& t : panel->mistakes()->tiles()) QVERIFY(t.wrong);
        QVERIFY(wrong <= int(100.0 - panel->confusion()->counts().trace()));
        QVERIFY(panel->summary()->text().contains(QStringLiteral("100")));

        // Back to points of the plane: the panel says what it is for instead of old images.
        QVERIFY(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/default.json")));
        window->controller()->stepBatches(5);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->hasResults(), 20000);
    }

    // A GAN: its samples, the discriminator's map and the gradients in their
    // own dock, brought forward when the first picture comes.
    // The Game settings dock edits the two-player settings from the window:
    // each change is one undo step and reaches the worker's task.
    void gameSettingsInTheWindow() {
        auto window = makeWindow();
        QString error;
        QVERIFY2(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/gan-gaussians.json"), &error),
                 qPrintable(error));
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("gameDock"));
        QVERIFY(dock);
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());  // raised for this kind
        auto* loss = window->game()->settings()->findChild<QComboBox*>(QStringLiteral("adversarialLoss"));
        auto* real = window->game()->settings()->findChild<QComboBox*>(QStringLiteral("adversarialDistribution"));
        QVERIFY(loss && real);
        QCOMPARE(real->currentData().toString(), QStringLiteral("gaussians"));
        ExperimentDocument* doc = window->document();
        const int undoBefore = doc->undoStack()->count();
        loss->setCurrentIndex(loss->findData(QStringLiteral("minimax")));
        QCOMPARE(doc->experiment().kindSection.at("loss").get<std::string>(), std::string("minimax"));
        real->setCurrentIndex(real->findData(QStringLiteral("ring")));
        QCOMPARE(doc->undoStack()->count(), undoBefore + 2);
        QTRY_VERIFY(window->controller()->sentExperiment()->kindSection.at("distribution") == "ring");
        doc->undoStack()->undo();
        QCOMPARE(real->currentData().toString(), QStringLiteral("gaussians"));
        // Every distribution the engine has (but the drawn one) can be picked.
        for (const RealDistributionInfo& d : realDistributionTable())
            if (std::string(d.name) != "drawn") QVERIFY2(real->findData(QString::fromLatin1(d.name)) >= 0, d.name);
        // Draw your own: an empty pad says so and changes nothing; a stroke,
        // once used, is the real data (one undo step) and reaches the worker.
        AdversarialSettingsPanel* panel = window->game()->settings();
        const int beforeDrawing = doc->undoStack()->index();
        panel->useDrawing();
        QVERIFY(!panel->padStatus().isEmpty());
        QCOMPARE(doc->undoStack()->index(), beforeDrawing);
        DistributionPad* pad = panel->pad();
        QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, pad->toWidget(QPointF(-0.5, 0.5)).toPoint());
        for (int k = 1; k <= 20; ++k) {
            QMouseEvent move(QEvent::MouseMove, pad->toWidget(QPointF(-0.5 + 0.05 * k, 0.5)), pad->mapToGlobal(QPointF()),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(pad, &move);
        }
        QVERIFY(pad->points().rows() >= 10);
        panel->useDrawing();
        QCOMPARE(doc->undoStack()->index(), beforeDrawing + 1);
        QCOMPARE(doc->experiment().kindSection.at("distribution").get<std::string>(), std::string("drawn"));
        QCOMPARE(Index(doc->experiment().kindSection.at("points").size()), pad->points().rows());
        QTRY_VERIFY(window->controller()->sentExperiment()->kindSection.at("distribution") == "drawn");
        window->controller()->stepBatches(3);
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->latest() && window->controller()->latest()->step >= 3, 20000);
        doc->undoStack()->undo();
        QCOMPARE(doc->experiment().kindSection.at("distribution").get<std::string>(), std::string("gaussians"));
        // A supervised experiment brings the data back to the front.
        QVERIFY(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/default.json")));
        QTRY_VERIFY(dock->visibleRegion().isEmpty());
    }

    // GAN Lab's details reach the window: the iteration counter follows the
    // worker's frames, the flow arrows march while Play runs, a picture shows
    // the samples where they are (no glide half way), a dot answers the mouse,
    // the picker has its pictures and a listed learning rate reaches the worker.
    void ganLabDetailsInTheWindow() {
        auto window = makeWindow();
        QString error;
        QVERIFY2(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/gan-gaussians.json"), &error),
                 qPrintable(error));
        AdversarialPlaneView* view = window->game()->plane();
        window->controller()->stepBatches(30);
        QTRY_VERIFY_WITH_TIMEOUT(window->controller()->latest() && window->controller()->latest()->step >= 30, 20000);
        QTRY_COMPARE(view->iterationText(), AdversarialPlaneView::tr("Iteration %1").arg(paddedCount(window->controller()->latest()->step)));
        QVERIFY(view->iterationText().contains(paddedCount(30)));

        AdversarialOverview* overview = view->overview();
        QVERIFY(!overview->flowing());
        window->controller()->play();
        QTRY_VERIFY(overview->flowing());
        window->controller()->pause();
        QTRY_VERIFY(!overview->flowing());
        QTRY_VERIFY_WITH_TIMEOUT(!window->controller()->isPlaying(), 5000);

        window->flushViews();  // before File > Export Picture and a headless grab
        AdversarialPlane* plane = view->plane();
        QVERIFY(!plane->gliding());
        QVERIFY(plane->shownFake() == plane->fake());
        QVERIFY(!plane->dotTip(plane->dotCentre(true, 0).toPoint()).isEmpty());  // a generated dot answers

        AdversarialSettingsPanel* panel = window->game()->settings();
        QTRY_COMPARE_WITH_TIMEOUT(panel->thumbnailCount(), int(AdversarialSettingsPanel::distributions().size()), 10000);
        auto* rates = panel->findChild<QuickChoices*>(QStringLiteral("generatorRateChoices"));
        QVERIFY(rates);
        rates->choose(2);  // 0.01
        QTRY_VERIFY(window->controller()->sentExperiment()->kindSection.at("generator_optimizer").at("lr") == 0.01);
    }

    void adversarialPlaneInTheWindow() {
        auto window = makeWindow();
        QString error;
        QVERIFY2(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/gan-gaussian.json"), &error),
                 qPrintable(error));
        window->controller()->stepBatches(20);
        AdversarialPlaneView* view = window->game()->plane();
        QTRY_VERIFY_WITH_TIMEOUT(view->hasPicture(), 20000);
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("adversarialDock"));
        QVERIFY(dock);
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());
        // No stale playground network in the middle: a note says where the pictures are.
        QVERIFY(!window->networkCanvas()->isVisible());
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("noNetworkNote"))->isVisible());
        QCOMPARE(view->plane()->fake().cols(), Index(2));
        QVERIFY(view->plane()->fake().rows() > 0);
        // The generated samples move as G learns.
        const Matrix before = view->plane()->fake();
        window->controller()->stepBatches(50);
        QTRY_VERIFY_WITH_TIMEOUT(view->plane()->fake() != before, 20000);
        QVERIFY(view->layerToggle(QStringLiteral("manifold")));
        view->layerToggle(QStringLiteral("manifold"))->setChecked(true);
        // A supervised run leaves no stale GAN picture behind.
        QVERIFY(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/default.json")));
        window->controller()->stepBatches(5);
        QTRY_VERIFY_WITH_TIMEOUT(!view->hasPicture(), 20000);
        QTRY_VERIFY(window->networkCanvas()->isVisible());
    }

    // The game's verdict in the window: a discriminator far ahead under the
    // minimax loss; its "Try this" changes the loss through the document,
    // named on Edit > Undo, and the run goes on with the new loss.
    void adversarialVerdictTriedInTheWindow() {
        const QString path = m_dir.filePath(QStringLiteral("wins.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan", "seed": 1, "batch_size": 150, "epochs": 60,
            "gan": {"distribution": "line", "loss": "minimax", "discriminator_optimizer": {"name": "adam", "lr": 0.02},
                    "discriminator_steps": 5, "generator_optimizer": {"name": "sgd", "lr": 0.001}, "real_label": 1.0,
                    "generator_steps": 1}})");
        file.close();
        auto window = makeWindow();
        QString error;
        QVERIFY2(testing::openAndWait(*window, path, &error), qPrintable(error));
        window->controller()->stepBatches(250);
        VerdictList* list = window->game()->plane()->verdictList();
        QTRY_VERIFY_WITH_TIMEOUT(!list->verdicts().empty(), 30000);
        QCOMPARE(list->verdicts().front().name, std::string("discriminator_wins"));
        QVERIFY(list->triggerTry(QStringLiteral("discriminator_wins"), QStringLiteral("use_non_saturating")));
        QCOMPARE(window->document()->experiment().kindSection.at("loss").get<std::string>(), std::string("non_saturating"));
        QCOMPARE(window->document()->undoStack()->undoText(), VerdictList::tr("Switch the loss to non-saturating"));
        // Still the same networks: a live change, the run goes on.
        QVERIFY(window->document()->undoStack()->canUndo());
    }

private:
    std::unique_ptr<MainWindow> makeWindow() {
        return testing::isolatedWindow(m_dir.filePath(QStringLiteral("recovery")));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTaskKindsWindow)
#include "tst_task_kinds_window.moc"
