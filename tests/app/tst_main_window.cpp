// The whole window, offscreen, driven by keys and clicks: Space plays and
// pauses, S steps, Ctrl+Z undoes a data edit, File > Open reports a bad file,
// and a headless run grabs a picture.
#include "playground/DataPanel.h"
#include "playground/DecisionMapView.h"
#include "playground/CanvasLegend.h"
#include "playground/CanvasItems.h"
#include "playground/CanvasPalette.h"
#include "playground/ExperimentDocument.h"
#include "playground/NetworkCanvas.h"
#include "playground/NetworkScene.h"
#include "HeadlessRun.h"
#include "common/LossPlot.h"
#include "MainWindow.h"
#include "TrainingController.h"
#include "TrainingToolBar.h"
#include "WindowWait.h"
#include "experiment/ClassroomControls.h"
#include "playground/HiddenSpaceView.h"
#include "training/HiddenSpaceNames.h"
#include "experiment/ExperimentJson.h"

#include <QCheckBox>
#include <QDialog>
#include <QDockWidget>
#include <QDirIterator>
#include <QLabel>
#include <QMessageBox>
#include <QSlider>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <qcustomplot.h>

using namespace nnlab;
using namespace nnlab::testing;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Never touch the user's settings.
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }

    void init() {
        QString error;
        m_window = readyWindow(&error);
        QVERIFY2(m_window, qPrintable(error));
    }
    void cleanup() {
        m_window->document()->undoStack()->setClean();  // no "save changes?" question
        delete m_window;
    }

    void spacePlaysAndPauses() {
        TrainingController* c = m_window->controller();
        QTest::keyClick(m_window, Qt::Key_Space);
        QVERIFY(c->isPlaying());
        QCOMPARE(m_window->playAction()->text(), tr("&Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(c->latest()->epoch >= 2, 20000);
        QTest::keyClick(m_window, Qt::Key_Space);
        QVERIFY(!c->isPlaying());
        QTRY_VERIFY(!c->latest()->running);
        const auto epoch = c->latest()->epoch;
        QTest::qWait(150);
        QCOMPARE(c->latest()->epoch, epoch);
        // The toolbar and the loss plot show it.
        QVERIFY2(m_window->trainingToolBar()->epochText().contains(TrainingToolBar::formatEpoch(epoch)),
                 qPrintable(m_window->trainingToolBar()->epochText()));
        QCOMPARE(m_window->lossPlot()->history().size(), std::size_t(epoch));
    }

    void stepKeyTrainsOneBatch() {
        TrainingController* c = m_window->controller();
        const auto step = c->latest()->step;
        QTest::keyClick(m_window, Qt::Key_S);
        QTRY_COMPARE(c->latest()->step, step + 1);
        QTest::keyClick(m_window, Qt::Key_R);
        QTRY_COMPARE(c->latest()->step, std::uint64_t(0));
    }

    void undoRedoOfADataEditByKeys() {
        ExperimentDocument* doc = m_window->document();
        auto* circle = m_window->dataPanel()->generatorButton("circle");
        QTest::mouseClick(circle, Qt::LeftButton);
        QCOMPARE(doc->experiment().data.generator, std::string("circle"));
        // The worker follows: its data frame changes to the circle.
        QTRY_VERIFY(m_window->controller()->sentExperiment()->data.generator == "circle");
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->experiment().data.generator, std::string("spiral"));
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->experiment().data.generator, std::string("circle"));
        QVERIFY(m_window->windowTitle().contains(QLatin1Char('*')));
    }

    // ConvNetJS's classify2d: the output map itself takes points. A click on
    // the spiral adds a point of the Draw class (the set becomes drawn points,
    // starting from the points on show), Shift+click the other class,
    // right-click removes the nearest; each is one undo step.
    void clickingTheOutputMapEditsPoints() {
        ExperimentDocument* doc = m_window->document();
        QCOMPARE(doc->experiment().data.generator, std::string("spiral"));
        const int shown = doc->experiment().data.points;
        QCustomPlot* plot = m_window->decisionMap()->plot();
        auto at = [plot](double x1, double x2) {
            return QPoint(int(std::lround(plot->xAxis->coordToPixel(x1))), int(std::lround(plot->yAxis->coordToPixel(x2))));
        };
        const int steps = doc->undoStack()->count();
        const int drawClass = m_window->dataPanel()->drawClass();
        QTest::mouseClick(plot, Qt::LeftButton, {}, at(5.5, 5.5));
        const DataSpec& d = doc->experiment().data;
        QCOMPARE(d.generator, std::string("custom"));
        QCOMPARE(int(d.customPoints.rows()), shown + 1);
        QVERIFY(std::abs(d.customPoints(shown, 0) - 5.5) < 0.1 && std::abs(d.customPoints(shown, 1) - 5.5) < 0.1);
        QCOMPARE(int(d.customTargets(shown, 0)), drawClass);
        QCOMPARE(doc->undoStack()->count(), steps + 1);

        QTest::mouseClick(plot, Qt::LeftButton, Qt::ShiftModifier, at(-5.5, 5.5));
        QCOMPARE(int(doc->experiment().data.customPoints.rows()), shown + 2);
        QCOMPARE(int(doc->experiment().data.customTargets(shown + 1, 0)), (drawClass + 1) % 2);

        QTest::mouseClick(plot, Qt::RightButton, {}, at(5.5, 5.5));
        QCOMPARE(int(doc->experiment().data.customPoints.rows()), shown + 1);
        QVERIFY(std::abs(doc->experiment().data.customPoints(shown, 0) + 5.5) < 0.1);  // the Shift one is left
        QCOMPARE(doc->undoStack()->count(), steps + 3);
        // The worker trains on the edited points.
        QTRY_VERIFY(m_window->controller()->sentExperiment()->data.customPoints.rows() == shown + 1);

        for (int i = 0; i < 3; ++i) QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->experiment().data.generator, std::string("spiral"));
    }

    // Playground's Discretize applies to every map: the output map's box also
    // splits the neuron pictures on the canvas into two colours, and the
    // canvas's colour legend says so.
    void discretizeAppliesToTheThumbnails() {
        auto* scene = static_cast<NetworkScene*>(m_window->networkCanvas()->scene());
        QTRY_VERIFY(scene->neuron(0, 0) && !scene->neuron(0, 0)->thumbnail().isNull());
        auto colours = [scene] {
            QSet<QRgb> seen;
            for (int n = 0; n < 4; ++n) {
                const QImage& img = scene->neuron(0, n)->thumbnail();
                for (int y = 0; y < img.height(); ++y)
                    for (int x = 0; x < img.width(); ++x) seen.insert(img.pixel(x, y));
            }
            return seen;
        };
        QVERIFY(colours().size() > 3);  // shaded
        auto* legend = m_window->networkCanvas()->findChild<CanvasLegend*>(QStringLiteral("colourLegend"));
        QVERIFY(legend && legend->isVisible());
        QVERIFY(!legend->discretized());
        QCheckBox* box = nullptr;
        for (QCheckBox* b : m_window->decisionMap()->findChildren<QCheckBox*>())
            if (b->text() == tr("Discretize")) box = b;
        QVERIFY(box);
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(m_window->decisionMap()->isDiscretized());
        const QSet<QRgb> two = colours();
        QSet<QRgb> allowed{CanvasPalette::kPositive.rgb(), CanvasPalette::kNegative.rgb(), CanvasPalette::kZero.rgb()};
        QVERIFY2(two.size() <= 3 && allowed.contains(two), qPrintable(QString::number(two.size())));
        QVERIFY(legend->discretized());
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(colours().size() > 3);
    }

    void openAndSaveFiles() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.json"));
        Experiment e = defaultExperiment();
        e.data.generator = "xor";
        writeExperimentFile(e, path.toStdString());
        QVERIFY(openAndWait(*m_window, path));
        QCOMPARE(m_window->document()->experiment().data.generator, std::string("xor"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("e.json")));
        QTRY_VERIFY(m_window->controller()->latestData() &&
                    m_window->controller()->latest()->lastAppliedCommand >= m_window->controller()->lastSentCommand());

        // A bad file: a message box (that does not block) names the field; the experiment stays.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        nlohmann::json j = experimentToJson(defaultExperiment());
        j["optimizer"]["name"] = "adamm";
        f.write(QByteArray::fromStdString(j.dump()));
        f.close();
        QString error;
        QVERIFY(!openAndWait(*m_window, bad, &error));
        QVERIFY2(error.contains(QStringLiteral("adamm")), qPrintable(error));
        const QString shown = fileProblem(*m_window);
        QVERIFY2(shown.contains(QStringLiteral("optimizer")) && shown.contains(QStringLiteral("adamm")), qPrintable(shown));
        QCOMPARE(m_window->document()->experiment().data.generator, std::string("xor"));

        const QString saved = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(saveAndWait(*m_window, saved));
        QCOMPARE(readExperimentFile(saved.toStdString()).data.generator, std::string("xor"));
    }

    void headlessRunGrabsTheWindow() {
        QString error;
        QVERIFY2(trainAndWait(*m_window, 50, 20000, &error), qPrintable(error));
        QVERIFY(m_window->controller()->latest()->step >= 50);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QVERIFY2(grabWindow(*m_window, png, &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
        // The decision map is drawn: its plot has the 100 x 100 grid.
        QCOMPARE(m_window->decisionMap()->colorMap()->data()->keySize(), 100);
    }

    void speedSliderSlowsTraining() {
        TrainingController* c = m_window->controller();
        QSlider* speed = m_window->trainingToolBar()->speedSlider();
        speed->setValue(3);  // 10 steps per second
        QCOMPARE(c->speed(), 3);
        const auto start = c->latest()->step;
        c->play();
        QTest::qWait(1000);
        c->pause();
        QTRY_VERIFY(!c->latest()->running);
        const auto steps = c->latest()->step - start;
        QVERIFY2(steps >= 3 && steps <= 20, qPrintable(QString::number(steps)));
    }

    // No slot of the window may wait: nothing in app/ runs an event loop of its
    // own or pumps events (as fetchState once did on every save). main.cpp and
    // HeadlessRun are the exception: they drive the window before exec()
    // (--screenshot, --train-steps) and from tests, never from a slot.
    // TensorFlow Playground's "use it in classroom": the teacher hides
    // controls through View > Hide Controls for the Class; the choice is one
    // undo step, saved with the experiment, and does not touch the run.
    void teacherHidesControlsForTheClass() {
        ExperimentDocument* doc = m_window->document();
        auto* action = m_window->findChild<QAction*>(QStringLiteral("classroomAction"));
        QVERIFY(action);
        auto* noise = m_window->dataPanel()->findChild<QSlider*>(QStringLiteral("noise"));
        QVERIFY(noise && noise->isVisibleTo(m_window));
        auto* layerDock = m_window->findChild<QDockWidget*>(QStringLiteral("layerDock"));
        QVERIFY(layerDock);
        const bool layerDockShown = layerDock->isVisibleTo(m_window);
        const auto plusButtons = [this] {
            int shown = 0;
            for (QGraphicsItem* item : m_window->networkCanvas()->scene()->items())
                if (auto* o = dynamic_cast<QGraphicsObject*>(item); o && o->objectName().startsWith("addNeuron"))
                    shown += o->isVisible() ? 1 : 0;
            return shown;
        };
        QVERIFY(plusButtons() > 0);
        QTest::keyClick(m_window, Qt::Key_S);
        QTRY_COMPARE(m_window->controller()->latest()->step, std::uint64_t(1));

        action->trigger();
        auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("classroomDialog"));
        QVERIFY(dialog && dialog->isVisible());
        if (const QString shots = qEnvironmentVariable("NNLAB_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/classroom_dialog.png"));
        // Every control the file format knows has a box, and something in the
        // window answers to it (the canvas draws its own +/- buttons).
        for (const std::string& name : classroomControlNames()) {
            QVERIFY2(dialog->findChild<QCheckBox*>(QString::fromStdString("hide_" + name)), name.c_str());
            if (name == "network_shape") continue;
            bool marked = false;
            for (QObject* o : m_window->findChildren<QObject*>())
                marked = marked || o->property("nnlabClassroomControl").toString() == QString::fromStdString(name);
            QVERIFY2(marked, name.c_str());
        }
        for (const char* name : {"play", "noise", "network_shape", "layer_settings", "learning_rate"}) {
            auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("hide_") + QLatin1String(name));
            QVERIFY2(box, name);
            box->setChecked(true);
        }
        const int undoBefore = doc->undoStack()->count();
        dialog->accept();
        QCOMPARE(doc->undoStack()->count(), undoBefore + 1);
        const std::vector<std::string> hidden = {"layer_settings", "learning_rate", "network_shape", "noise", "play"};
        QVERIFY(doc->experiment().hiddenControls == hidden);
        QVERIFY(!m_window->playAction()->isVisible());
        QVERIFY(!noise->isVisibleTo(m_window));
        QVERIFY(!layerDock->isVisibleTo(m_window));
        QCOMPARE(plusButtons(), 0);
        QVERIFY(action->text().contains(QLatin1String("5")));
        // Not a change of the run: the trained step is kept, nothing is reset.
        QTest::qWait(100);
        QCOMPARE(m_window->controller()->latest()->step, std::uint64_t(1));

        // Saved with the file and read back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.json"));
        writeExperimentFile(doc->experiment(), path.toStdString());
        QVERIFY(readExperimentFile(path.toStdString()).hiddenControls == hidden);

        // Undo brings every control back, as its panel had it.
        doc->undoStack()->undo();
        QVERIFY(doc->experiment().hiddenControls.empty());
        QVERIFY(m_window->playAction()->isVisible());
        QVERIFY(noise->isVisibleTo(m_window));
        QCOMPARE(layerDock->isVisibleTo(m_window), layerDockShown);
        QVERIFY(plusButtons() > 0);
    }

    // The hidden-space points cost a forward pass per frame: the worker sends
    // them only while the Hidden space dock is on screen.
    void hiddenSpaceOnlyWhileShown() {
        const auto hasPoints = [this] {
            const auto s = m_window->controller()->latest();
            if (!s) return false;
            for (const Payload& p : s->payload)
                if (p.name == kHiddenSpaceLabels) return true;
            return false;
        };
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("hiddenDock"));
        QVERIFY(dock);
        QTest::keyClick(m_window, Qt::Key_S);
        QTRY_COMPARE(m_window->controller()->latest()->step, std::uint64_t(1));
        QVERIFY(dock->visibleRegion().isEmpty());
        QVERIFY(!hasPoints());
        dock->raise();
        QTRY_VERIFY(hasPoints());
        QTRY_VERIFY(m_window->hiddenSpace()->layerIndex() >= 0);
        m_window->findChild<QDockWidget*>(QStringLiteral("outputDock"))->raise();
        QTest::keyClick(m_window, Qt::Key_S);
        QTRY_COMPARE(m_window->controller()->latest()->step, std::uint64_t(2));
        QVERIFY(!hasPoints());
    }

    void appRunsNoEventLoopOfItsOwn() {
        const QDir app(QStringLiteral(NNLAB_SOURCE_DIR "/app"));
        QVERIFY(app.exists(QStringLiteral("MainWindow.cpp")));
        QDirIterator it(app.path(), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = app.relativeFilePath(path);
            if (name.startsWith(QLatin1String("cli/")) || name.startsWith(QLatin1String("HeadlessRun.")) ||
                name == QLatin1String("main.cpp"))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (const char* banned : {"QEventLoop", "processEvents(", "QThread::msleep", "waitForFinished("})
                QVERIFY2(!text.contains(QLatin1String(banned)), qPrintable(name + QStringLiteral(": ") + QLatin1String(banned)));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

private:
    MainWindow* m_window = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
