// One setting of an experiment by its file path (core/experiment/ExperimentPath.h):
// get and set of nested fields and list entries, the refusals (unknown field,
// index out of range, wrong kind, a value the file reader refuses), the
// experiment left untouched by a refusal, what a running task does with each
// setting, and SetHyper by path on a running task (weights and Adam state kept).
#include <QtTest>

#include "Error.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentJson.h"
#include "experiment/ExperimentPath.h"
#include "training/Command.h"
#include "tasks/supervised/SupervisedTask.h"

#include <nlohmann/json.hpp>

using namespace nnlab;
using nlohmann::json;

namespace {

// The default experiment, smaller: 2-8-8-1 tanh on 100 spiral points, Adam.
Experiment smallExperiment() {
    Experiment e = defaultExperiment();
    e.data.points = 100;
    e.features = {"x1", "x2"};
    e.epochs = 20;
    return e;
}

QStringList experimentFiles() {
    QStringList files;
    for (const char* dir : {NNLAB_RESOURCES_DIR "/experiments/", NNLAB_RESOURCES_DIR "/lessons/"})
        for (const QString& name : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << QString(dir) + name;
    return files;
}

QString message(const std::exception& e) { return QString::fromStdString(e.what()); }

}  // namespace

class TestExperimentPath : public QObject {
    Q_OBJECT
private slots:
    void getReadsTheFileValue_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");  // JSON
        QTest::newRow("optimizer.lr") << "optimizer.lr" << "0.01";
        QTest::newRow("optimizer.name") << "optimizer.name" << "\"adam\"";
        QTest::newRow("default parameter") << "optimizer.beta1" << "0.9";
        QTest::newRow("layer units") << "network.layers[1].units" << "8";
        QTest::newRow("activation as the file has it") << "network.layers[2].activation" << "\"sigmoid\"";
        QTest::newRow("activation name") << "network.layers[2].activation.name" << "\"sigmoid\"";
        QTest::newRow("regularization.l2") << "regularization.l2" << "0.0";
        QTest::newRow("batch_size") << "batch_size" << "10";
        QTest::newRow("data.noise") << "data.noise" << "0.0";
        QTest::newRow("list entry") << "features[2]" << "\"x1_sq\"";
        QTest::newRow("whole list") << "features"
                                    << R"(["x1","x2","x1_sq","x2_sq","x1_x2","sin_x1","sin_x2"])";
    }
    void getReadsTheFileValue() {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const json got = getByPath(defaultExperiment(), path.toStdString());
        QCOMPARE(QString::fromStdString(got.dump()), QString::fromStdString(json::parse(expected.toStdString()).dump()));
    }

