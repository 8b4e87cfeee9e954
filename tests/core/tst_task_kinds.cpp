// Experiment kinds through the registry (tasks/TaskRegistry.h): a file without
// "kind" is supervised; an unknown kind or a bad section is an error naming the
// field; the second kind (kohonen_line) trains with its own named series, saves
// and goes on, and runs through the CLI; an image network trains through the
// supervised task on the shaped "bars" set.
#include "Error.h"
#include "experiment/ExperimentJson.h"
#include "tasks/TaskRegistry.h"
#include "training/Capabilities.h"
#include "training/HistoryCsv.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <sstream>

using namespace nnlab;
using json = nlohmann::json;

namespace {

json kohonenJson() {
    return json::parse(R"({
      "format": "nnlab-experiment", "version": 1, "kind": "kohonen_line", "seed": 3,
      "data": {"generator": "circle", "points": 200, "train_ratio": 1.0},
      "kohonen_line": {"units": 16, "radius": 4, "final_radius": 0.5},
      "epochs": 12
    })");
}

QString errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestTaskKinds : public QObject {
    Q_OBJECT
private slots:
    void aFileWithoutKindIsSupervised() {
        json j = experimentToJson(defaultExperiment());
        j.erase("kind");
        const Experiment e = experimentFromJson(j);
        QCOMPARE(QString::fromStdString(e.kind), QStringLiteral("supervised"));
        const std::unique_ptr<Task> task = makeTask(e);
        QVERIFY(task->networkModel());
        QVERIFY(task->healthMonitor());
        QCOMPARE(QString::fromStdString(task->series().front().key), QStringLiteral("train_loss"));
    }

    void unknownKindNamesTheKnownOnes() {
        json j = kohonenJson();
        j["kind"] = "kohonen_lin";
        j["kohonen_lin"] = j["kohonen_line"];
        j.erase("kohonen_line");
        const QString message = errorOf([&] { makeTask(experimentFromJson(j)); });
        QVERIFY2(message.startsWith("kind: unknown kind \"kohonen_lin\""), qPrintable(message));
        QVERIFY2(message.contains("supervised") && message.contains("did you mean \"kohonen_line\""), qPrintable(message));
    }

    void badSectionNamesTheField() {
        json j = kohonenJson();
        j["kohonen_line"]["unitz"] = 3;
        QString message = errorOf([&] { makeTask(experimentFromJson(j)); });
        QVERIFY2(message.startsWith("kohonen_line.unitz: unknown field"), qPrintable(message));
        j = kohonenJson();
        j["kohonen_line"]["units"] = 1;
        message = errorOf([&] { checkTaskKind(experimentFromJson(j)); });
        QVERIFY2(message.startsWith("kohonen_line.units: expected 2"), qPrintable(message));
        // A supervised file must still have a network; another kind need not.
        json s = experimentToJson(defaultExperiment());
        s.erase("network");
        QVERIFY(errorOf([&] { experimentFromJson(s); }).startsWith("network: missing"));
    }

    void kohonenLineLearnsWithItsOwnSeries() {
        const std::unique_ptr<Task> task = makeTask(experimentFromJson(kohonenJson()));
        QVERIFY(!task->networkModel());  // no network: no exports of one, no decision map
        QVERIFY(!task->healthMonitor());
        const std::vector<SeriesInfo> series = task->series();
        QCOMPARE(QString::fromStdString(series[0].key), QStringLiteral("quantization_error"));
        while (!task->finished()) task->runEpoch();
        QCOMPARE(task->history().size(), std::size_t(12));
        // The units move onto the circle's points: the mean distance to the winner falls.
        const double first = task->history().front().values[0], last = task->history().back().values[0];
        QVERIFY2(last < 0.6 * first, qPrintable(QString("quantization error %1 -> %2").arg(first).arg(last)));
        // The CSV has its own columns, in its order.
        std::ostringstream csv;
        writeHistoryCsv(csv, series, task->history());
        QVERIFY2(csv.str().rfind("epoch,step,quantization_error,topographic_error,learning_rate,radius\n1,200,", 0) == 0,
                 csv.str().substr(0, 120).c_str());
        // A snapshot carries the series and the kind's own payload (the units).
        Snapshot s;
        task->fillSnapshot(s, SnapshotOptions{});
        QCOMPARE(s.series.size(), series.size());
        QCOMPARE(s.payload.size(), std::size_t(1));
        QCOMPARE(s.payload[0].values.rows(), Index(16));
        // ... and the units as a chain in the plane of its data, over the points it learns from.
        QVERIFY(s.planeUnits.rows() == 16 && s.planeUnits == task->weights().at("map").at("W"));
        QCOMPARE(s.planeLinks.size(), std::size_t(15));
        for (std::size_t j = 0; j < s.planeLinks.size(); ++j)
            QVERIFY(s.planeLinks[j] == std::make_pair(Index(j), Index(j + 1)));
        QVERIFY(task->planePoints() && task->planePoints()->rows() > 0 && task->planePoints()->cols() == 2);
    }

    void kohonenLineSavesAndGoesOn() {
        Experiment e = experimentFromJson(kohonenJson());
        std::unique_ptr<Task> task = makeTask(e);
        for (int i = 0; i < 5; ++i) task->runEpoch();
        const Experiment saved = experimentFromJson(experimentToJson(savedExperiment(*task)));
        QVERIFY(saved.run && saved.weights);
        std::unique_ptr<Task> again = makeTask(saved);
        QCOMPARE(again->epoch(), std::uint64_t(5));
        QCOMPARE(again->history().size(), std::size_t(5));
        QCOMPARE(again->history().back().values[0], task->history().back().values[0]);
        QCOMPARE(again->weights().at("map").at("W"), task->weights().at("map").at("W"));
        again->runEpoch();
        QCOMPARE(again->epoch(), std::uint64_t(6));
    }

    void kohonenLineTrainsFromTheCli() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath("map.json"), out = dir.filePath("out");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(kohonenJson().dump()));
        f.close();
        QProcess cli;
        cli.start(NNLAB_CLI_PATH, {"train", file, "--out", out});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile history(out + "/history.csv");
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(history.readLine().startsWith("epoch,step,quantization_error,topographic_error"));
        const Experiment trained = readExperimentFile((out + "/trained.json").toStdString());
        QCOMPARE(QString::fromStdString(trained.kind), QStringLiteral("kohonen_line"));
        QCOMPARE(trained.run->epoch, std::uint64_t(12));
    }

    void imageNetworkTrainsOnBars() {
        const Experiment e = readExperimentFile(NNLAB_RESOURCES_DIR "/experiments/bars_cnn.json");
        const std::unique_ptr<Task> task = makeTask(e);
        NetworkModel& model = requireNetwork(*task, "train");
        // The network is built from the data's per-sample shape: 1 x 8 x 8 images.
        QCOMPARE(model.network().inputShape(), (Shape{1, 8, 8}));
        QCOMPARE(model.data().trainX.cols(), Index(64));
        while (!task->finished()) task->runEpoch();
        const double first = task->history().front().values[0], last = task->history().back().values[0];
        QVERIFY2(last < 0.3 * first, qPrintable(QString("loss %1 -> %2").arg(first).arg(last)));
    }

    // The same from the command line: nnlab-cli train on the image set, the loss falls.
    void imageNetworkTrainsFromTheCli() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess cli;
        cli.start(NNLAB_CLI_PATH, {"train", NNLAB_RESOURCES_DIR "/experiments/bars_cnn.json", "--out", dir.filePath("out")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const Experiment trained = readExperimentFile(dir.filePath("out/trained.json").toStdString());
        QVERIFY(trained.run && trained.run->history.size() == std::size_t(trained.epochs));
        const auto& series = trained.run->series;
        const auto at = std::size_t(std::find(series.begin(), series.end(), "train_loss") - series.begin());
        QVERIFY(at < series.size());
        const double first = trained.run->history.front().values[at], last = trained.run->history.back().values[at];
        QVERIFY2(last < 0.3 * first, qPrintable(QString("loss %1 -> %2").arg(first).arg(last)));
        QVERIFY(trained.weights->count("conv"));  // the convolution's kernels are saved by layer name
    }

    void aKindWithoutNetworkSaysSoForNetworkExports() {
        const std::unique_ptr<Task> task = makeTask(experimentFromJson(kohonenJson()));
        const QString message = errorOf([&] { requireNetwork(*task, "export as ONNX"); });
        QVERIFY2(message.contains("\"kohonen_line\" model has no network to export as ONNX"), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestTaskKinds)
#include "tst_task_kinds.moc"
