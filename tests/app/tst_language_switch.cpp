// The Language menu takes effect at once (issue 14, trap 8): the window is
// made again in the new language and keeps the run, the undo stack, the
// unsaved state and the loss history of the one it replaces.
#include "Language.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "WindowWait.h"
#include "common/LossPlot.h"
#include "playground/ExperimentDocument.h"
#include "playground/NetworkCanvas.h"
#include "session/TrainingController.h"

#include <QMenuBar>
#include <QPointer>
#include <QUndoStack>
#include <QtTest>

namespace nnlab {
namespace {

QStringList menuTitles(MainWindow& window) {
    QStringList titles;
    for (QAction* a : window.menuBar()->actions()) titles << a->text();
    return titles;
}

QAction* languageAction(MainWindow& window, const QString& name) {
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text() == name && a->isCheckable()) return a;
    return nullptr;
}

MainWindow* otherMainWindow(const QPointer<MainWindow>& old) {
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<MainWindow*>(w); m && m != old && m->isVisible()) return m;
    return nullptr;
}

}  // namespace

class LanguageSwitchTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language_switch"));
        installTranslators(*qApp, QStringLiteral("en"));
    }

    void switchKeepsTheRunAndItsUndo() {
        QString error;
        QPointer<MainWindow> old = testing::readyWindow(&error);
        QVERIFY2(old, qPrintable(error));
        followLanguageChoices(old);
        QVERIFY(trainAndWait(*old, 300, 20000, &error));
        old->networkCanvas()->setFocus();
        QTest::keyClick(old->networkCanvas(), Qt::Key_Insert);  // add a hidden layer: one undo step
        QTRY_VERIFY(old->controller()->latest() &&
                    old->controller()->latest()->lastAppliedCommand >= old->controller()->lastSentCommand());
        const int undoSteps = old->document()->undoStack()->count();
        QVERIFY(undoSteps > 0);
        const std::size_t layers = old->document()->experiment().network.layers.size();
        const std::size_t historyPoints = old->lossPlot()->history().size();
        QVERIFY(historyPoints > 0);
        const std::uint64_t lastStep = old->lossPlot()->history().back().step;
        QVERIFY(old->files()->isModified());
        ExperimentDocument* document = old->document();
        TrainingController* controller = old->controller();
        QVERIFY(menuTitles(*old).contains(QStringLiteral("&File")));

        QAction* german = languageAction(*old, QStringLiteral("Deutsch"));
        QVERIFY(german);
        german->trigger();
        QTRY_VERIFY(old.isNull());  // the old window went
        MainWindow* next = otherMainWindow(old);
        QVERIFY(next);
        QVERIFY2(menuTitles(*next).contains(QStringLiteral("&Datei")), qPrintable(menuTitles(*next).join(QLatin1Char(' '))));
        QCOMPARE(next->document(), document);
        QCOMPARE(next->controller(), controller);
        QCOMPARE(next->document()->undoStack()->count(), undoSteps);
        QCOMPARE(next->document()->experiment().network.layers.size(), layers);
        QVERIFY(next->files()->isModified());
        // The whole loss history, not only what the next frame brings.
        QTRY_VERIFY(next->lossPlot()->history().size() >= historyPoints);
        QVERIFY(next->lossPlot()->history().back().step >= lastStep);

        // Undo goes on working in the new window, on the same stack.
        next->document()->undoStack()->undo();
        QCOMPARE(next->document()->experiment().network.layers.size(), layers - 1);

        // And back to English, again at once.
        QAction* english = languageAction(*next, QStringLiteral("English"));
        QVERIFY(english);
        QPointer<MainWindow> second = next;
        english->trigger();
        QTRY_VERIFY(second.isNull());
        MainWindow* third = otherMainWindow(second);
        QVERIFY(third);
        QVERIFY(menuTitles(*third).contains(QStringLiteral("&File")));
        QCOMPARE(third->document()->undoStack()->index(), undoSteps - 1);
        delete third;
    }
};

}  // namespace nnlab

QTEST_MAIN(nnlab::LanguageSwitchTest)
#include "tst_language_switch.moc"
