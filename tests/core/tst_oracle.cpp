// Every reference file in ../shared/oracle, replayed by the same code as
// `nnlab-cli oracle`: one data row per file, so a failure names it. Kinds the
// engine does not have yet are skipped with the reason, never counted as passed.
#include <QtTest>

#include "OracleJson.h"
#include "oracle/OracleReplay.h"

class TestOracle : public QObject {
    Q_OBJECT
private slots:
    void filesArePresent() {
        // A wrong path must not pass silently.
        QVERIFY2(oracle::files("*.json").size() >= 20, qPrintable("no reference files in " + oracle::dir()));
        QVERIFY(!oracle::files("train_*.json").isEmpty());
        QVERIFY(oracle::files("activations.json").size() == 1);
        QVERIFY(oracle::files("losses.json").size() == 1);
    }

    void replay_data() {
        QTest::addColumn<QString>("file");
        for (const QString& f : oracle::files("*.json")) QTest::newRow(qPrintable(f)) << f;
    }
    void replay() {
        QFETCH(QString, file);
        const nnlab::OracleResult r = nnlab::replayOracleFile((oracle::dir() + "/" + file).toStdString());
        if (r.skipped) QSKIP(qPrintable(QString::fromStdString(r.reason)));
        QVERIFY2(!r.checks.empty(), "the file produced no comparison");
        for (const std::string& part : r.skippedParts) qWarning("skipped case: %s", part.c_str());
        QVERIFY2(r.skippedParts.empty(), "some cases of a supported kind were skipped");
        const nnlab::OracleCheck* worst = r.worst();
        QVERIFY2(r.maxError() <= nnlab::kOracleFailAbove,
                 qPrintable(QString("%1: relative error %2").arg(QString::fromStdString(worst->what)).arg(worst->error)));
    }

    void replayRejectsAWrongNumber() {
        // The comparison itself can fail: perturb one expected value.
        nlohmann::json file = oracle::load("losses.json");
        auto& c = file["cases"]["mse"];
        c["value"] = c["value"].get<double>() * (1.0 + 1e-5);
        const nnlab::OracleResult r = nnlab::replayOracle(file, "perturbed");
        QVERIFY(r.maxError() > nnlab::kOracleFailAbove);
    }

    void unknownKindIsSkippedNotPassed() {
        const nnlab::OracleResult r = nnlab::replayOracle(nlohmann::json{{"kind", "quantum"}}, "x");
        QVERIFY(r.skipped);
        QVERIFY(r.checks.empty());
    }
};

QTEST_APPLESS_MAIN(TestOracle)
#include "tst_oracle.moc"
