// Targets checked against the task and the loss before training, and settings
// that are legal but will not train said as warnings (SupervisedData,
// SettingWarnings): what was decided about a CSV's targets is a "targets"
// note ("11 classes found: classification, ..."), a regression target with a
// loss for classes or outside bce's [0, 1] is an error naming the loss, and
// softmax on one output or cce on one output is a "warning" note.
// Bad files for the refusals are in tests/data/bad (tst_experiment).
#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "tasks/TaskRegistry.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace nnlab;
using json = nlohmann::json;

namespace {

// A CSV of 60 rows: x1, x2 and a whole-number target of `classes` values.
std::string writeCsv(const QTemporaryDir& dir, int classes) {
    const std::string path = dir.filePath(QStringLiteral("classes.csv")).toStdString();
    std::ofstream out(path);
    out << "x1,x2,label\n";
    for (int i = 0; i < 60; ++i) out << (i % 7) * 0.1 << "," << (i % 5) * 0.2 << "," << (i % classes) << "\n";
    return path;
}

json experimentJson(const std::string& csv, int outputs, const char* activation, const char* loss) {
    return json{{"format", "nnlab-experiment"},
                {"version", 1},
                {"seed", 1},
                {"data", {{"generator", "csv"}, {"csv", {{"path", csv}}}}},
                {"network",
                 {{"layers",
                   {{{"type", "dense"}, {"name", "hidden"}, {"units", 8}, {"activation", "relu"}},
                    {{"type", "dense"}, {"name", "output"}, {"units", outputs}, {"activation", activation}}}}}},
                {"loss", loss},
                {"optimizer", {{"name", "adam"}, {"lr", 0.01}}},
                {"batch_size", 10},
                {"epochs", 2}};
}

json generatedJson(const char* generator, int outputs, const char* activation, const char* loss) {
    json j = experimentJson("", outputs, activation, loss);
    j["data"] = {{"generator", generator}, {"points", 40}, {"seed", 1}};
    return j;
}

std::vector<Note> notesOf(const json& j, Task** keep = nullptr) {
    static std::unique_ptr<Task> task;
    task = makeTask(experimentFromJson(j));
    if (keep) *keep = task.get();
    return task->takeNotes();
}

QStringList withCode(const std::vector<Note>& notes, const char* code) {
    QStringList out;
    for (const Note& n : notes)
        if (n.code == code) out << QString::fromStdString(n.detail);
    return out;
}

}  // namespace

class TestTargets : public QObject {
    Q_OBJECT
private slots:
    // 11 whole-number classes were a silent regression: with a loss for
    // classes they are classes, and the decision is said either way.
    void decisionIsSaid_data() {
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<QString>("activation");
        QTest::addColumn<QString>("loss");
        QTest::addColumn<QString>("note");
        QTest::newRow("11 classes, cce") << 11 << 11 << "softmax" << "cce"
                                         << "11 classes found: classification, 11 outputs with softmax and the loss cce";
        QTest::newRow("11 classes, sparse_cce") << 11 << 11 << "softmax" << "sparse_cce"
                                                << "11 classes found: classification, 11 outputs with softmax and the loss sparse_cce";
        QTest::newRow("3 classes, cce") << 3 << 3 << "softmax" << "cce"
                                        << "3 classes found: classification, 3 outputs with softmax and the loss cce";
        QTest::newRow("11 values, mse") << 11 << 1 << "linear" << "mse"
                                        << "11 different whole numbers in the target: regression, 1 output with linear and "
                                           "the loss mse (set data.problem to \"classification\" for 11 classes)";
    }
    void decisionIsSaid() {
        QFETCH(int, classes);
        QFETCH(int, outputs);
        QFETCH(QString, activation);
        QFETCH(QString, loss);
        QFETCH(QString, note);
        QTemporaryDir dir;
        const std::string csv = writeCsv(dir, classes);
        const std::string a = activation.toStdString(), l = loss.toStdString();
        Task* task = nullptr;
        std::vector<Note> notes;
        try {
            notes = notesOf(experimentJson(csv, outputs, a.c_str(), l.c_str()), &task);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QCOMPARE(withCode(notes, "targets"), QStringList{note});
        // Classes show in the series: a classification has accuracies.
        bool accuracy = false;
        for (const SeriesInfo& s : task->series()) accuracy = accuracy || s.label == "training accuracy";
        QCOMPARE(accuracy, loss != QLatin1String("mse"));
        // Said once: a second batch of notes does not repeat it.
        task->step();
        QVERIFY(withCode(task->takeNotes(), "targets").isEmpty());
    }

    // 11 classes with a loss for classes but one output is refused, naming the output layer.
    void elevenClassesNeedElevenOutputs() {
        QTemporaryDir dir;
        try {
            notesOf(experimentJson(writeCsv(dir, 11), 1, "softmax", "cce"));
            QFAIL("accepted 11 classes on one output");
        } catch (const std::exception& e) {
            QVERIFY(dynamic_cast<const ShapeError*>(&e));
            QCOMPARE(QString::fromStdString(e.what()),
                     QStringLiteral("network.layers[1].units: the data has 11 classes, so the output layer needs 11 units"));
        }
    }

    // Generated data says its own kind: no decision note.
    void generatedDataNeedsNoDecision() {
        QVERIFY(withCode(notesOf(generatedJson("xor", 1, "sigmoid", "bce")), "targets").isEmpty());
    }

    // Legal, but will not train: a warning note naming the field.
    void meaninglessSettingsAreWarned_data() {
        QTest::addColumn<QString>("activation");
        QTest::addColumn<QString>("loss");
        QTest::addColumn<QStringList>("warnings");
        QTest::newRow("softmax on one output, bce")
            << "softmax" << "bce"
            << QStringList{QStringLiteral("network.layers[1].activation: softmax on one output is always 1 (it divides the "
                                          "output by itself), so the loss cannot change and nothing is learnt; use sigmoid "
                                          "for two classes, or one output per class")};
        QTest::newRow("cce on one sigmoid output")
            << "sigmoid" << "cce"
            << QStringList{QStringLiteral("loss: cce on one output scores only the targets of class 1 (class 0 adds 0 to "
                                          "the loss), so the network learns to answer 1 everywhere; use bce with one "
                                          "sigmoid output, or cce with one softmax output per class")};
        QTest::newRow("sigmoid and bce: fine") << "sigmoid" << "bce" << QStringList{};
    }
    void meaninglessSettingsAreWarned() {
        QFETCH(QString, activation);
        QFETCH(QString, loss);
        QFETCH(QStringList, warnings);
        const std::string a = activation.toStdString(), l = loss.toStdString();
        QCOMPARE(withCode(notesOf(generatedJson("xor", 1, a.c_str(), l.c_str())), "warning"), warnings);
    }

    // nnlab-cli prints the warning before the first epoch.
    void cliPrintsTheWarning() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("softmax1.json"));
        {
            std::ofstream out(file.toStdString());
            out << generatedJson("xor", 1, "softmax", "bce").dump(2);
        }
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(NNLAB_CLI_PATH), {QStringLiteral("train"), file, QStringLiteral("--epochs"), QStringLiteral("1"),
                                                   QStringLiteral("--out"), QStringLiteral("run")});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("warning: network.layers[1].activation: softmax on one output is always 1")),
                 qPrintable(out));
        QVERIFY2(out.indexOf(QStringLiteral("warning:")) < out.indexOf(QStringLiteral("epoch 1/1")), qPrintable(out));
    }
};

QTEST_APPLESS_MAIN(TestTargets)
#include "tst_targets.moc"
