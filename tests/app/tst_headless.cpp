// The window run from a script (--screenshot, --page, --train-steps): the
// real nnlab executable, offscreen, with a time limit. It always ends, with
// the status and the picture it was asked for: a run paused on a NaN is still
// pictured, a file that will not open is an error on stderr (no dialog waits
// for a click), and both modes refuse the same bad arguments.
#include "../RunProcess.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using nnlab::test::ProcessRun;

namespace {

constexpr int kLimitMs = 90000;

ProcessRun runLab(const QStringList& args, const QString& dir) {
    return nnlab::test::runProcess(QStringLiteral(NNLAB_APP_PATH), args, dir, kLimitMs);
}

QString lesson(const char* name) { return QStringLiteral(NNLAB_RESOURCES_DIR "/lessons/") + QLatin1String(name) + ".json"; }

}  // namespace

class TestHeadless : public QObject {
    Q_OBJECT
private slots:
    // The two lessons whose picture matters most blow up to NaN within the
    // 600 steps: the picture shows the paused run and its message, exit 0
    // (1 when asked with --fail-on-nan, the picture written all the same).
    void nanRunIsStillPictured_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("failOnNan");
        QTest::newRow("large-init-broken") << lesson("large-init-broken") << false;
        QTest::newRow("exploding-clipping-broken") << lesson("exploding-clipping-broken") << false;
        QTest::newRow("large-init-broken, --fail-on-nan") << lesson("large-init-broken") << true;
    }
    void nanRunIsStillPictured() {
        QFETCH(QString, file);
        QFETCH(bool, failOnNan);
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QTemporaryDir dir;
        QStringList args = {file, QStringLiteral("--train-steps"), QStringLiteral("600"), QStringLiteral("--dock"), QStringLiteral("health"),
                            QStringLiteral("--screenshot"), QStringLiteral("F.png")};
        if (failOnNan) args << QStringLiteral("--fail-on-nan");
        const ProcessRun r = runLab(args, dir.path());
        QVERIFY2(r.finished && r.exitCode == (failOnNan ? 1 : 0), qPrintable(r.describe()));
        const QImage picture(dir.filePath(QStringLiteral("F.png")));
        QVERIFY2(!picture.isNull() && picture.width() > 400, "no picture written");
        // It did stop on the NaN (else this row tests nothing) and says so.
        QVERIFY2(r.err.contains(QStringLiteral("NaN")), qPrintable(r.describe()));
    }

    // Nobody is there to click: the reason goes to stderr, the exit is
    // non-zero, no picture pretends all went well.
    void badFileIsAnErrorNotADialog_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing") << QStringLiteral("MISSING.json");
        QTest::newRow("directory") << QStringLiteral(".");
    }
    void badFileIsAnErrorNotADialog() {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const ProcessRun r = runLab({file, QStringLiteral("--screenshot"), QStringLiteral("x.png")}, dir.path());
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("Could not open")), qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    // One parser for the window and the explorer pages: the same mistake gets
    // the same message and status 2 in both, before any window opens.
    void badArgumentsAreRefusedInEveryMode_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString steps = QStringLiteral("--train-steps needs a whole number");
        QTest::newRow("page, steps abc") << QStringList{"--page", "optimizers", "--train-steps", "abc"} << steps;
        QTest::newRow("page, steps abc, screenshot")
            << QStringList{"--page", "optimizers", "--train-steps", "abc", "--screenshot", "p.png"} << steps;
        QTest::newRow("page, steps -3") << QStringList{"--page", "optimizers", "--train-steps", "-3"} << steps;
        QTest::newRow("window, steps abc") << QStringList{"--train-steps", "abc", "--screenshot", "w.png"} << steps;
        QTest::newRow("window, steps 1.5") << QStringList{"--train-steps", "1.5"} << steps;
        QTest::newRow("unknown page") << QStringList{"--page", "nope"} << QStringLiteral("unknown page \"nope\"");
        QTest::newRow("unknown option") << QStringList{"--bogus"} << QStringLiteral("bogus");
        QTest::newRow("page with a file") << QStringList{"--page", "losses", "a.json"} << QStringLiteral("--page");
        QTest::newRow("--fail-on-nan alone") << QStringList{"--fail-on-nan"} << QStringLiteral("--fail-on-nan");
        QTest::newRow("unknown dock") << QStringList{"--dock", "nope", "--screenshot", "d.png"} << QStringLiteral("no dock \"nope\"");
    }
    void badArgumentsAreRefusedInEveryMode() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const ProcessRun r = runLab(args, dir.path());
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("nnlab: ")) && r.err.contains(message), qPrintable(r.describe()));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());  // no picture
    }

    // Help and version print and end; no window waits.
    void helpAndVersionEnd_data() {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("shows");
        QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--fail-on-nan");
        QTest::newRow("--help-all") << QStringLiteral("--help-all") << QStringLiteral("--platform");
        QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("nnlab ");
    }
    void helpAndVersionEnd() {
        QFETCH(QString, arg);
        QFETCH(QString, shows);
        QTemporaryDir dir;
        const ProcessRun r = runLab({arg}, dir.path());
        QVERIFY2(r.finished && r.exitCode == 0 && r.out.contains(shows), qPrintable(r.describe()));
    }

    // Without any display (an ssh session): help, and a picture, still work.
    void noDisplayIsNeededForHelpOrAPicture_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("shows");
        QTest::newRow("--help") << QStringList{"--help"} << QStringLiteral("--screenshot");
        QTest::newRow("--screenshot") << QStringList{"--train-steps", "5", "--screenshot", "out.png"} << QString();
    }
    void noDisplayIsNeededForHelpOrAPicture() {
        QFETCH(QStringList, args);
        QFETCH(QString, shows);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) env.remove(QLatin1String(name));
        QTemporaryDir dir;
        const ProcessRun r = nnlab::test::runProcess(QStringLiteral(NNLAB_APP_PATH), args, dir.path(), kLimitMs, env);
        QVERIFY2(r.finished && r.exitCode == 0 && r.out.contains(shows), qPrintable(r.describe()));
        if (shows.isEmpty()) QVERIFY(!QImage(dir.filePath(QStringLiteral("out.png"))).isNull());
    }

    // And a good run still ends with its picture and status 0.
    void goodRunsWriteTheirPicture_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("window") << QStringList{"--train-steps", "20", "--screenshot", "out.png"};
        QTest::newRow("page") << QStringList{"--page", "optimizers", "--train-steps", "30", "--screenshot", "out.png"};
    }
    void goodRunsWriteTheirPicture() {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const ProcessRun r = runLab(args, dir.path());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!QImage(dir.filePath(QStringLiteral("out.png"))).isNull());
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
