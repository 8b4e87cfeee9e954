// Character-level text in the window (issue 13): the Text example trains on
// the worker and the Generated text dock shows what it writes after some
// steps; the temperature slider reaches the worker (the next sample is made at
// the new temperature); File > Open Text File is one undoable edit, and a
// file that is not UTF-8 is refused with its name, the experiment unchanged.
#include "MainWindow.h"
#include "workspaces/SequenceWorkspace.h"
#include "WindowWait.h"
#include "playground/ExperimentDocument.h"
#include "session/TrainingController.h"
#include "text/GeneratedTextView.h"

#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSlider>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace nnlab;

class TestTextWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theDockShowsGeneratedTextAsItTrains() {
        auto window = makeWindow();
        QDockWidget* dock = window->findChild<QDockWidget*>(QStringLiteral("textDock"));
        QVERIFY(dock);
        GeneratedTextView* view = window->sequenceViews()->text();
        QVERIFY(view->shownSamples().isEmpty());
        QString error;
        QVERIFY2(testing::openAndWait(*window, QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/text-lstm.json"), &error),
                 qPrintable(error));
        window->controller()->stepBatches(120);
        QTRY_VERIFY_WITH_TIMEOUT(view->shownSamples().size() >= 2, 60000);
        QTRY_VERIFY(dock->isVisible());
        const QString sample = view->shownSamples().front();
        QVERIFY2(sample.startsWith(QStringLiteral("the ")), qPrintable(sample));  // the seed text, then what it wrote
        QVERIFY2(sample.size() > 100, qPrintable(sample));

        QCOMPARE(view->latestTemperature(), 0.7);
        // The slider is sent to the worker: the next sample is made at 0.
        view->temperatureSlider()->setValue(0);
        QTRY_COMPARE_WITH_TIMEOUT(view->latestTemperature(), 0.0, 20000);
        view->seedField()->setText(QStringLiteral("the net"));
        emit view->seedField()->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(view->shownSamples().front().startsWith(QStringLiteral("the net")), 20000);
    }

    void openTextFileIsOneUndoableEdit() {
        auto window = makeWindow();
        const Experiment before = window->document()->experiment();
        const QString path = m_dir.filePath(QStringLiteral("poem.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Stille Nacht, stille Stra\xc3\x9f" "e; der Schnee f\xc3\xa4llt leise.\n"
                "Stille Nacht, stille Stra\xc3\x9f" "e; der Schnee f\xc3\xa4llt leise.\n");
        f.close();
        QVERIFY(window->openTextFilePath(path));
        const Experiment& e = window->document()->experiment();
        QCOMPARE(QString::fromStdString(e.data.generator), QStringLiteral("text"));
        QCOMPARE(QString::fromStdString(e.data.textFile), path);
        QCOMPARE(QString::fromStdString(e.network.layers.front().type), QStringLiteral("lstm"));
        QCOMPARE(e.network.layers.back().units, Index(21));  // the distinct characters, ß and ä one each
        window->document()->undoStack()->undo();
        QCOMPARE(QString::fromStdString(window->document()->experiment().data.generator),
                 QString::fromStdString(before.data.generator));

        const QString latin1 = m_dir.filePath(QStringLiteral("latin1.txt"));
        QFile g(latin1);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("Stra\xdf" "e");
        g.close();
        QVERIFY(!window->openTextFilePath(latin1));
        auto* box = window->findChild<QMessageBox*>(QStringLiteral("textFileProblemBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(latin1 + QStringLiteral(": not UTF-8 text (byte 4")), qPrintable(box->text()));
        box->close();
        QCOMPARE(QString::fromStdString(window->document()->experiment().data.generator),
                 QString::fromStdString(before.data.generator));
    }

private:
    std::unique_ptr<MainWindow> makeWindow() {
        return testing::isolatedWindow(m_dir.filePath(QStringLiteral("recovery")));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTextWindow)
#include "tst_text_window.moc"