    void setChangesOnlyThatSetting_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");  // JSON
        QTest::newRow("optimizer.lr") << "optimizer.lr" << "0.5";
        QTest::newRow("a parameter the file leaves out") << "optimizer.beta2" << "0.99";
        QTest::newRow("layer units") << "network.layers[1].units" << "5";
        QTest::newRow("activation") << "network.layers[0].activation" << "\"relu\"";
        QTest::newRow("initializer") << "network.layers[2].weight_init" << "\"he_uniform\"";
        QTest::newRow("layer name") << "network.layers[0].name" << "\"first\"";
        QTest::newRow("regularization.l2") << "regularization.l2" << "0.001";
        QTest::newRow("batch_size") << "batch_size" << "32";
        QTest::newRow("data.noise") << "data.noise" << "0.25";
        QTest::newRow("list entry") << "features[1]" << "\"sin_x1\"";
        QTest::newRow("schedule") << "schedule.kind" << "\"cosine\"";
        QTest::newRow("early stopping") << "early_stopping.patience" << "7";
        QTest::newRow("title") << "title" << "\"renamed\"";
    }
    void setChangesOnlyThatSetting() {
        QFETCH(QString, path);
        QFETCH(QString, value);
        const Experiment before = smallExperiment();
        Experiment e = before;
        const json v = json::parse(value.toStdString());
        setByPath(e, path.toStdString(), v);
        QCOMPARE(QString::fromStdString(getByPath(e, path.toStdString()).dump()), QString::fromStdString(v.dump()));
        const std::vector<std::string> changed = changedSettings(before, e);
        QCOMPARE(changed.size(), std::size_t(1));
        // A list of values (features) is one setting; so is a choice (activation).
        const QString reported = path.endsWith("]") ? path.left(path.indexOf('[')) : path;
        QCOMPARE(QString::fromStdString(changed[0]), reported);
    }

    void setReachesTheExperimentFields() {
        Experiment e = defaultExperiment();
        setByPath(e, "network.layers[1].units", 5);
        QCOMPARE(e.network.layers[1].units, Index(5));
        setByPath(e, "optimizer.lr", 0.125);
        QCOMPARE(e.optimizer.params.at("lr"), 0.125);
        setByPath(e, "regularization.clip_norm", 2.0);
        QCOMPARE(e.regularization.clipNorm, 2.0);
        setByPath(e, "batch_size", 32.0);  // SetHyper sends doubles: a whole one is a whole number
        QCOMPARE(e.batchSize, 32);
        setByPath(e, "data.noise", 0.3);
        QCOMPARE(e.data.noise, 0.3);
        // A parameter of a choice written as a bare name ("tanh").
        setByPath(e, "network.layers[0].activation", "leaky_relu");
        setByPath(e, "network.layers[0].activation.slope", 0.2);
        QCOMPARE(e.network.layers[0].activation.name, std::string("leaky_relu"));
        QCOMPARE(e.network.layers[0].activation.params.at("slope"), 0.2);
    }

    void renamingAChoiceKeepsWhatTheNewOneTakes() {
        Experiment e = defaultExperiment();
        e.optimizer = NamedSpec("sgd", {{"lr", 0.05}, {"momentum", 0.9}});
        setByPath(e, "optimizer.name", "adam");  // adam has no momentum
        QCOMPARE(e.optimizer.name, std::string("adam"));
        QCOMPARE(e.optimizer.params, (std::map<std::string, double>{{"lr", 0.05}}));
    }

    void refusals_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");  // JSON
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << "optimizer.lrr" << "0.1"
                                       << "optimizer.lrr: unknown field \"lrr\" (known: beta1, beta2, eps, lr, name; did you mean \"lr\"?)";
        QTest::newRow("unknown field, near miss") << "regularization.l3" << "0.1"
                                                  << "regularization.l3: unknown field \"l3\"";
        QTest::newRow("unknown top-level field") << "epoch" << "5" << "did you mean \"epochs\"?";
        QTest::newRow("unknown layer field") << "network.layers[0].colour" << "\"red\""
                                             << "network.layers[0].colour: unknown field \"colour\"";
        QTest::newRow("index out of range") << "network.layers[3].units" << "4"
                                            << "network.layers[3].units: index out of range (network.layers has 3 entries)";
        QTest::newRow("index of a non-list") << "regularization[0]" << "1"
                                             << "regularization[0]: regularization is an object, not a list";
        QTest::newRow("field of a number") << "batch_size.x" << "1"
                                           << "batch_size.x: batch_size is a whole number, it has no fields";
        QTest::newRow("text for a number") << "optimizer.lr" << "\"fast\""
                                           << "optimizer.lr: expected a number, got \"fast\"";
        QTest::newRow("number for a name") << "network.layers[0].activation" << "3"
                                           << "network.layers[0].activation: expected a name or an object with \"name\", got 3";
        QTest::newRow("fraction for a whole number") << "batch_size" << "10.5"
                                                     << "batch_size: expected a whole number, got 10.5";
        QTest::newRow("list for a number, quoted short") << "data.noise" << std::string(2000, '[').append(std::string(2000, ']')).c_str()
                                                         << "data.noise: expected a number, got [[[[";
        QTest::newRow("reader: range") << "network.layers[0].units" << "0"
                                       << "network.layers[0].units: 0 is outside 1 .. ";
        QTest::newRow("reader: name") << "network.layers[0].activation" << "\"rlu\""
                                      << "network.layers[0].activation: unknown activation \"rlu\"";
        QTest::newRow("reader: optimizer") << "optimizer.lr" << "-1" << "optimizer: optimizer \"adam\": lr = ";
        QTest::newRow("reader: noise") << "data.noise" << "0.9" << "data.noise: 0.9 is outside 0 .. 0.8";
        QTest::newRow("not a path") << "optimizer..lr" << "1" << "optimizer..lr: not a setting path";
        QTest::newRow("empty path") << "" << "1" << "not a setting path";
        QTest::newRow("bad index") << "network.layers[x].units" << "1" << "not a setting path";
    }
    void refusals() {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const Experiment before = defaultExperiment();
        Experiment e = before;
        try {
            setByPath(e, path.toStdString(), json::parse(value.toStdString()));
            QFAIL("accepted");
        } catch (const SpecError& err) {
            QVERIFY2(message(err).contains(expected), qPrintable(message(err)));
            QVERIFY2(message(err).size() < 400, qPrintable(message(err)));
        }
        QVERIFY(experimentToJson(e) == experimentToJson(before));  // untouched
        if (!value.startsWith("[")) QVERIFY_THROWS_EXCEPTION(SpecError, getByPath(before, path.toStdString() + ".x"));
    }

    void getRefusesUnknownPaths() {
        const Experiment e = defaultExperiment();
        QVERIFY_THROWS_EXCEPTION(SpecError, getByPath(e, "optimizer.lrr"));
        QVERIFY_THROWS_EXCEPTION(SpecError, getByPath(e, "network.layers[3]"));
        QVERIFY_THROWS_EXCEPTION(SpecError, getByPath(e, "network.layers[0].activation.slope"));  // tanh has none
    }

    void savedWeightsAndRunAreKept() {
        SupervisedTask task(smallExperiment());
        for (int i = 0; i < 5; ++i) task.step();
        Experiment e = smallExperiment();
        e.weights = task.weights();
        e.run = RunRecord{5, 0, {}};
        setByPath(e, "optimizer.lr", 0.02);
        QVERIFY(e.weights.has_value() && *e.weights == task.weights());
        QVERIFY(e.run.has_value() && e.run->step == 5);
    }

    // Writing and reading back must change nothing else, for every file we ship.
    void readBackChangesNothingElse_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = experimentFiles();
        QVERIFY2(files.size() >= 10, qPrintable(QString::number(files.size())));
        for (const QString& f : files) QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void readBackChangesNothingElse() {
        QFETCH(QString, file);
        const Experiment before = readExperimentFile(file.toStdString());
        Experiment e = before;
        setByPath(e, "title", "x");
        setByPath(e, "title", before.title);
        QVERIFY(experimentToJson(e) == experimentToJson(before));
        QVERIFY(changedSettings(before, e).empty());
    }

    void settingEffects_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("effect");
        const int none = int(SettingEffect::None), live = int(SettingEffect::Live), rebuild = int(SettingEffect::Rebuild);
        QTest::newRow("title") << "title" << none;
        QTest::newRow("lr") << "optimizer.lr" << live;
        QTest::newRow("momentum") << "optimizer.momentum" << live;
        QTest::newRow("l2") << "regularization.l2" << live;
        QTest::newRow("batch_size") << "batch_size" << live;
        QTest::newRow("epochs") << "epochs" << live;
        QTest::newRow("optimizer name") << "optimizer.name" << rebuild;
        QTest::newRow("units") << "network.layers[1].units" << rebuild;
        QTest::newRow("noise") << "data.noise" << rebuild;
        QTest::newRow("loss") << "loss" << rebuild;
        QTest::newRow("schedule") << "schedule.kind" << rebuild;
        QTest::newRow("classroom") << "classroom" << none;
        QTest::newRow("classroom.hide") << "classroom.hide[0]" << none;
    }
    void settingEffects() {
        QFETCH(QString, path);
        QFETCH(int, effect);
        QCOMPARE(int(settingEffect(path.toStdString())), effect);
    }

    void changedSettingsComparesDefaults() {
        const Experiment a = defaultExperiment();
        Experiment b = a;
        b.optimizer.params["beta1"] = 0.9;  // adam's default, now written out
        QVERIFY(changedSettings(a, b).empty());
        b.network.layers.pop_back();
        const std::vector<std::string> changed = changedSettings(a, b);
        QCOMPARE(changed, std::vector<std::string>{"network.layers"});
    }

    // A kind's section the file gives only in part (experiment/KindSection.h):
    // every setting it leaves out can still be read and changed by path, as a
    // verdict's "try this" does, and the file keeps what it said.
    void aPartialKindSectionGetsItsDefaults() {
        Experiment gan = experimentFromJson(json::parse(R"({"format": "nnlab-experiment", "version": 1, "kind": "gan",
                                                            "batch_size": 150, "gan": {"distribution": "ring"}})"));
        QCOMPARE(getByPath(gan, "gan.generator_steps"), json(1));
        QCOMPARE(getByPath(gan, "gan.discriminator_optimizer.lr"), json(0.1));
        QCOMPARE(getByPath(gan, "gan.generator.layers[0].units"), json(16));
        QCOMPARE(getByPath(gan, "gan.distribution"), json("ring"));
        const Experiment before = gan;
        setByPath(gan, "gan.discriminator_steps", 3.0);
        QCOMPARE(gan.kindSection.at("discriminator_steps"), json(3));
        QCOMPARE(gan.kindSection.at("distribution"), json("ring"));
        QCOMPARE(changedSettings(before, gan), std::vector<std::string>{"gan.discriminator_steps"});
        setByPath(gan, "gan.generator.layers[0].units", 8.0);
        QCOMPARE(getByPath(gan, "gan.generator.layers[0].units"), json(8));
        QCOMPARE(getByPath(gan, "gan.discriminator.layers[0].units"), json(16));

        Experiment map = experimentFromJson(json::parse(R"({"format": "nnlab-experiment", "version": 1,
                                                            "kind": "kohonen_line", "kohonen_line": {}})"));
        QCOMPARE(getByPath(map, "kohonen_line.units"), json(12));
        setByPath(map, "kohonen_line.radius", 2.0);
        QCOMPARE(map.kindSection, (json{{"radius", 2.0}}));
    }

    void shortKeysBecomePaths_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("path");
        QTest::newRow("lr") << "lr" << "optimizer.lr";
        QTest::newRow("momentum") << "momentum" << "optimizer.momentum";
        QTest::newRow("l2") << "l2" << "regularization.l2";
        QTest::newRow("clip_norm") << "clip_norm" << "regularization.clip_norm";
        QTest::newRow("batch_size") << "batch_size" << "batch_size";
        QTest::newRow("seed") << "seed" << "seed";
        QTest::newRow("a path") << "network.layers[0].units" << "network.layers[0].units";
    }
    void shortKeysBecomePaths() {
        QFETCH(QString, key);
        QFETCH(QString, path);
        QCOMPARE(QString::fromStdString(settingPath(key.toStdString())), path);
    }

    // SetHyper by path on a running Adam task: the same rate sent again changes
    // nothing at all (no rebuild, no new optimizer state), step for step.
    void setHyperByPathKeepsWeightsAndAdamState() {
        SupervisedTask changed(smallExperiment());
        SupervisedTask untouched(smallExperiment());
        for (int i = 0; i < 30; ++i) {
            changed.step();
            untouched.step();
        }
        changed.apply(SetHyper{"optimizer.lr", 0.01});
        changed.apply(SetHyper{"optimizer.beta1", 0.9});
        for (int i = 0; i < 10; ++i) {
            changed.step();
            untouched.step();
        }
        QCOMPARE(changed.stepCount(), untouched.stepCount());
        QVERIFY(changed.weights() == untouched.weights());
        // A new rate takes effect from the next step, from the same weights.
        const WeightSet before = changed.weights();
        changed.apply(SetHyper{"optimizer.lr", 0.2});
        QCOMPARE(changed.learningRate(), 0.2);
        QCOMPARE(changed.experiment().optimizer.params.at("lr"), 0.2);
        QVERIFY(changed.weights() == before);
        // The short key still works.
        changed.apply(SetHyper{"l2", 0.001});
        QCOMPARE(changed.experiment().regularization.l2, 0.001);
    }

    void setHyperRefusesWithThePath() {
        SupervisedTask task(smallExperiment());
        try {
            task.apply(SetHyper{"optimizer.momentum", 0.5});  // adam has none
            QFAIL("accepted");
        } catch (const SpecError& e) {
            QVERIFY2(message(e).startsWith("optimizer.momentum: unknown field"), qPrintable(message(e)));
        }
        QVERIFY_THROWS_EXCEPTION(SpecError, task.apply(SetHyper{"batch_size", -3}));
        QCOMPARE(task.experiment().batchSize, 10);
    }

    // A setting that is not live goes through the rebuild, which keeps what it can.
    void setHyperOnAStructuralPathRebuilds() {
        SupervisedTask task(smallExperiment());
        for (int i = 0; i < 5; ++i) task.step();
        task.apply(SetHyper{"network.layers[1].units", 5});
        QCOMPARE(task.experiment().network.layers[1].units, Index(5));
        QCOMPARE(task.weights().at("dense_2").at("W").rows(), Index(5));
        QCOMPARE(task.stepCount(), std::uint64_t(5));
        task.step();  // still trains
    }
};

QTEST_GUILESS_MAIN(TestExperimentPath)
#include "tst_experiment_path.moc"
