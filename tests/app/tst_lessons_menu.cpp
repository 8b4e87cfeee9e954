// The Lessons menu of the window, offscreen: an action per embedded lesson
// file, each opens its experiment (title, layers), shows the Gradient health
// dock, and leaves no path behind (Save must ask where). The initialisation
// dock follows the opened experiment.
#include "playground/ExperimentDocument.h"
#include "healthview/GradientHealthPanel.h"
#include "HeadlessRun.h"
#include "healthview/InitializationView.h"
#include "healthview/LessonsMenu.h"
#include "MainWindow.h"
#include "healthview/VerdictList.h"
#include "document/DocumentFiles.h"
#include "health/Lessons.h"

#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace nnlab;

class TestLessonsMenu : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessons_menu"));
        m_window = new MainWindow(MainWindow::Options{false});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanupTestCase() {
        m_window->document()->undoStack()->setClean();
        delete m_window;
    }

    void menuSitsBeforeLanguage() {
        QMenu* lessons = m_window->findChild<QMenu*>(QStringLiteral("lessonsMenu"));
        QVERIFY(lessons);
        const QList<QAction*> top = m_window->menuBar()->actions();
        const int at = int(top.indexOf(lessons->menuAction()));
        QVERIFY(at > 0);
        QVERIFY(top.at(at - 1)->menu() && top.at(at - 1)->menu()->title().contains(QStringLiteral("xplore")));
        QVERIFY(top.at(at + 1)->menu() && top.at(at + 1)->menu()->title().contains(QStringLiteral("anguage")));
    }

    void everyEmbeddedFileHasAnAction() {
        // The files come from the resource, so an installed lab has them too.
        const QStringList files = QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.json")});
        QCOMPARE(files.size(), int(2 * lessonTable().size()));
        QMenu* lessons = m_window->findChild<QMenu*>(QStringLiteral("lessonsMenu"));
        QStringList actions;
        for (QAction* a : lessons->actions())
            if (!a->isSeparator()) {
                actions << a->objectName();
                QVERIFY2(!a->toolTip().isEmpty() && a->toolTip() != a->text(), qPrintable(a->objectName()));
            }
        QCOMPARE(actions.size(), files.size());
        for (const QString& f : files) {
            const QString name = QStringLiteral("lesson_") + QString(f).remove(QStringLiteral(".json")).replace(
                                     QRegularExpression(QStringLiteral("-(broken|fixed)$")), QStringLiteral("_\\1"));
            QVERIFY2(actions.contains(name), qPrintable(name));
        }
    }

    void eachActionOpensItsLesson_data() {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("file");
        for (const LessonInfo& l : lessonTable())
            for (const bool fixed : {false, true})
                QTest::newRow(lessonFile(l, fixed).c_str())
                    << QStringLiteral("lesson_%1_%2").arg(QString::fromLatin1(l.name), fixed ? QStringLiteral("fixed") : QStringLiteral("broken"))
                    << QString::fromStdString(lessonFile(l, fixed));
    }
    void eachActionOpensItsLesson() {
        QFETCH(QString, action);
        QFETCH(QString, file);
        Experiment expected;
        QString error;
        QVERIFY2(readLesson(QStringLiteral(":/lessons/") + file, &expected, &error), qPrintable(error));
        // Start from something else, so the title has to change.
        QVERIFY2(openAndWait(*m_window,
                             QStringLiteral(NNLAB_SOURCE_DIR "/resources/experiments/") +
                                 QDir(QStringLiteral(NNLAB_SOURCE_DIR "/resources/experiments")).entryList({QStringLiteral("*.json")}).first(),
                             20000, &error),
                 qPrintable(error));
        QVERIFY(!m_window->windowTitle().contains(QString::fromStdString(expected.title)));
        auto* loss = m_window->findChild<QDockWidget*>(QStringLiteral("lossDock"));
        loss->raise();

        QAction* a = m_window->findChild<QMenu*>(QStringLiteral("lessonsMenu"))->findChild<QAction*>(action);
        QVERIFY(a);
        QSignalSpy opened(m_window->files(), &DocumentFiles::lessonOpened);
        a->trigger();
        QVERIFY(opened.wait(20000));  // once the worker runs the lesson's task
        QCOMPARE(m_window->document()->experiment().title, expected.title);
        QCOMPARE(m_window->document()->experiment().network.layers.size(), expected.network.layers.size());
        QVERIFY2(m_window->windowTitle().startsWith(QString::fromStdString(expected.title)), qPrintable(m_window->windowTitle()));
        QVERIFY(m_window->document()->undoStack()->isClean());
        // The health dock is in front of the Loss tab it shares.
        auto* health = m_window->findChild<QDockWidget*>(QStringLiteral("healthDock"));
        QTRY_VERIFY(!health->visibleRegion().isEmpty());
        QTRY_VERIFY(loss->visibleRegion().isEmpty());
        // The initialisation view shows this net.
        auto* init = m_window->findChild<InitializationView*>();
        QVERIFY(init);
        int hidden = 0;
        for (std::size_t i = 0; i + 1 < expected.network.layers.size(); ++i) hidden += expected.network.layers[i].type == "dense";
        QCOMPARE(init->depth(), hidden);
        QCOMPARE(init->currentInit(), expected.network.layers.front().weightInit);
    }

    void lessonTrainsIntoItsVerdict() {
        QAction* a = m_window->findChild<QMenu*>(QStringLiteral("lessonsMenu"))->findChild<QAction*>(QStringLiteral("lesson_dying-relu_broken"));
        a->trigger();
        QString error;
        QVERIFY2(trainAndWait(*m_window, 400, 60000, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<GradientHealthPanel*>()->verdictList()->verdicts().empty(), 10000);
        bool dead = false;
        for (const Verdict& v : m_window->findChild<GradientHealthPanel*>()->verdictList()->verdicts()) dead = dead || v.name == "dead_relu";
        QVERIFY(dead);
    }

    // Issue 14, traps 3 and 4: Try this is listed in Edit > Undo under the
    // name its button shows, and the dock then shows the new run only; a
    // lesson opened after a trained run starts with an empty dock.
    void tryThisIsNamedAndTheDockFollows() {
        auto* panel = m_window->findChild<GradientHealthPanel*>();
        QVERIFY(panel);
        QAction* a = m_window->findChild<QMenu*>(QStringLiteral("lessonsMenu"))->findChild<QAction*>(QStringLiteral("lesson_deep-sigmoid_broken"));
        QVERIFY(a);
        // The trained run before asks to be saved: discard it.
        QTimer discard;
        connect(&discard, &QTimer::timeout, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                if (QAbstractButton* b = box->button(QMessageBox::Discard)) b->click();
        });
        discard.start(50);
        QSignalSpy opened(m_window->files(), &DocumentFiles::lessonOpened);
        a->trigger();
        QVERIFY(opened.wait(20000));
        discard.stop();
        // The previous test's trained dying-relu run is gone from the dock.
        QTRY_VERIFY_WITH_TIMEOUT(panel->verdictList()->verdicts().empty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->layerNames().isEmpty() || panel->layerNames().front() == QLatin1String("hidden_1"), 10000);
        QString error;
        QVERIFY2(trainAndWait(*m_window, 400, 60000, &error), qPrintable(error));
        VerdictList* list = panel->verdictList();
        QTRY_VERIFY_WITH_TIMEOUT(list->findChild<QPushButton*>(QStringLiteral("try_vanishing_gradients_use_relu_he")), 10000);
        const QString label = list->findChild<QPushButton*>(QStringLiteral("try_vanishing_gradients_use_relu_he"))->text();
        QVERIFY2(label.contains(QStringLiteral("6 hidden layers")), qPrintable(label));
        QVERIFY(list->triggerTry(QStringLiteral("vanishing_gradients"), QStringLiteral("use_relu_he")));
        QCOMPARE(m_window->document()->undoStack()->undoText(), label);
        QCOMPARE(m_window->document()->experiment().network.layers[0].activation.name, std::string("relu"));
        // The changed network's run replaces the old verdict and curves.
        QTRY_VERIFY_WITH_TIMEOUT(panel->verdictList()->verdicts().empty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::isnan(panel->verdictRatio()), 10000);
        m_window->document()->undoStack()->undo();
        m_window->document()->undoStack()->setClean();
    }

private:
    MainWindow* m_window = nullptr;
};

QTEST_MAIN(TestLessonsMenu)
#include "tst_lessons_menu.moc"
