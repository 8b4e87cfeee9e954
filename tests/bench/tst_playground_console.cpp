// gui_bench's reading of TensorFlow Playground's console line
// (bench/gui/PlaygroundConsole): the figures of Chromium's real log format,
// and errors for what a broken page or a changed script would print.
#include <QtTest>

#include "PlaygroundConsole.h"

using namespace nnlab;

namespace {

// Chromium 156's stderr around the line (--enable-logging=stderr --v=0).
const std::string kLog =
    "[6539:6539:1205/032632.989081:WARNING:sandbox/policy/linux/sandbox_linux.cc:405] InitializeSandbox() called\n"
    "[6474:6474:1205/032640.282482:INFO:CONSOLE:16] \"nnlab-tfp frames=92 seconds=5.016 longest_gap_ms=83.4 "
    "epochs=91 training_samples=250 viewport=1279x656\", source: file:///tmp/x/page/nnlab_measure.js (16)\n"
    "[6474:6474:1205/032712.061070:ERROR:content/common/zygote/zygote_communication_linux.cc:313] Failed\n";

}  // namespace

class TestPlaygroundConsole : public QObject {
    Q_OBJECT
private slots:
    void figuresFromChromiumsLog() {
        const PlaygroundReading reading = readPlaygroundConsole(kLog);
        QVERIFY(reading.error.empty());
        QVERIFY(reading.figures.has_value());
        const PlaygroundFigures& f = *reading.figures;
        QCOMPARE(f.frames, 92L);
        QCOMPARE(f.epochs, 91L);
        QCOMPARE(f.trainingSamples, 250L);
        QCOMPARE(f.longestGapMs, 83.4);
        QCOMPARE(f.viewport, std::string("1279x656"));
        QVERIFY(qAbs(f.framesPerSecond() - 92 / 5.016) < 1e-9);
        QVERIFY(qAbs(f.samplesPerSecond() - 91 * 250 / 5.016) < 1e-9);
    }
    void olderConsoleFormat() {
        // Older Chromium wrote "CONSOLE(16)" instead of "CONSOLE:16".
        const auto reading = readPlaygroundConsole(
            "[1:1:0101/000000.0:INFO:CONSOLE(16)] \"nnlab-tfp frames=10 seconds=1 longest_gap_ms=120 epochs=10 training_samples=250\", source: x (16)");
        QVERIFY(reading.figures.has_value());
        QCOMPARE(reading.figures->framesPerSecond(), 10.0);
        QCOMPARE(reading.figures->samplesPerSecond(), 2500.0);
    }
    void nothingYet() {
        const auto reading = readPlaygroundConsole("[1:1:0101/000000.0:ERROR:dbus/bus.cc:405] Failed to connect to the bus\n[1:1:0101/00");
        QVERIFY(!reading.figures.has_value());
        QVERIFY(reading.error.empty());
    }
    void pageError() {
        const auto reading = readPlaygroundConsole("x \"nnlab-tfp error=no-play-button-or-epoch-counter\", source: y (21)\n");
        QVERIFY(!reading.figures.has_value());
        QCOMPARE(reading.error, std::string("no-play-button-or-epoch-counter"));
    }
    void missingOrBadFigure_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("field");
        QTest::newRow("no epochs") << "nnlab-tfp frames=9 seconds=1 longest_gap_ms=120 training_samples=250" << "epochs";
        QTest::newRow("NaN epochs") << "nnlab-tfp frames=9 seconds=1 longest_gap_ms=120 epochs=NaNx training_samples=250" << "epochs";
        QTest::newRow("text gap") << "nnlab-tfp frames=9 seconds=1 longest_gap_ms=12ms epochs=9 training_samples=250" << "longest_gap_ms";
        QTest::newRow("zero seconds") << "nnlab-tfp frames=9 seconds=0 longest_gap_ms=120 epochs=9 training_samples=250" << "seconds";
        // The quote ends Chromium's message: a figure after it is not the page's.
        QTest::newRow("after the quote") << "\"nnlab-tfp frames=9 seconds=1 longest_gap_ms=1 epochs=9\", source: training_samples=250" << "training_samples";
    }
    void missingOrBadFigure() {
        QFETCH(QString, line);
        QFETCH(QString, field);
        const auto reading = readPlaygroundConsole(line.toStdString());
        QVERIFY(!reading.figures.has_value());
        QVERIFY2(QString::fromStdString(reading.error).startsWith(field + QLatin1Char(':')), reading.error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestPlaygroundConsole)
#include "tst_playground_console.moc"
