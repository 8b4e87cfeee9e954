// Experiments as files in the window: Save writes settings, drawn points,
// trained weights and history, and Open goes on from them; damaged files
// change nothing; Open Recent keeps its list; autosave and crash recovery;
// a save on a full disk keeps the previous file.
#include "Autosave.h"
#include "WindowWait.h"
#include "playground/ExperimentDocument.h"
#include "HeadlessRun.h"
#include "common/LossPlot.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "RecentFilesMenu.h"
#include "TrainingController.h"
#include "experiment/ExperimentJson.h"
#include "../FileSizeLimit.h"

#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

using namespace nnlab;
using nlohmann::json;
using namespace nnlab::testing;

namespace {

// Answers the next message box with its default (or first) button and keeps its text.
class BoxAnswer : public QObject {
public:
    explicit BoxAnswer(QObject* parent, QMessageBox::ButtonRole role = QMessageBox::AcceptRole) : QObject(parent), m_role(role) {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            text += box->text() + QLatin1Char('\n');
            ++count;
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == m_role) return b->click();
            box->buttons().first()->click();
        });
        timer->start(20);
    }
    QString text;
    int count = 0;

private:
    QMessageBox::ButtonRole m_role;
};

void writeText(const QString& path, const std::string& text) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

// A small quick set of drawn points: two classes in opposite corners.
Experiment drawnExperiment() {
    Experiment e = defaultExperiment();
    e.data.generator = "custom";
    e.data.customPoints.resize(40, 2);
    e.data.customTargets.resize(40, 1);
    for (int i = 0; i < 40; ++i) {
        const double s = i % 2 ? 1.0 : -1.0;
        e.data.customPoints(i, 0) = s * (2.0 + 0.05 * i);
        e.data.customPoints(i, 1) = s * (3.0 - 0.04 * i);
        e.data.customTargets(i, 0) = i % 2;
    }
    e.data.trainRatio = 0.75;  // 30 training points, 3 batches of 10
    e.epochs = 0;
    return e;
}

QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool sameWeights(const WeightSet& a, const WeightSet& b) {
    if (a.size() != b.size()) return false;
    for (const auto& [layer, params] : a) {
        if (!b.count(layer) || b.at(layer).size() != params.size()) return false;
        for (const auto& [name, m] : params)
            if (!b.at(layer).count(name) || b.at(layer).at(name) != m) return false;
    }
    return true;
}

}  // namespace

class TestExperimentFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Never touch the user's settings or recovery files.
        QCoreApplication::setOrganizationName(QStringLiteral("nnlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_experiment_files"));
        RecentFiles().clear();
    }

    void init() {
        QVERIFY(m_dir.isValid());
        m_recovery = m_dir.filePath(QStringLiteral("recovery-%1").arg(++m_count));
    }

    // Save after training, open in a new window: the same weights, history and
    // counters, the drawn points, and the next step continues the count.
    void savedRunGoesOnInANewWindow() {
        QString error;
        auto a = makeWindow();
        a->document()->change(drawnExperiment(), QStringLiteral("draw"));
        QVERIFY2(trainAndWait(*a, 0, 20000, &error), qPrintable(error));
        QVERIFY2(trainAndWait(*a, 13, 20000, &error), qPrintable(error));  // 4 epochs and a bit
        QVERIFY(a->files()->isModified());
        const RunStatePtr before = fetchAndWait(*a->controller());
        QVERIFY(before);
        QCOMPARE(before->step, std::uint64_t(13));
        QCOMPARE(before->epoch, std::uint64_t(4));
        const QString path = m_dir.filePath(QStringLiteral("run.json"));
        QVERIFY(saveAndWait(*a, path));
        QVERIFY(!a->files()->isModified());
        QVERIFY(!a->windowTitle().contains(QLatin1Char('*')));

        const Experiment file = readExperimentFile(path.toStdString());
        QVERIFY(file.weights && file.run);
        QCOMPARE(file.run->history.size(), std::size_t(4));
        QCOMPARE(file.data, drawnExperiment().data);

        auto b = makeWindow();
        QVERIFY(openAndWait(*b, path));
        QVERIFY2(trainAndWait(*b, 0, 20000, &error), qPrintable(error));
        QCOMPARE(b->files()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(b->document()->experiment().data, drawnExperiment().data);
        QVERIFY(!b->document()->experiment().weights);  // the document holds settings, the worker the run
        const RunStatePtr after = fetchAndWait(*b->controller());
        QVERIFY(after);
        QVERIFY(sameWeights(*after->experiment.weights, *before->experiment.weights));
        QCOMPARE(after->history.size(), before->history.size());
        QCOMPARE(after->epoch, before->epoch);
        QCOMPARE(after->step, before->step);
        QTRY_COMPARE(b->lossPlot()->history().size(), std::size_t(4));  // the old curve is drawn
        QVERIFY(!b->files()->isModified());

        // One more batch and one more epoch count on from the saved values.
        QVERIFY2(trainAndWait(*b, 1, 20000, &error), qPrintable(error));
        QCOMPARE(b->controller()->latest()->step, std::uint64_t(14));
        b->controller()->stepEpoch();
        QTRY_COMPARE(b->controller()->latest()->epoch, std::uint64_t(5));
        QTRY_COMPARE(b->lossPlot()->history().size(), std::size_t(5));
        QCOMPARE(b->lossPlot()->history().back().epoch, std::uint64_t(5));
        QVERIFY(b->files()->isModified());
        QVERIFY(b->windowTitle().contains(QLatin1Char('*')));
    }

    // Save returns at once: no event loop waits for the worker (as a 3 s one
    // did); the file is written when the run arrives, then saved() comes.
    void saveReturnsAtOnceAndWritesWhenTheRunArrives() {
        QString error;
        auto w = makeWindow();
        QVERIFY2(trainAndWait(*w, 6, 20000, &error), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("later.json"));
        QSignalSpy saved(w->files(), &DocumentFiles::saved);
        w->files()->saveFile(path);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY(w->files()->isModified());
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!w->files()->isModified());
        QCOMPARE(readExperimentFile(path.toStdString()).run->step, std::uint64_t(6));
    }

    void damagedFileChangesNothing_data() {
        QTest::addColumn<QString>("text");      // the file; empty: a trained file with bad weights
        QTest::addColumn<QString>("expected");  // in the message
        QTest::newRow("not json") << "{\"format\": \"nnlab-experiment\", " << "is not JSON: line 1, column";
        QTest::newRow("foreign json") << "{\"name\": \"a shopping list\", \"items\": [1, 2]}" << "network: missing";
        QTest::newRow("bad history row") << "run" << "run.history[1].train_loss";
        QTest::newRow("weights of another network") << "weights" << "weights.dense_1.W: expected";
    }

    void damagedFileChangesNothing() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        auto w = makeWindow();
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        Experiment e = drawnExperiment();
        e.title = "good";
        writeExperimentFile(e, good.toStdString());
        QVERIFY(openAndWait(*w, good));
        QVERIFY2(trainAndWait(*w, 0, 20000, &error), qPrintable(error));
        QVERIFY2(trainAndWait(*w, 7, 20000, &error), qPrintable(error));
        const RunStatePtr before = fetchAndWait(*w->controller());
        QVERIFY(before);
        const json documentBefore = experimentToJson(w->document()->experiment());

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        if (text == QLatin1String("run") || text == QLatin1String("weights")) {
            Experiment trained = before->experiment;
            trained.run = runRecordOf(*before);
            json j = experimentToJson(trained);
            if (text == QLatin1String("run")) {
                j["run"]["history"] = json::array({{{"epoch", 1}, {"step", 3}, {"train_loss", 0.5}, {"test_loss", 0.5},
                                                     {"train_metric", 0.5}, {"test_metric", 0.5}, {"lr", 0.03}},
                                                    {{"epoch", 2}, {"step", 6}, {"train_loss", "0.4"}, {"test_loss", 0.4},
                                                     {"train_metric", 0.5}, {"test_metric", 0.5}, {"lr", 0.03}}});
            } else {
                j["weights"]["dense_1"]["W"] = json::array({json::array({1.0, 2.0})});  // 1 x 2, not 8 x 7
            }
            writeText(bad, j.dump());
        } else {
            writeText(bad, text.toStdString());
        }
        QSignalSpy opened(w->files(), &DocumentFiles::opened);
        QSignalSpy failed(w->files(), &DocumentFiles::openFailed);
        w->files()->openFile(bad);
        // The worker tries to build the task; nothing changes until it answers.
        QVERIFY(failed.count() == 1 || failed.wait(20000));
        QCOMPARE(opened.count(), 0);
        QVERIFY2(failed.at(0).at(1).toString().contains(expected), qPrintable(failed.at(0).at(1).toString()));
        const QString shown = fileProblem(*w);
        QVERIFY2(shown.contains(expected) && shown.contains(QStringLiteral("bad.json")), qPrintable(shown));

        // The document, its path, the worker's settings and its run are as they were.
        QCOMPARE(experimentToJson(w->document()->experiment()), documentBefore);
        QCOMPARE(w->files()->filePath(), QFileInfo(good).absoluteFilePath());
        QCOMPARE(w->controller()->sentExperiment()->title, std::string("good"));
        const RunStatePtr after = fetchAndWait(*w->controller());
        QVERIFY(after);
        QCOMPARE(after->step, before->step);
        QVERIFY(sameWeights(*after->experiment.weights, *before->experiment.weights));
        QCOMPARE(after->experiment.data, before->experiment.data);
    }

    void recentFilesKeepOrderAndLimit() {
        RecentFiles recent;
        recent.clear();
        QSignalSpy changed(&recent, &RecentFiles::changed);
        for (int i = 0; i < RecentFiles::kMax + 3; ++i) recent.add(m_dir.filePath(QStringLiteral("f%1.json").arg(i)));
        QCOMPARE(changed.count(), RecentFiles::kMax + 3);
        QStringList files = recent.files();
        QCOMPARE(files.size(), RecentFiles::kMax);
        QCOMPARE(files.first(), m_dir.filePath(QStringLiteral("f10.json")));  // newest first
        QCOMPARE(files.last(), m_dir.filePath(QStringLiteral("f3.json")));    // the oldest went
        // Opening one again moves it to the front, once.
        recent.add(m_dir.filePath(QStringLiteral("f5.json")));
        files = recent.files();
        QCOMPARE(files.size(), RecentFiles::kMax);
        QCOMPARE(files.first(), m_dir.filePath(QStringLiteral("f5.json")));
        QCOMPARE(files.count(m_dir.filePath(QStringLiteral("f5.json"))), 1);
        // A relative spelling is the same file.
        QDir::setCurrent(m_dir.path());
        recent.add(QStringLiteral("f7.json"));
        QCOMPARE(recent.files().first(), m_dir.filePath(QStringLiteral("f7.json")));
        QCOMPARE(recent.files().count(m_dir.filePath(QStringLiteral("f7.json"))), 1);
        recent.remove(m_dir.filePath(QStringLiteral("f7.json")));
        QVERIFY(!recent.files().contains(m_dir.filePath(QStringLiteral("f7.json"))));
        // Another object (another window) sees the same list.
        QCOMPARE(RecentFiles().files(), recent.files());
        recent.clear();
        QVERIFY(recent.files().isEmpty());
    }

    void openRecentRemovesMissingFiles() {
        auto w = makeWindow();
        w->files()->recentFiles()->clear();
        const QString one = m_dir.filePath(QStringLiteral("one.json"));
        const QString two = m_dir.filePath(QStringLiteral("two.json"));
        writeExperimentFile(drawnExperiment(), one.toStdString());
        writeExperimentFile(defaultExperiment(), two.toStdString());
        QVERIFY(openAndWait(*w, one));
        QVERIFY(openAndWait(*w, two));
        QCOMPARE(w->files()->recentFiles()->files(), QStringList({two, one}));
        // The menu: two files, a separator and Clear List, in that order.
        w->recentFilesMenu()->rebuild();
        const QList<QAction*> actions = w->recentFilesMenu()->actions();
        QCOMPARE(actions.size(), 4);
        QVERIFY(actions[0]->text().contains(QStringLiteral("two.json")));
        QCOMPARE(actions[0]->toolTip(), two);
        QVERIFY(actions[1]->text().contains(QStringLiteral("one.json")));
        actions[1]->trigger();
        QTRY_COMPARE(w->files()->filePath(), one);
        QCOMPARE(w->files()->recentFiles()->files().first(), one);

        QFile::remove(two);
        QSignalSpy failed(w->files(), &DocumentFiles::openFailed);
        w->files()->openRecentFile(two);
        QCOMPARE(failed.count(), 1);
        const QString shown = fileProblem(*w);
        QVERIFY2(shown.contains(QStringLiteral("two.json")), qPrintable(shown));
        QCOMPARE(w->files()->recentFiles()->files(), QStringList({one}));
        QCOMPARE(w->files()->filePath(), one);  // nothing else changed

        w->recentFilesMenu()->rebuild();
        w->recentFilesMenu()->actions().last()->trigger();  // Clear List
        QVERIFY(w->files()->recentFiles()->files().isEmpty());
    }

    // ---- nothing lost --------------------------------------------------------

    // Save on a full disk (a file-size limit: writes past 100 bytes fail with
    // EFBIG, as they would with ENOSPC): the previous file is intact, no
    // temporary file is left, and the message gives the system's reason.
    void saveOnFullDiskKeepsThePreviousFile() {
        QString error;
        auto w = makeWindow();
        const QString path = m_dir.filePath(QStringLiteral("full-disk.json"));
        QVERIFY(saveAndWait(*w, path));
        const QByteArray before = readBytes(path);
        QVERIFY(before.size() > 100);
        QVERIFY2(trainAndWait(*w, 4, 20000, &error), qPrintable(error));
        QSignalSpy failed(w->files(), &DocumentFiles::saveFailed);
        {
            nnlab::test::FileSizeLimit full(100);
            QVERIFY(full.active());
            w->files()->saveFile(path);
            QVERIFY(failed.count() > 0 || failed.wait(20000));
        }
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(QString::fromUtf8(std::strerror(EFBIG))), qPrintable(message));
        QVERIFY2(fileProblem(*w).contains(QString::fromUtf8(std::strerror(EFBIG))), "the message box lacks the reason");
        QCOMPARE(readBytes(path), before);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("full-disk.json*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList({QStringLiteral("full-disk.json")}));
        QVERIFY(w->files()->isModified());  // the run is still unsaved
    }

    // The first unsaved change is autosaved within the first delay, long
    // before the interval: a window killed in its first minute has it.
    void firstChangeIsAutosavedSoon() {
        QString error;
        auto w = makeWindow(300);
        QVERIFY2(trainAndWait(*w, 0, 20000, &error), qPrintable(error));
        QVERIFY(!w->files()->isModified());
        QTest::qWait(600);
        QVERIFY(!w->files()->autosave()->hasFile());  // nothing to keep: nothing written
        w->document()->change(drawnExperiment(), QStringLiteral("draw"));
        QVERIFY(w->files()->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(w->files()->autosave()->hasFile(), 10000);
        const std::optional<Recovery> r = Autosave::read(w->files()->autosave()->sessionFile(), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->experiment.data, drawnExperiment().data);
    }

    // A session killed before its first autosave leaves a lock and no
    // recovery file, one killed while writing a temporary file: the next
    // start removes both; a live session's lock and temporary file, and a
    // crashed session's recovery file (offered back), stay.
    void killedSessionLocksAreRemoved() {
        QVERIFY(QDir().mkpath(m_recovery));
        const QString dead = QDir(m_recovery).filePath(QStringLiteral("recovery-7-7.json.lock"));
        writeText(dead, "999999999\nnnlab\n" + QSysInfo::machineHostName().toStdString() + "\n");
        QLockFile live(QDir(m_recovery).filePath(QStringLiteral("recovery-8-8.json.lock")));
        QVERIFY(live.tryLock(0));
        const QString crashed = QDir(m_recovery).filePath(QStringLiteral("recovery-9-9.json"));
        writeText(crashed, "{}");
        writeText(crashed + QStringLiteral(".lock"), "999999999\nnnlab\n" + QSysInfo::machineHostName().toStdString() + "\n");
        // A write cut short by the kill, and one of this (running) process.
        const QString cut = QDir(m_recovery).filePath(QStringLiteral("recovery-7-7.json.part-999999999-1"));
        writeText(cut, "{\"format\": \"nnlab-rec");
        const QString writing = QDir(m_recovery).filePath(
            QStringLiteral("recovery-8-8.json.part-%1-1").arg(QCoreApplication::applicationPid()));
        writeText(writing, "{");
        Autosave now(m_recovery);
        QVERIFY(!QFile::exists(dead));
        QVERIFY(!QFile::exists(cut));
        QVERIFY(QFile::exists(writing));
        QFile::remove(writing);
        QVERIFY(QFile::exists(live.fileName()));
        QCOMPARE(now.orphans(), QStringList({crashed}));
        Autosave::remove(crashed);
        live.unlock();
    }

    // ---- autosave and recovery --------------------------------------------

    void autosaveFileReadsBack() {
        Experiment e = drawnExperiment();
        e.weights = WeightSet{{"dense_1", {{"b", Matrix::Constant(1, 8, 0.25)}}}};
        HistoryPoint point;
        point.epoch = 1;
        point.step = 4;
        point.values = {0.7, 0.71, 0.5, 0.5, 0.03};
        e.run = RunRecord{12, 3, {"train_loss", "test_loss", "train_metric", "test_metric", "lr"}, {point}};
        QString error;
        QString file;
        {
            Autosave save(m_recovery);
            QVERIFY(!save.hasFile());
            QVERIFY2(save.write(e, QStringLiteral("/somewhere/e.json"), &error), qPrintable(error));
            QVERIFY(save.hasFile());
            file = save.sessionFile();
            const std::optional<Recovery> r = Autosave::read(file, &error);
            QVERIFY2(r, qPrintable(error));
            QCOMPARE(r->originalPath, QStringLiteral("/somewhere/e.json"));
            QVERIFY(qAbs(r->savedAt.secsTo(QDateTime::currentDateTime())) < 60);
            QCOMPARE(r->experiment.data, e.data);
            QCOMPARE(r->experiment.run->step, std::uint64_t(12));
            QCOMPARE(r->experiment.run->history.size(), std::size_t(1));
            QVERIFY(r->experiment.weights->at("dense_1").at("b") == e.weights->at("dense_1").at("b"));

            // A live session's file is no orphan, for itself or another window.
            QVERIFY(save.orphans().isEmpty());
            Autosave other(m_recovery);
            QVERIFY(other.orphans().isEmpty());
            save.discard();
            QVERIFY(!QFile::exists(file));
            QVERIFY(save.write(e, QString(), &error));
        }
        QVERIFY(!QFile::exists(file));  // a clean end removes it

        // Left by a crash: no lock, or a lock of a process that is gone.
        Autosave now(m_recovery);
        const QString unlocked = QDir(m_recovery).filePath(QStringLiteral("recovery-1-1.json"));
        const QString stale = QDir(m_recovery).filePath(QStringLiteral("recovery-2-2.json"));
        QVERIFY(now.write(e, QString(), &error));
        QVERIFY(QFile::copy(now.sessionFile(), unlocked));
        QVERIFY(QFile::copy(now.sessionFile(), stale));
        // QLockFile's format: pid, program, host; no process has this pid.
        writeText(stale + QStringLiteral(".lock"), "999999999\nnnlab\n" + QSysInfo::machineHostName().toStdString() + "\n");
        const QStringList orphans = now.orphans();
        QCOMPARE(orphans.size(), 2);
        QVERIFY(orphans.contains(unlocked) && orphans.contains(stale));
        Autosave::remove(unlocked);
        Autosave::remove(stale);
        QVERIFY(now.orphans().isEmpty());

        // A damaged one says why.
        writeText(unlocked, "{\"format\": \"nnlab-recovery\", \"experiment\": {\"epochs\": -1}}");
        QVERIFY(!Autosave::read(unlocked, &error));
        QVERIFY2(error.contains(QStringLiteral("network: missing")), qPrintable(error));
        writeText(unlocked, "{\"format\": \"something else\"}");
        QVERIFY(!Autosave::read(unlocked, &error));
        QVERIFY2(error.contains(QStringLiteral("not an nnlab recovery file")), qPrintable(error));
        Autosave::remove(unlocked);
    }

    void windowAutosavesAndRecovers() {
        QString error;
        auto w = makeWindow();
        const QString path = m_dir.filePath(QStringLiteral("autosaved.json"));
        writeExperimentFile(drawnExperiment(), path.toStdString());
        QVERIFY(openAndWait(*w, path));
        QVERIFY2(trainAndWait(*w, 0, 20000, &error), qPrintable(error));
        QVERIFY(!w->files()->autosaveNow());  // nothing unsaved
        QVERIFY(!w->files()->autosave()->hasFile());
        QVERIFY2(trainAndWait(*w, 8, 20000, &error), qPrintable(error));
        QVERIFY(autosaveAndWait(*w));
        QVERIFY(w->files()->autosave()->hasFile());
        QVERIFY(!w->files()->autosaveNow());  // nothing new since
        std::optional<Recovery> r = Autosave::read(w->files()->autosave()->sessionFile(), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->experiment.run->step, std::uint64_t(8));
        QCOMPARE(r->originalPath, QFileInfo(path).absoluteFilePath());
        const RunStatePtr crashed = fetchAndWait(*w->controller());
        QVERIFY(crashed && crashed->step == 8);

        // A crash: the file stays behind, its lock gone (here: a copy under another session's name).
        const QString left = QDir(m_recovery).filePath(QStringLiteral("recovery-3-3.json"));
        QVERIFY(QFile::copy(w->files()->autosave()->sessionFile(), left));
        const QString own = w->files()->autosave()->sessionFile();
        w.reset();
        QVERIFY(!QFile::exists(own));  // a clean end takes its own file along

        auto v = makeWindow();
        QCOMPARE(v->files()->autosave()->orphans(), QStringList({left}));
        QVERIFY(recoverAndWait(*v, left));
        QVERIFY2(trainAndWait(*v, 0, 20000, &error), qPrintable(error));
        QCOMPARE(v->files()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(v->files()->isModified());
        QVERIFY(v->windowTitle().startsWith(QStringLiteral("autosaved.json*")));
        const RunStatePtr got = fetchAndWait(*v->controller());
        QVERIFY(got);
        QCOMPARE(got->step, std::uint64_t(8));
        QVERIFY(sameWeights(*got->experiment.weights, *crashed->experiment.weights));
        QCOMPARE(v->document()->experiment().data, drawnExperiment().data);
        QVERIFY(!QFile::exists(left));
        QTRY_VERIFY(v->files()->autosave()->hasFile());  // this session's autosave took over at once
        QVERIFY(saveAndWait(*v, path));
        QVERIFY(!v->files()->autosave()->hasFile());  // saved: nothing left to recover
        QVERIFY(v->files()->autosave()->orphans().isEmpty());
        QCOMPARE(readExperimentFile(path.toStdString()).run->step, std::uint64_t(8));
    }

    void untitledRecoveryStaysUntitled() {
        QString error;
        auto w = makeWindow();
        QVERIFY2(trainAndWait(*w, 0, 20000, &error), qPrintable(error));
        QVERIFY2(trainAndWait(*w, 5, 20000, &error), qPrintable(error));
        QVERIFY(autosaveAndWait(*w));
        const QString left = QDir(m_recovery).filePath(QStringLiteral("recovery-4-4.json"));
        QVERIFY(QFile::copy(w->files()->autosave()->sessionFile(), left));
        w.reset();
        auto v = makeWindow();
        QVERIFY(recoverAndWait(*v, left));
        QVERIFY(v->files()->filePath().isEmpty());
        QVERIFY(v->files()->isModified());
        QVERIFY(v->windowTitle().contains(QLatin1Char('*')));
    }

    void closeAsksAndDiscardDropsTheRecoveryFile() {
        QString error;
        auto w = makeWindow();
        QVERIFY2(trainAndWait(*w, 0, 20000, &error), qPrintable(error));
        QVERIFY(!w->files()->isModified());
        QVERIFY2(trainAndWait(*w, 3, 20000, &error), qPrintable(error));
        QTRY_VERIFY(w->files()->isModified());  // training is a change worth a question
        QVERIFY(w->windowTitle().contains(QLatin1Char('*')));
        QVERIFY(autosaveAndWait(*w));
        {
            BoxAnswer cancel(this, QMessageBox::RejectRole);
            QVERIFY(!w->close());
            QCOMPARE(cancel.count, 1);
        }
        QVERIFY(w->isVisible());
        QVERIFY(w->files()->autosave()->hasFile());
        BoxAnswer discard(this, QMessageBox::DestructiveRole);
        QVERIFY(w->close());
        QCOMPARE(discard.count, 1);
        QVERIFY(!w->files()->autosave()->hasFile());
    }

    // Close, "Save": the close waits for the run to be written, then happens.
    void closeWithSaveWritesTheRunThenCloses() {
        QString error;
        auto w = makeWindow();
        const QString path = m_dir.filePath(QStringLiteral("closing.json"));
        writeExperimentFile(drawnExperiment(), path.toStdString());
        QVERIFY(openAndWait(*w, path));
        QVERIFY2(trainAndWait(*w, 5, 20000, &error), qPrintable(error));
        QTRY_VERIFY(w->files()->isModified());
        QSignalSpy saved(w->files(), &DocumentFiles::saved);
        {
            BoxAnswer save(this, QMessageBox::AcceptRole);  // the Save button
            QVERIFY(!w->close());  // not yet: the worker has not handed over the run
            QCOMPARE(save.count, 1);
        }
        QVERIFY(saved.count() == 1 || saved.wait(20000));
        QTRY_VERIFY(!w->isVisible());
        QCOMPARE(readExperimentFile(path.toStdString()).run->step, std::uint64_t(5));
        QVERIFY(!w->files()->autosave()->hasFile());
    }

private:
    // firstDelayMs: from the first unsaved change to the first autosave; an
    // hour unless a test looks at it, so autosaveNow() alone decides elsewhere.
    std::unique_ptr<MainWindow> makeWindow(int firstDelayMs = 3600000) {
        MainWindow::Options options;
        options.useSettings = false;
        options.recoveryDirectory = m_recovery;
        options.autosaveFirstDelayMs = firstDelayMs;
        options.autosaveIntervalMs = 3600000;
        auto w = std::make_unique<MainWindow>(options);
        w->resize(1280, 800);
        w->show();
        return w;
    }

    QTemporaryDir m_dir;
    QString m_recovery;
    int m_count = 0;
};

QTEST_MAIN(TestExperimentFiles)
#include "tst_experiment_files.moc"
