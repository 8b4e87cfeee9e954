// The experiment file (core/experiment/, docs/experiment-format.md) and
// nnlab-cli (docs/cli.md): one row per bad file in tests/data/bad/ (error kind,
// stage and message from expected.json there), one row per example in
// resources/experiments/, round trips, saved weights, safe saving, the
// zero-initialisation worked example and the CLI run as a process.
#include <QtTest>

#include "Error.h"
#include "tasks/supervised/SupervisedSeries.h"
#include "tasks/TaskRegistry.h"
#include "activations/Activation.h"
#include "data/Dataset.h"
#include "data/Features.h"
#include "experiment/Experiment.h"
#include "experiment/ClassroomControls.h"
#include "experiment/ExperimentJson.h"
#include "experiment/ExperimentPath.h"
#include "initializers/Initializer.h"
#include "layers/LayerTable.h"
#include "losses/Loss.h"
#include "optimizers/Optimizer.h"
#include "tasks/supervised/SupervisedTask.h"
#include "../FileSizeLimit.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <cerrno>
#include <cmath>
#include <limits>
#include <memory>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace nnlab;
using nlohmann::json;

namespace {

QString badDir() { return QStringLiteral(NNLAB_TEST_DATA_DIR "/bad/"); }
QString examplesDir() { return QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/"); }
QString cliPath() { return QStringLiteral(NNLAB_CLI_PATH); }
QString oracleDir() { return QStringLiteral(NNLAB_ORACLE_DIR "/"); }

QStringList jsonFiles(const QString& dir) {
    QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("expected.json"));
    return files;
}

json loadJson(const QString& path) {
    std::ifstream in(path.toStdString());
    if (!in) throw std::runtime_error("cannot open " + path.toStdString());
    return json::parse(in);
}

std::string readText(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

QString kindOf(const std::exception& e) {
    if (dynamic_cast<const SpecError*>(&e)) return QStringLiteral("SpecError");
    if (dynamic_cast<const ShapeError*>(&e)) return QStringLiteral("ShapeError");
    if (dynamic_cast<const DataError*>(&e)) return QStringLiteral("DataError");
    if (dynamic_cast<const NumericError*>(&e)) return QStringLiteral("NumericError");
    if (dynamic_cast<const Error*>(&e)) return QStringLiteral("Error");
    return QStringLiteral("std::exception");
}

// Where reading and building an experiment first fails: "read" (the file),
// "build" (the SupervisedTask: data, shapes, saved weights) or "none".
struct Outcome {
    QString stage, kind, message;
};

Outcome readAndBuild(const QString& path) {
    Experiment e;
    try {
        e = readExperimentFile(path.toStdString());
    } catch (const std::exception& ex) {
        return {QStringLiteral("read"), kindOf(ex), QString::fromStdString(ex.what())};
    }
    try {
        SupervisedTask task(e);
    } catch (const std::exception& ex) {
        return {QStringLiteral("build"), kindOf(ex), QString::fromStdString(ex.what())};
    }
    return {QStringLiteral("none"), QString(), QString()};
}

bool sameMatrix(const Matrix& a, const Matrix& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

Matrix paramOf(Layer& layer, const std::string& name) {
    for (const Param& p : layer.params())
        if (p.name == name) return *p.value;
    throw std::runtime_error("layer " + layer.name() + " has no " + name);
}

// A grid over the plane, for comparing two networks' predictions.
Matrix planeGrid(int n) {
    Matrix points(Index(n) * n, 2);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            points(Index(i) * n + j, 0) = -6.0 + 12.0 * (j + 0.5) / n;
            points(Index(i) * n + j, 1) = -6.0 + 12.0 * (i + 0.5) / n;
        }
    return points;
}

struct Run {
    int exitCode = -1;
    QString out, err;
};

Run runCli(const QStringList& args, const QString& workingDir = QString()) {
    QProcess p;
    if (!workingDir.isEmpty()) p.setWorkingDirectory(workingDir);
    p.start(cliPath(), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        r.err = QStringLiteral("nnlab-cli did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void writeJson(const QString& path, const json& j) {
    std::ofstream out(path.toStdString());
    out << j.dump(1) << "\n";
}

// A small run on XOR, trained three epochs and packed as a file holds it.
Experiment trainedRun(SupervisedTask** keep = nullptr) {
    Experiment e = defaultExperiment();
    e.data.generator = "xor";
    e.data.points = 200;
    e.epochs = 10;
    auto* task = new SupervisedTask(e);
    for (int i = 0; i < 3; ++i) task->runEpoch();
    Experiment saved = savedExperiment(*task);
    if (keep) *keep = task;
    else delete task;
    return saved;
}

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT
private slots:
    // ---- bad files ---------------------------------------------------------

    void badFilesAreAllListed() {
        const json expected = loadJson(badDir() + "expected.json");
        const QStringList files = jsonFiles(badDir());
        QVERIFY2(files.size() >= 25, qPrintable(QString("only %1 bad files in %2").arg(files.size()).arg(badDir())));
        for (const QString& f : files)
            QVERIFY2(expected.contains(f.toStdString()), qPrintable(f + " has no entry in expected.json"));
        for (auto it = expected.begin(); it != expected.end(); ++it)
            if (it.key()[0] != '_')
                QVERIFY2(files.contains(QString::fromStdString(it.key())),
                         qPrintable(QString::fromStdString(it.key()) + " is in expected.json but not in the folder"));
    }

    void badFile_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("fragments");
        const json expected = loadJson(badDir() + "expected.json");
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (it.key()[0] == '_') continue;
            QStringList fragments;
            for (const auto& m : it->at("message")) fragments << QString::fromStdString(m.get<std::string>());
            QTest::newRow(it.key().c_str())
                << QString::fromStdString(it.key()) << QString::fromStdString(it->at("stage").get<std::string>())
                << QString::fromStdString(it->at("error").get<std::string>()) << fragments;
        }
    }
    void badFile() {
        QFETCH(QString, file);
        QFETCH(QString, stage);
        QFETCH(QString, kind);
        QFETCH(QStringList, fragments);
        QVERIFY2(QFile::exists(badDir() + file), qPrintable(badDir() + file));
        const Outcome o = readAndBuild(badDir() + file);
        const QString got = QString("%1 at %2: %3").arg(o.kind, o.stage, o.message);
        QVERIFY2(o.stage == stage, qPrintable("expected a " + kind + " at " + stage + ", got " + got));
        QVERIFY2(o.kind == kind, qPrintable("expected a " + kind + ", got " + got));
        int from = 0;
        for (const QString& fragment : fragments) {
            const int at = o.message.indexOf(fragment, from);
            QVERIFY2(at >= 0, qPrintable("message lacks [" + fragment + "] (in order): " + o.message));
            from = at + int(fragment.size());
        }
    }

    // ---- docs/experiment-format.md names every table entry -----------------

    void docsNameEveryTableEntry_data() {
        QTest::addColumn<QString>("name");
        const auto add = [](const char* family, const std::string& name) {
            QTest::newRow(qPrintable(QString("%1 %2").arg(family, QString::fromStdString(name)))) << QString::fromStdString(name);
        };
        for (const auto& a : activationTable()) {
            add("activation", a.name);
            for (const ParamDef& p : a.params) add("activation parameter", p.key);
        }
        for (const auto& i : initializerTable()) {
            add("initializer", i.name);
            for (const ParamDef& p : i.params) add("initializer parameter", p.key);
        }
        for (const auto& l : lossTable()) {
            add("loss", l.name);
            for (const ParamDef& p : l.params) add("loss parameter", p.key);
        }
        for (const auto& o : optimizerTable()) {
            add("optimizer", o.name);
            for (const ParamDef& p : o.params) add("optimizer hyperparameter", std::string(o.name) + "." + p.key);
        }
        for (const auto& l : layerTable()) {
            add("layer type", l.type);
            for (const ParamDef& p : l.options) add("layer option", p.key);
        }
        for (const auto& g : generatorTable()) add("generator", g.name);
        for (const auto& f : featureTable()) add("feature", f.name);
        for (const std::string& c : classroomControlNames()) add("classroom control", c);
    }
    void docsNameEveryTableEntry() {
        QFETCH(QString, name);
        static const QString doc = QString::fromStdString(readText(QStringLiteral(NNLAB_RESOURCES_DIR "/../docs/experiment-format.md")));
        QVERIFY2(doc.size() > 1000, "docs/experiment-format.md is missing");
        // "adam.beta1": the hyperparameter must be in the optimizer's own table row.
        const int dot = name.indexOf('.');
        if (dot < 0) {
            QVERIFY2(doc.contains("`" + name + "`"), qPrintable("`" + name + "` is not in docs/experiment-format.md"));
            return;
        }
        const QString row = "| `" + name.left(dot) + "` |";
        const int at = doc.indexOf(row);
        QVERIFY2(at >= 0, qPrintable(row + " is not in docs/experiment-format.md"));
        const QString line = doc.mid(at, doc.indexOf('\n', at) - at);
        const QString key = name.mid(dot + 1);
        QVERIFY2(line.contains("`" + key + "`") || line.contains("as adam"),
                 qPrintable("the row of " + name.left(dot) + " does not name `" + key + "`: " + line));
    }

    // ---- round trips and examples -----------------------------------------

    void defaultExperimentRoundTrips() {
        const Experiment e = defaultExperiment();
        const json j = experimentToJson(e);
        const Experiment back = experimentFromJson(j);
        QCOMPARE(QString::fromStdString(experimentToJson(back).dump(1)), QString::fromStdString(j.dump(1)));
        QCOMPARE(back.title, e.title);
        QVERIFY(back.data == e.data);
        QVERIFY(back.features == e.features);
        QCOMPARE(back.network.layers.size(), e.network.layers.size());
        for (std::size_t i = 0; i < e.network.layers.size(); ++i) QVERIFY(back.network.layers[i] == e.network.layers[i]);
        QVERIFY(back.loss == e.loss);
        QVERIFY(back.optimizer == e.optimizer);
        QVERIFY(back.regularization == e.regularization);
        QCOMPARE(back.batchSize, e.batchSize);
        QCOMPARE(back.epochs, e.epochs);
        QCOMPARE(back.seed, e.seed);
        QVERIFY(!back.weights);
    }

    // training.precision: written, read back, float64 for a file without it,
    // settable by path (a rebuild), and a bad value refused with its path
    // (tests/data/bad/bad_precision.json does the same for a file).
    void precisionRoundTrips() {
        Experiment e = defaultExperiment();
        QVERIFY(e.training.precision == Precision::Float64);
        json j = experimentToJson(e);
        QCOMPARE(QString::fromStdString(j.at("training").at("precision").get<std::string>()), QString("float64"));
        j.erase("training");
        QVERIFY(experimentFromJson(j).training.precision == Precision::Float64);
        e.training.precision = Precision::Float32;
        j = experimentToJson(e);
        QCOMPARE(QString::fromStdString(j.at("training").at("precision").get<std::string>()), QString("float32"));
        QVERIFY(experimentFromJson(j).training.precision == Precision::Float32);

        Experiment byPath = defaultExperiment();
        setByPath(byPath, "training.precision", "float32");
        QVERIFY(byPath.training.precision == Precision::Float32);
        QCOMPARE(QString::fromStdString(getByPath(byPath, "training.precision").get<std::string>()), QString("float32"));
        QVERIFY(settingEffect("training.precision") == SettingEffect::Rebuild);
        QVERIFY(changedSettings(defaultExperiment(), byPath) == std::vector<std::string>{"training.precision"});
        try {
            setByPath(byPath, "training.precision", "double");
            QFAIL("float32 or float64 only");
        } catch (const SpecError& error) {
            QVERIFY2(QString(error.what()).startsWith("training.precision: unknown precision \"double\""), error.what());
        }
        QVERIFY(byPath.training.precision == Precision::Float32);  // left as it was
        j["training"]["precison"] = "float32";
        QVERIFY_THROWS_EXCEPTION(SpecError, experimentFromJson(j));  // a misspelt field
    }

    // A lesson's hidden controls survive a save; a file without them gets no
    // "classroom" block, so older files are written as they were.
    void classroomHidingRoundTrips() {
        Experiment e = defaultExperiment();
        QVERIFY(!experimentToJson(e).contains("classroom"));
        json j = experimentToJson(e);
        j["classroom"] = {{"hide", {"reset", "learning_rate", "network_shape"}}};
        const Experiment read = experimentFromJson(j);
        const std::vector<std::string> sorted = {"learning_rate", "network_shape", "reset"};
        QVERIFY(read.hiddenControls == sorted);
        QVERIFY(experimentFromJson(experimentToJson(read)).hiddenControls == sorted);
        QCOMPARE(experimentToJson(read).at("classroom").at("hide").size(), std::size_t(3));
    }

    void examples_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = jsonFiles(examplesDir());
        for (const QString& f : files) QTest::newRow(qPrintable(f)) << f;
    }
    void examples() {
        QFETCH(QString, file);
        Experiment e = readExperimentFile((examplesDir() + file).toStdString());
        // Reading, writing and reading again changes nothing.
        const json j = experimentToJson(e);
        // Image files: a few hundred images keep this one epoch short (the full runs are in docs/benchmarks.md).
        if (findGenerator(e.data.generator).source == DataSource::Idx) {
            if (e.data.generator == "fashion_mnist" && !QDir(kFashionMnistFolder).exists())
                QSKIP("Debian's dataset-fashion-mnist is not installed (scripts/install-deps.sh installs it)");
            e.data.subset = 300;
            e.data.testSubset = 100;
        }
        QCOMPARE(QString::fromStdString(experimentToJson(experimentFromJson(j)).dump(1)),
                 QString::fromStdString(j.dump(1)));
        // Every kind through the registry; the first series is each kind's main loss.
        const std::unique_ptr<Task> task = makeTask(e);
        task->runEpoch();
        QCOMPARE(task->history().size(), std::size_t(1));
        QVERIFY(std::isfinite(task->history().back().values[0]));
    }

