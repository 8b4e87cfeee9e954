// File > Examples: every shipped experiment file (resources/experiments) is
// in the menu with a translatable title, and each action opens its file,
// trained by the worker, with no path (Save asks where).
#include "ExamplesMenu.h"
#include "MainWindow.h"
#include "WindowWait.h"
#include "document/DocumentFiles.h"
#include "healthview/LessonsMenu.h"
#include "playground/ExperimentDocument.h"
#include "session/TrainingController.h"

#include <QDir>
#include <QMenu>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace nnlab;

class TestExamplesMenu : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_examples_menu"));
        QString error;
        m_window = testing::readyWindow(&error);
        QVERIFY2(m_window, qPrintable(error));
    }
    void cleanupTestCase() {
        m_window->document()->undoStack()->setClean();
        delete m_window;
    }

    void everyShippedFileIsInTheMenu() {
        QStringList listed;
        for (const ExampleInfo& e : exampleTable()) listed << QString::fromLatin1(e.file) + QStringLiteral(".json");
        for (const QString& file : QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.json")})) {
            Experiment experiment;
            QString error;
            QVERIFY2(readLesson(QStringLiteral(":/examples/") + file, &experiment, &error), qPrintable(error));
            // A CSV example names a file next to it, which an embedded copy does not have.
            if (experiment.data.generator == "csv") continue;
            QVERIFY2(listed.contains(file), qPrintable(file + QStringLiteral(" is shipped but not in File > Examples")));
        }
        for (const QString& file : listed)
            QVERIFY2(QFile::exists(QStringLiteral(":/examples/") + file), qPrintable(file + QStringLiteral(" is in the menu but not shipped")));
        QMenu* menu = m_window->findChild<QMenu*>(QStringLiteral("examplesMenu"));
        QVERIFY(menu);
        for (const ExampleInfo& e : exampleTable())
            QVERIFY(menu->findChild<QAction*>(QStringLiteral("example_") + QString::fromLatin1(e.file)));
    }

    void eachActionOpensItsExample_data() {
        QTest::addColumn<QString>("file");
        for (const ExampleInfo& e : exampleTable()) QTest::newRow(e.file) << QString::fromLatin1(e.file);
    }
    void eachActionOpensItsExample() {
        QFETCH(QString, file);
        Experiment expected;
        QString error;
        QVERIFY2(readLesson(QStringLiteral(":/examples/%1.json").arg(file), &expected, &error), qPrintable(error));
        if (expected.data.generator == "fashion_mnist")
            QSKIP("reads 70,000 images (about 1.3 GB): tst_experiment trains these files on a subset");
        QAction* a = m_window->findChild<QMenu*>(QStringLiteral("examplesMenu"))->findChild<QAction*>(QStringLiteral("example_") + file);
        QVERIFY(a);
        QSignalSpy failed(m_window->files(), &DocumentFiles::openFailed);
        a->trigger();
        // The document follows only once the worker has built the example's task.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->experiment().title, expected.title, 20000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_window->document()->experiment().network.layers.size(), expected.network.layers.size());
        QVERIFY(m_window->files()->filePath().isEmpty());
        QVERIFY(!m_window->files()->isModified());  // nothing to ask about before the next one
    }

private:
    MainWindow* m_window = nullptr;
};

QTEST_MAIN(TestExamplesMenu)
#include "tst_examples_menu.moc"
