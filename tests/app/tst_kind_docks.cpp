// The docks that have nothing to say about the open experiment leave the tab
// bars (a class at 1024x768 sees only what applies) and come back with an
// experiment they speak about; a dock the user closed stays closed, and Reset
// Layout shows what applies.
#include "KindDocks.h"
#include "MainWindow.h"
#include "WindowWait.h"
#include "playground/ExperimentDocument.h"

#include <QAction>
#include <QDockWidget>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QtTest>

using namespace nnlab;

namespace {

const QString kExamples = QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/");

}  // namespace

class TestKindDocks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eachKindShowsItsDocks() {
        auto window = testing::isolatedWindow(m_dir.filePath(QStringLiteral("recovery")));
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // The playground: its plane, no game, no images, no sequences.
        QVERIFY(open(*window, "default.json"));
        expectOpen(*window, {"dataDock", "trainingDock", "layerDock", "outputDock", "lossDock", "healthDock", "hiddenDock"});
        expectClosed(*window, {"gameDock", "adversarialDock", "imagesDock", "lookInsideDock", "sequenceDock", "textDock"});

        // The student closes Hidden space; it must stay closed through other kinds.
        dock(*window, "hiddenDock")->close();

        QVERIFY(open(*window, "gan-gaussians.json"));
        expectOpen(*window, {"gameDock", "adversarialDock", "trainingDock", "lossDock"});
        expectClosed(*window, {"dataDock", "layerDock", "outputDock", "healthDock", "initDock", "imagesDock"});
        // The middle would hold only a note: its width goes to the game's docks.
        QTRY_VERIFY(window->centralWidget()->width() <= 10);
        // The game's settings are never cut at the right (their scroll area does
        // not scroll sideways): the viewport is as wide as the rows need.
        auto* gameArea = qobject_cast<QScrollArea*>(window->findChild<QDockWidget*>(QStringLiteral("gameDock"))->widget());
        QVERIFY(gameArea);
        QTRY_VERIFY2(gameArea->viewport()->width() >= gameArea->widget()->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 < %2").arg(gameArea->viewport()->width()).arg(gameArea->widget()->minimumSizeHint().width())));

        QVERIFY(open(*window, "digits-cnn.json"));
        QTRY_VERIFY(window->centralWidget()->width() > 200);  // the layer stack
        // The Data dock leaves out the plane's data sets for images.
        QVERIFY(window->findChild<QWidget*>(QStringLiteral("planeDataSets"))->isHidden());
        QVERIFY(window->findChild<QWidget*>(QStringLiteral("classes"))->isHidden());  // the digits have 10, not "2"
        expectOpen(*window, {"dataDock", "layerDock", "imagesDock", "lookInsideDock", "healthDock"});
        expectClosed(*window, {"outputDock", "gameDock", "adversarialDock", "sequenceDock", "hiddenDock"});

        QVERIFY(open(*window, "text-lstm.json"));
        expectOpen(*window, {"sequenceDock", "textDock", "layerDock"});
        expectClosed(*window, {"imagesDock", "lookInsideDock", "outputDock"});

        QVERIFY(open(*window, "adding-lstm.json"));
        expectOpen(*window, {"sequenceDock"});
        expectClosed(*window, {"textDock"});

        QVERIFY(open(*window, "default.json"));
        expectOpen(*window, {"dataDock", "outputDock", "layerDock", "healthDock"});
        expectClosed(*window, {"hiddenDock", "gameDock", "sequenceDock"});
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("planeDataSets"))->isHidden());
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("classes"))->isHidden());

        // Reset Layout: every dock that applies, the closed one too, and still none of the others.
        auto* resetLayout = window->findChild<QAction*>(QStringLiteral("resetLayoutAction"));
        QVERIFY(resetLayout);
        resetLayout->trigger();
        expectOpen(*window, {"hiddenDock", "outputDock"});
        expectClosed(*window, {"gameDock", "imagesDock", "sequenceDock"});
    }

    // A window rebuilt (a language switch) keeps knowing which docks it hid.
    void hiddenDocksGoWithTheLayout() {
        auto window = testing::isolatedWindow(m_dir.filePath(QStringLiteral("recovery2")));
        window->show();
        QVERIFY(open(*window, "gan-gaussians.json"));
        KindDocks* docks = window->findChild<KindDocks*>();
        QVERIFY(docks);
        QVERIFY(docks->hiddenDocks().contains(QStringLiteral("outputDock")));
        QVERIFY(!docks->hiddenDocks().contains(QStringLiteral("gameDock")));
        QVERIFY(!KindDocks::applies(QStringLiteral("outputDock"), window->document()->experiment()));
        QVERIFY(KindDocks::applies(QStringLiteral("lossDock"), window->document()->experiment()));
    }

private:
    static bool open(MainWindow& window, const char* file) {
        QString error;
        const bool ok = testing::openAndWait(window, kExamples + QLatin1String(file), &error);
        if (!ok) qWarning("%s: %s", file, qPrintable(error));
        return ok;
    }
    static QDockWidget* dock(MainWindow& window, const char* name) {
        auto* d = window.findChild<QDockWidget*>(QLatin1String(name));
        if (!d) qFatal("no dock %s", name);
        return d;
    }
    static void expectOpen(MainWindow& window, std::initializer_list<const char*> names) {
        for (const char* name : names) QVERIFY2(!dock(window, name)->isHidden(), name);
    }
    static void expectClosed(MainWindow& window, std::initializer_list<const char*> names) {
        for (const char* name : names) QVERIFY2(dock(window, name)->isHidden(), name);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestKindDocks)
#include "tst_kind_docks.moc"