    void examplesArePresent() {
        const QStringList files = jsonFiles(examplesDir());
        for (const char* name : {"default.json", "xor_relu.json", "circle_zero_init.json", "blobs_softmax.json",
                                 "regression_plane.json", "spiral_deep_sigmoid.json", "csv_flowers.json"})
            QVERIFY2(files.contains(QLatin1String(name)), name);
    }

    // What each example is there to show, after its full run (each takes well under a second).
    void exampleTeaches_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("default") << "default.json";
        QTest::newRow("xor_relu") << "xor_relu.json";
        QTest::newRow("blobs_softmax") << "blobs_softmax.json";
        QTest::newRow("csv_flowers") << "csv_flowers.json";
        QTest::newRow("regression_plane") << "regression_plane.json";
        QTest::newRow("spiral_deep_sigmoid") << "spiral_deep_sigmoid.json";
    }
    void exampleTeaches() {
        QFETCH(QString, file);
        SupervisedTask task(readExperimentFile((examplesDir() + file).toStdString()));
        while (!task.finished()) task.runEpoch();
        const HistoryPoint& last = task.history().back();
        const QString got = QString("train loss %1, test metric %2").arg(last.values[kTrainLoss]).arg(last.values[kTestMetric]);
        if (file == "regression_plane.json") {
            // target = (x1 + x2) / 10, so one linear unit ends at W = (0.1, 0.1), b = 0.
            const Matrix W = paramOf(task.network().layer(0), "W");
            QVERIFY2(std::abs(W(0, 0) - 0.1) < 1e-6 && std::abs(W(0, 1) - 0.1) < 1e-6,
                     qPrintable(QString("W = (%1, %2)").arg(W(0, 0)).arg(W(0, 1))));
            QVERIFY2(last.values[kTestMetric] < 1e-4, qPrintable(got));
        } else if (file == "spiral_deep_sigmoid.json") {
            // The gradient dies on its way down six sigmoids: the net stays near chance.
            QVERIFY2(last.values[kTrainLoss] > 0.65, qPrintable(got));
            QVERIFY2(last.values[kTestMetric] < 0.65, qPrintable(got));
        } else {
            QVERIFY2(last.values[kTestMetric] >= 0.95, qPrintable(got));
        }
    }

    // ---- worked example: curriculum 003-05, zero initialisation ------------

    // All weights and biases zero: every ReLU unit outputs 0, so the sigmoid
    // output is sigmoid(0) = 0.5 for every sample and the BCE is
    //   -(1/n) sum [y ln 0.5 + (1 - y) ln 0.5] = ln 2 = 0.6931471805599453.
    // The gradients of every W are 0 (inputs to the output are 0; what flows
    // back is multiplied by W = 0 and by relu'(0) = 0). The only nonzero one is
    // the output bias's, mean(p - y) = 0.5 - mean(y), and that is 0 because the
    // circle has exactly 150 points of each class and all 300 train (train_ratio 1,
    // noise 0). So nothing moves, and every unit of a layer stays the same.
    void circleZeroInitStaysAtLn2() {
        const Experiment e = readExperimentFile((examplesDir() + "circle_zero_init.json").toStdString());
        SupervisedTask task(e);
        QCOMPARE(task.data().trainX.rows(), Index(300));
        QCOMPARE(task.data().trainLabels.sum(), 150.0);  // balanced: mean(y) = 0.5 exactly
        for (int epoch = 1; epoch <= 20; ++epoch) {
            task.runEpoch();
            const double loss = task.history().back().values[kTrainLoss];
            QVERIFY2(std::abs(loss - std::log(2.0)) < 1e-12,
                     qPrintable(QString("epoch %1: loss %2").arg(epoch).arg(loss, 0, 'g', 17)));
        }
        QCOMPARE(task.history().size(), std::size_t(20));
        for (std::size_t i = 0; i + 1 < task.network().size(); ++i) {
            Layer& layer = task.network().layer(i);
            const Matrix W = paramOf(layer, "W"), b = paramOf(layer, "b");
            QVERIFY(W.rows() > 1);
            for (Index r = 1; r < W.rows(); ++r) {
                QVERIFY2(W.row(r) == W.row(0), qPrintable(QString::fromStdString(layer.name()) + " row " + QString::number(r)));
                QCOMPARE(b(0, r), b(0, 0));
            }
        }
    }

    // The same net with He initialisation does break the symmetry: the check above can fail.
    void circleHeInitLeavesLn2() {
        Experiment e = readExperimentFile((examplesDir() + "circle_zero_init.json").toStdString());
        for (LayerSpec& l : e.network.layers) l.weightInit = NamedSpec("he_uniform");
        SupervisedTask task(e);
        for (int epoch = 1; epoch <= 20; ++epoch) task.runEpoch();
        QVERIFY(std::abs(task.history().back().values[kTrainLoss] - std::log(2.0)) > 1e-6);
        const Matrix W = paramOf(task.network().layer(0), "W");
        QVERIFY(W.row(1) != W.row(0));
    }

    // ---- saved weights -----------------------------------------------------

    // Every layer type with parameters or saved statistics, trained a little,
    // saved with its weights and loaded again, predicts bit for bit the same.
    void savedWeightsPredictIdentically() {
        Experiment e;
        e.title = "every layer type";
        e.data.generator = "xor";
        e.data.points = 200;
        e.features = {"x1", "x2", "x1_x2"};
        LayerSpec dense;
        dense.type = "dense";
        dense.units = 6;
        dense.activation = NamedSpec("relu");
        LayerSpec bn;
        bn.type = "batchnorm";
        LayerSpec prelu;
        prelu.type = "prelu";
        LayerSpec drop;
        drop.type = "dropout";
        drop.options["rate"] = 0.2;
        LayerSpec maxout;
        maxout.type = "maxout";
        maxout.units = 3;
        maxout.options["pieces"] = 2;
        LayerSpec out;
        out.type = "dense";
        out.units = 1;
        out.activation = NamedSpec("sigmoid");
        out.name = "output";
        e.network.layers = {dense, bn, prelu, drop, maxout, out};
        e.optimizer = NamedSpec("adam", {{"lr", 0.01}});
        e.epochs = 5;
        SupervisedTask task(e);
        while (!task.finished()) task.runEpoch();
        const Matrix grid = planeGrid(40);
        const Matrix before = task.predictPoints(grid);

        Experiment saved = task.experiment();
        saved.weights = task.weights();
        QVERIFY(saved.weights->count("batchnorm_2") && saved.weights->at("batchnorm_2").count("running_var"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("trained.json").toStdString();
        writeExperimentFile(saved, path);
        const Experiment loaded = readExperimentFile(path);
        QVERIFY(loaded.weights);
        QCOMPARE(loaded.weights->size(), saved.weights->size());
        for (const auto& [layer, params] : *saved.weights)
            for (const auto& [name, m] : params)
                QVERIFY2(sameMatrix(loaded.weights->at(layer).at(name), m), qPrintable(QString::fromStdString(layer + "." + name)));
        SupervisedTask again(loaded);
        QVERIFY2(sameMatrix(again.predictPoints(grid), before), "predictions differ after save and load");

        // Without the weights, the same file gives another network: the check above can fail.
        Experiment fresh = loaded;
        fresh.weights.reset();
        fresh.seed = 2;
        SupervisedTask other(fresh);
        QVERIFY(!sameMatrix(other.predictPoints(grid), before));
    }

    // ---- saved runs: history and progress ---------------------------------

    void runRoundTrips() {
        Experiment saved = trainedRun();
        QCOMPARE(saved.run->history.size(), std::size_t(3));
        // A diverged loss has no JSON number: it goes out as null and comes back as NaN.
        saved.run->history[1].values[kTestLoss] = std::numeric_limits<double>::quiet_NaN();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("run.json").toStdString();
        writeExperimentFile(saved, path);
        QVERIFY(loadJson(QString::fromStdString(path))["run"]["history"][1]["test_loss"].is_null());
        const Experiment loaded = readExperimentFile(path);
        QVERIFY(loaded.run);
        QCOMPARE(loaded.run->step, saved.run->step);
        QCOMPARE(loaded.run->epoch, std::uint64_t(3));
        QCOMPARE(loaded.run->history.size(), saved.run->history.size());
        for (std::size_t i = 0; i < saved.run->history.size(); ++i) {
            const HistoryPoint& a = saved.run->history[i];
            const HistoryPoint& b = loaded.run->history[i];
            QCOMPARE(b.epoch, a.epoch);
            QCOMPARE(b.step, a.step);
            // The file keeps series by name (a JSON object has no order).
            auto value = [](const RunRecord& run, const HistoryPoint& p, const char* key) {
                const auto at = std::find(run.series.begin(), run.series.end(), std::string(key));
                return at == run.series.end() ? -1.0 : p.values[std::size_t(at - run.series.begin())];
            };
            for (const char* key : {"train_loss", "train_metric", "test_metric", "lr"})
                QCOMPARE(value(*loaded.run, b, key), value(*saved.run, a, key));  // bit for bit: 17 digits
            if (i == 1) QVERIFY(std::isnan(value(*loaded.run, b, "test_loss")));
            else QCOMPARE(value(*loaded.run, b, "test_loss"), value(*saved.run, a, "test_loss"));
        }
        // Without a run nothing is written, and nothing comes back.
        saved.run.reset();
        writeExperimentFile(saved, path);
        QVERIFY(!loadJson(QString::fromStdString(path)).contains("run"));
        QVERIFY(!readExperimentFile(path).run);
    }

    // A task built from a saved run goes on from it: counters, history and
    // weights as they were, and the next epoch is number 4.
    void taskContinuesFromRun() {
        SupervisedTask* original = nullptr;
        const Experiment saved = trainedRun(&original);
        std::unique_ptr<SupervisedTask> keep(original);
        SupervisedTask again(saved);
        QCOMPARE(again.epoch(), std::uint64_t(3));
        QCOMPARE(again.stepCount(), original->stepCount());
        QCOMPARE(again.history().size(), std::size_t(3));
        const Matrix grid = planeGrid(20);
        QVERIFY(sameMatrix(again.predictPoints(grid), original->predictPoints(grid)));
        // The whole history goes to the next snapshot, so the plot shows it again.
        QCOMPARE(again.takeHistory().size(), std::size_t(3));
        const std::uint64_t stepsPerEpoch = original->stepCount() / 3;
        again.runEpoch();
        QCOMPARE(again.epoch(), std::uint64_t(4));
        QCOMPARE(again.stepCount(), original->stepCount() + stepsPerEpoch);
        QCOMPARE(again.history().size(), std::size_t(4));
        QCOMPARE(again.history().back().epoch, std::uint64_t(4));
        QVERIFY(!again.experiment().run);  // used once: a Reset starts from zero
        // A run saved at its last epoch is finished.
        Experiment done = saved;
        done.epochs = 3;
        QVERIFY(SupervisedTask(done).finished());
    }

    // A value nested deeper than any experiment file is refused while parsing,
    // with the field's name; deep enough once crashed the quoting of the value.
    void deepNestingIsRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("depth");
        QTest::newRow("title, 70000") << "title" << 70000;
        QTest::newRow("epochs, 100000") << "epochs" << 100000;
        QTest::newRow("title, 101") << "title" << 101;
        QTest::newRow("in a layer, 200") << "network" << 200;
    }
    void deepNestingIsRefused() {
        QFETCH(QString, field);
        QFETCH(int, depth);
        json j = experimentToJson(defaultExperiment());
        j.erase(field.toStdString());
        const std::string nested = std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']');
        const std::string text = "{\"" + field.toStdString() + "\": " + nested + ", " + j.dump().substr(1);
        try {
            readExperimentText(text, "deep.json");
            QFAIL("read");
        } catch (const SpecError& e) {
            QVERIFY2(QString(e.what()).startsWith(field + ": nested more than 100 levels deep"), e.what());
        }
    }

    // A wrong value is quoted short, however big or deep it is.
    void badValueIsQuotedShort() {
        json j = experimentToJson(defaultExperiment());
        json big = j;
        j.erase("title");
        const std::string nested = std::string(99, '[') + std::string(99, ']');  // just within the limit
        const std::string text = "{\"title\": " + nested + ", " + j.dump().substr(1);
        big["epochs"] = json::array();
        for (int i = 0; i < 100000; ++i) big["epochs"].push_back(i);
        for (const auto& [what, message] :
             {std::pair{"deep", [&] { try { readExperimentText(text, "x.json"); } catch (const SpecError& e) { return std::string(e.what()); } return std::string(); }()},
              std::pair{"long", [&] { try { experimentFromJson(big); } catch (const SpecError& e) { return std::string(e.what()); } return std::string(); }()}}) {
            QVERIFY2(!message.empty(), what);
            QVERIFY2(message.size() < 120, message.c_str());
            QVERIFY2(message.find("...") != std::string::npos, message.c_str());
        }
    }

    // What the CLI and the window say for a path that is no experiment file.
    void notAnExperimentFile() {
        QTemporaryDir dir;
        const auto messageFor = [](const QString& path) {
            try {
                readExperimentFile(path.toStdString());
            } catch (const SpecError& e) {
                return QString(e.what());
            }
            return QString();
        };
        QCOMPARE(messageFor(dir.path()), dir.path() + ": is a directory, not an experiment file");
        QCOMPARE(messageFor(dir.filePath("missing.json")), dir.filePath("missing.json") + ": no such file");
        QCOMPARE(messageFor("/dev/zero"), QString("/dev/zero: is not a regular file (a device or a pipe?)"));
        QFile blank(dir.filePath("blank.json"));
        QVERIFY(blank.open(QIODevice::WriteOnly));
        blank.write(" \n\t\n");
        blank.close();
        QCOMPARE(messageFor(blank.fileName()), blank.fileName() + ": is empty");
    }

    void badRun_data() {
        QTest::addColumn<QString>("pointer");  // JSON pointer into the file's run
        QTest::addColumn<QString>("value");    // JSON text put there
        QTest::addColumn<QString>("message");
        QTest::newRow("row value") << "/run/history/1/train_loss" << "\"x\""
                                   << "run.history[1].train_loss: expected a number or null, got \"x\"";
        QTest::newRow("row epoch order") << "/run/history/1/epoch" << "1" << "run.history[1].epoch: 1 does not follow epoch 1";
        QTest::newRow("row after run") << "/run/history/2/epoch" << "9" << "run.history[2].epoch: 9 is after the run's epoch 3";
        // The first row names the series (the task checks them); later rows must match.
        QTest::newRow("row unknown field") << "/run/history/1/loss" << "1" << "run.history[1].loss: unknown field \"loss\"";
        QTest::newRow("row not object") << "/run/history/2" << "[1, 2]" << "run.history[2]: expected an object";
        QTest::newRow("negative step") << "/run/step" << "-1" << "run.step: -1 is outside 0 .. ";
        QTest::newRow("history not list") << "/run/history" << "{}" << "run.history: expected a list of rows";
        QTest::newRow("unknown run field") << "/run/epochs" << "3" << "run.epochs: unknown field \"epochs\"";
        QTest::newRow("run not object") << "/run" << "[]" << "run: expected an object";
    }

    void badRun() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, message);
        json j = experimentToJson(trainedRun());
        j[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        try {
            experimentFromJson(j);
            QFAIL("a damaged run was read");
        } catch (const SpecError& e) {
            QVERIFY2(QString(e.what()).startsWith(message), e.what());
        }
        // The missing epoch of a row is named too.
        json k = experimentToJson(trainedRun());
        k["run"]["history"][0].erase("epoch");
        QVERIFY_THROWS_EXCEPTION(SpecError, experimentFromJson(k));
    }

    // ---- saving never destroys the previous file --------------------------

    void writeToMissingFolderThrows() {
        QVERIFY_THROWS_EXCEPTION(Error, writeExperimentFile(defaultExperiment(), "/nonexistent-nnlab-folder/x.json"));
    }

    // A full disk part-way through the file (a file-size limit: EFBIG, the same
    // failing write() as ENOSPC): the error gives the system's reason, the old
    // file is intact, and no temporary file is left behind.
    void failedWriteKeepsOldFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("experiment.json");
        writeExperimentFile(defaultExperiment(), path.toStdString());
        const std::string old = readText(path);
        QVERIFY(old.size() > 200);
        Experiment other = defaultExperiment();
        other.title = "something else";
        {
            nnlab::test::FileSizeLimit full(100);
            QVERIFY(full.active());
            try {
                writeExperimentFile(other, path.toStdString());
                QFAIL("a write past the file-size limit did not throw");
            } catch (const Error& e) {
                QVERIFY2(QString(e.what()).startsWith(path), e.what());
                QVERIFY2(QString(e.what()).contains(QString::fromUtf8(std::strerror(EFBIG))), e.what());
            }
        }
        QCOMPARE(readText(path), old);
        QCOMPARE(readExperimentFile(path.toStdString()).title, defaultExperiment().title);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList({"experiment.json"}));
        if (geteuid() != 0) {  // a read-only folder stops everyone but root
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            QVERIFY_THROWS_EXCEPTION(Error, writeExperimentFile(other, path.toStdString()));
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QCOMPARE(readText(path), old);
        }
    }

    // ---- nnlab-cli ---------------------------------------------------------

    void cliTrain_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<QString>("metric");
        QTest::newRow("xor_relu") << "xor_relu.json" << 5 << "accuracy";
        QTest::newRow("regression_plane") << "regression_plane.json" << 3 << "rmse";
        QTest::newRow("csv_flowers (relative CSV path)") << "csv_flowers.json" << 4 << "accuracy";
    }
    void cliTrain() {
        QFETCH(QString, file);
        QFETCH(int, epochs);
        QFETCH(QString, metric);
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Run from the temporary folder: paths in the file must not depend on it.
        const Run r = runCli({"train", examplesDir() + file, "--epochs", QString::number(epochs), "--out", "out"},
                             dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains("wrote "), qPrintable(r.out));

        QFile history(dir.filePath("out/history.csv"));
        QVERIFY(history.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(history.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), epochs + 1);
        QCOMPARE(lines[0], QString("epoch,step,train_loss,test_loss,train_%1,test_%1,learning_rate").arg(metric));
        for (int k = 1; k <= epochs; ++k) {
            const QStringList cells = lines[k].split(',');
            QCOMPARE(cells.size(), 7);
            QCOMPARE(cells[0], QString::number(k));
            bool ok = false;
            QVERIFY(std::isfinite(cells[2].toDouble(&ok)) && ok);
        }

        const Experiment trained = readExperimentFile(dir.filePath("out/trained.json").toStdString());
        QCOMPARE(trained.epochs, epochs);
        QVERIFY(trained.weights && !trained.weights->empty());
        SupervisedTask task(trained);  // loads, weights fit
        QVERIFY(task.network().parameterCount() > 0);
        QVERIFY(trained.run);
        QCOMPARE(trained.run->epoch, std::uint64_t(epochs));
        QCOMPARE(int(trained.run->history.size()), epochs);

        // Trained again: it goes on from the saved epoch, with the old rows kept.
        const Run more = runCli({"train", "out/trained.json", "--epochs", QString::number(epochs + 2), "--out", "more"}, dir.path());
        QVERIFY2(more.exitCode == 0, qPrintable(more.err + more.out));
        QFile longer(dir.filePath("more/history.csv"));
        QVERIFY(longer.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList rows = QString::fromUtf8(longer.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), epochs + 3);
        QCOMPARE(rows[1], lines[1]);
        QCOMPARE(rows.last().split(',').first(), QString::number(epochs + 2));
        // Nothing left to train: says so, still writes the files.
        const Run none = runCli({"train", "more/trained.json", "--out", "none"}, dir.path());
        QVERIFY2(none.exitCode == 0 && none.out.contains("nothing to train"), qPrintable(none.err + none.out));
    }

    void cliTrainBadFile() {
        const Run r = runCli({"train", badDir() + "unknown_activation.json", "--out", QDir::tempPath() + "/nnlab-never"});
        QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(QString::number(r.exitCode)));
        QVERIFY2(r.err.contains("network.layers[2].activation: unknown activation \"rlu\""), qPrintable(r.err));
        QVERIFY2(r.err.contains("did you mean \"relu\"?"), qPrintable(r.err));
        QVERIFY(!QFile::exists(QDir::tempPath() + "/nnlab-never/history.csv"));
    }

    void cliOracle() {
        const QString source = oracleDir() + "train_00_sgd_mae.json";
        QVERIFY2(QFile::exists(source), qPrintable(source));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        json file = loadJson(source);
        writeJson(dir.filePath("copy.json"), file);
        Run r = runCli({"oracle", dir.filePath("copy.json")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(": ok "), qPrintable(r.out + r.err));

        // A reference value off by 1e-4 (relative) is far above the 1e-7 limit.
        file["expected"]["final_full_loss"] = file["expected"]["final_full_loss"].get<double>() * (1.0 + 1e-4);
        writeJson(dir.filePath("perturbed.json"), file);
        r = runCli({"oracle", dir.filePath("perturbed.json")});
        QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY2(r.out.contains("FAIL"), qPrintable(r.out));

        writeJson(dir.filePath("unknown.json"), json{{"kind", "teleporter"}, {"name", "not a kind"}});
        r = runCli({"oracle", dir.filePath("unknown.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("skipped:"), qPrintable(r.out));
    }

    void cliHelp_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        QTest::newRow("--help") << QStringList{"--help"} << "usage: nnlab-cli COMMAND";
        QTest::newRow("train --help") << QStringList{"train", "--help"} << "usage: nnlab-cli train";
        QTest::newRow("oracle --help") << QStringList{"oracle", "--help"} << "usage: nnlab-cli oracle";
    }
    void cliHelp() {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(usage), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
