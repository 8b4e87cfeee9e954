// An image GAN through the window (issue 12): the "Generator and
// discriminator" dock shows the grids instead of the plane, the loss plot has
// the game's series, a click on a generated image is sent to the worker and
// the next frames' interpolation runs to it; File > Export writes the
// generator as ONNX and the generated images as PNG. NNLAB_SCREENSHOT_DIR set:
// the 1280x800 window is saved there (NNLAB_IMAGE_GAN_FILE: another file, e.g.
// a trained one, for the picture).
#include "MainWindow.h"
#include "workspaces/GameWorkspace.h"
#include "WindowWait.h"
#include "adversarial/AdversarialImageTiles.h"
#include "adversarial/AdversarialImageView.h"
#include "adversarial/AdversarialPlaneView.h"
#include "adversarial/AdversarialSettingsPanel.h"
#include "common/LossPlot.h"
#include "export/ExportMenu.h"
#include "TrainingController.h"

#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace nnlab;

class TestImageGanWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void gridsInTheDock() {
        auto window = testing::isolatedWindow(m_dir.filePath(QStringLiteral("recovery")));
        QString file = qEnvironmentVariable("NNLAB_IMAGE_GAN_FILE");
        if (file.isEmpty()) file = QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/gan-digits.json");
        QString error;
        QVERIFY2(testing::openAndWait(*window, file, &error), qPrintable(error));
        window->controller()->stepBatches(100);
        AdversarialImageView* images = window->game()->images();
        QTRY_VERIFY_WITH_TIMEOUT(images->hasPicture(), 60000);
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("adversarialDock"));
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());
        QTRY_VERIFY(images->isVisible());
        QVERIFY(!window->game()->plane()->isVisible());  // no plane of 784-D points
        // The game's settings hide what speaks of points: the distribution, the pad, the +/- editors.
        AdversarialSettingsPanel* settings = window->game()->settings();
        QVERIFY(settings->findChild<QComboBox*>(QStringLiteral("adversarialDistribution"))->isHidden());
        QVERIFY(settings->findChild<QWidget*>(QStringLiteral("distributionPad"))->isHidden() ||
                settings->findChild<QWidget*>(QStringLiteral("distributionPad"))->parentWidget()->isHidden());
        QCOMPARE(images->generatedTiles()->count(), 64);
        QCOMPARE(images->interpolationTiles()->count(), 10);
        // The same loss and D(x) charts as for points.
        QTRY_VERIFY_WITH_TIMEOUT(!window->lossPlot()->history().empty(), 60000);
        QCOMPARE(QString::fromStdString(window->lossPlot()->series().at(2).key), QStringLiteral("d_real"));

        // A click on image 12: the worker's next frames walk from image 2 to it.
        AdversarialImageTiles* tiles = images->generatedTiles();
        QTest::mouseClick(tiles, Qt::LeftButton, {}, tiles->tileRect(11).center());
        window->controller()->stepBatches(1);
        QTRY_VERIFY_WITH_TIMEOUT(images->interpolationTiles()->count() == 10 &&
                                     images->interpolationTiles()->image(9) == tiles->image(11),
                                 60000);
        QCOMPARE(images->pairFrom(), 1);
        QCOMPARE(images->pairTo(), 11);

        // File > Export: the generator as ONNX, the generated images as PNG.
        WindowExporter& exporter = window->findChild<ExportMenu*>(QStringLiteral("exportMenu"))->exporter();
        bool onnxDone = false, pngDone = false;
        ExportResult onnx, png;
        exporter.writeOnnx(m_dir.filePath(QStringLiteral("g.onnx")), [&](const ExportResult& r) { onnx = r; onnxDone = true; });
        exporter.writeSampleGrid(m_dir.filePath(QStringLiteral("g.png")), [&](const ExportResult& r) { png = r; pngDone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(onnxDone && pngDone, 60000);
        QVERIFY2(onnx.ok, qPrintable(onnx.error));
        QVERIFY2(png.ok, qPrintable(png.error));
        QCOMPARE(QImage(m_dir.filePath(QStringLiteral("g.png"))).size(), QSize(8 * 58 + 2, 8 * 58 + 2));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("g.onnx"))).size() > 100000);  // the 784-pixel layer
        // The grids are a figure of the window.
        bool listed = false;
        for (const WindowFigure& f : exporter.figures()) listed = listed || f.view == images;
        QVERIFY(listed);

        const QString shots = qEnvironmentVariable("NNLAB_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            images->choosePair(4, 29);
            window->controller()->stepBatches(1);
            QTRY_VERIFY_WITH_TIMEOUT(images->interpolationTiles()->image(9) == tiles->image(29), 60000);
            QVERIFY2(grabWindow(*window, shots + QStringLiteral("/image-gan-1280x800.png"), &error), qPrintable(error));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImageGanWindow)
#include "tst_image_gan_window.moc"
