// nnlab-cli as a Unix tool, run as the real executable: the progress bar fits
// the terminal (a pseudo-terminal of a given width) and is plain lines in a
// pipe, an unwritable --out is refused before training with the system's
// reason, an unreadable oracle file is an error and not a failed comparison,
// a metric that does not exist is not printed, docs/cli.md shows every
// command and option that --help does, and nothing is lost: a full disk keeps
// the previous results, a NaN keeps the finished epochs.
#include "../FileSizeLimit.h"
#include "../RunProcess.h"

#include <QFile>
#include <nlohmann/json.hpp>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

using nnlab::test::ProcessRun;

namespace {

constexpr int kLimitMs = 60000;

QString cli() { return QStringLiteral(NNLAB_CLI_PATH); }
QString experiment(const char* name) { return QStringLiteral(NNLAB_RESOURCES_DIR "/experiments/") + QLatin1String(name); }

ProcessRun runCli(const QStringList& args, const QString& dir) { return nnlab::test::runProcess(cli(), args, dir, kLimitMs); }

// Runs the CLI on a pseudo-terminal of this many columns (stdout and stderr
// both on it, as in an interactive shell) and returns all it wrote. With
// resizeTo, the terminal is resized once the first bar has been drawn, as a
// user dragging the window's edge would.
QByteArray runOnTerminal(const QStringList& args, unsigned short columns, const QString& dir, int* status,
                         unsigned short resizeTo = 0) {
    winsize size{};
    size.ws_col = columns;
    size.ws_row = 24;
    int master = -1;
    const QByteArray program = cli().toLocal8Bit();
    std::vector<QByteArray> argBytes;
    for (const QString& a : args) argBytes.push_back(a.toLocal8Bit());
    const QByteArray workDir = dir.toLocal8Bit();
    const pid_t pid = forkpty(&master, nullptr, nullptr, &size);
    if (pid < 0) return {};
    if (pid == 0) {
        std::vector<char*> argv{const_cast<char*>(program.constData())};
        for (QByteArray& a : argBytes) argv.push_back(a.data());
        argv.push_back(nullptr);
        if (chdir(workDir.constData()) != 0) _exit(127);
        execv(program.constData(), argv.data());
        _exit(127);
    }
    QByteArray output;
    char buf[4096];
    for (;;) {
        const ssize_t n = read(master, buf, sizeof buf);
        if (n <= 0) break;  // EIO once the child has closed the terminal
        output.append(buf, n);
        if (resizeTo > 0 && output.contains("] epoch")) {
            size.ws_col = resizeTo;
            ioctl(master, TIOCSWINSZ, &size);
            resizeTo = 0;
        }
    }
    close(master);
    waitpid(pid, status, 0);
    return output;
}

// The text of each drawn line: split at \r and \n, terminal escapes removed.
QStringList drawnLines(const QByteArray& output) {
    QString text = QString::fromUtf8(output);
    text.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]")));
    return text.split(QRegularExpression(QStringLiteral("[\r\n]")), Qt::SkipEmptyParts);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(bytes);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString readDocs() {
    QFile f(QStringLiteral(NNLAB_SOURCE_DIR "/docs/cli.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The text of "## name" up to the next "## " heading.
QString docsSection(const QString& docs, const QString& name) {
    const QString heading = QStringLiteral("\n## ") + name + QLatin1Char('\n');
    const int start = docs.indexOf(heading);
    if (start < 0) return {};
    const int end = docs.indexOf(QStringLiteral("\n## "), start + heading.size());
    return docs.mid(start, end < 0 ? -1 : end - start);
}

// Commands named in the usage's "commands:" list.
QStringList commandsOf(const QString& usage) {
    QStringList commands;
    bool inList = false;
    for (const QString& line : usage.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("commands:"))) inList = true;
        else if (inList && line.startsWith(QStringLiteral("  ")))
            commands << line.trimmed().section(QLatin1Char(' '), 0, 0);
        else if (inList && !line.trimmed().isEmpty()) inList = false;
    }
    return commands;
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    // ---- progress ----------------------------------------------------------

    void progressFitsTheTerminal_data() {
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("bar");
        QTest::newRow("40 columns") << 40 << false;
        QTest::newRow("60 columns") << 60 << false;
        QTest::newRow("80 columns") << 80 << true;
        QTest::newRow("200 columns") << 200 << true;
    }
    void progressFitsTheTerminal() {
        QFETCH(int, columns);
        QFETCH(bool, bar);
        QTemporaryDir dir;
        int status = -1;
        const QByteArray output = runOnTerminal({QStringLiteral("train"), experiment("xor_relu.json"), QStringLiteral("--epochs"),
                                                 QStringLiteral("40"), QStringLiteral("--out"), QStringLiteral("run")},
                                                (unsigned short)columns, dir.path(), &status);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, output.constData());
        const QStringList lines = drawnLines(output);
        int progress = 0;
        for (const QString& line : lines) {
            if (!line.contains(QStringLiteral("epoch "))) continue;  // the run's other lines are text, free to wrap
            // A line as long as the terminal would wrap on some terminals: one column is kept free.
            QVERIFY2(line.size() < columns, qPrintable(QStringLiteral("%1 columns: %2 characters: %3").arg(columns).arg(line.size()).arg(line)));
            if (line.contains(QStringLiteral("epoch 40/40"))) ++progress;
        }
        QCOMPARE(progress, 1);  // redrawn in place: the last epoch drawn once
        const bool hasBar = output.contains("[#####");
        QCOMPARE(hasBar, bar);
        QVERIFY(output.count('\r') >= 40);  // one redraw per epoch
    }

    // The width is asked again at each redraw: after the terminal narrows, the
    // lines fit the new width. The run writes far more than the terminal
    // buffers, so it waits for this reader and its last lines come after the resize.
    void progressFollowsAResize() {
        QTemporaryDir dir;
        int status = -1;
        const QByteArray output = runOnTerminal({QStringLiteral("train"), experiment("default.json"), QStringLiteral("--epochs"),
                                                 QStringLiteral("5000"), QStringLiteral("--out"), QStringLiteral("run")},
                                                200, dir.path(), &status, 50);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, output.right(2000).constData());
        QStringList progress;
        for (const QString& line : drawnLines(output))
            if (line.contains(QStringLiteral("epoch "))) progress << line;
        QVERIFY(progress.size() > 100);
        QVERIFY2(progress.first().size() > 80 && progress.first().startsWith(QLatin1Char('[')), qPrintable(progress.first()));
        QVERIFY2(progress.last().contains(QStringLiteral("epoch 5000/5000")), qPrintable(progress.last()));
        QVERIFY2(progress.last().size() < 50, qPrintable(progress.last()));
    }

    // A long epoch (an image set) shows how far it is, fitted to the
    // terminal, and the bar counts the whole run. 6000 generated digits through
    // a small CNN take seconds per epoch, far above the 0.5 s between redraws.
    void progressWithinALongEpoch() {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("digits.json")), R"({
            "data": {"generator": "digits", "points": 6000, "train_ratio": 1.0},
            "network": {"layers": [{"type": "conv2d", "units": 8, "kernel": 5, "activation": "relu"},
                                   {"type": "maxpool2d", "kernel": 2}, {"type": "flatten"},
                                   {"type": "dense", "units": 10, "activation": "softmax"}]},
            "loss": "sparse_cce", "optimizer": "adam", "batch_size": 32, "epochs": 2})");
        int status = -1;
        const QByteArray output = runOnTerminal({QStringLiteral("train"), dir.filePath(QStringLiteral("digits.json")),
                                                 QStringLiteral("--out"), QStringLiteral("run")},
                                                60, dir.path(), &status);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, output.constData());
        QStringList within;
        for (const QString& line : drawnLines(output))
            if (line.contains(QRegularExpression(QStringLiteral("epoch [12]/2 \\(\\d+ %\\)")))) within << line;
        QVERIFY2(!within.isEmpty(), output.constData());
        for (const QString& line : within) QVERIFY2(line.size() < 60, qPrintable(line));
        QVERIFY2(within.first().startsWith(QLatin1Char('[')), qPrintable(within.first()));
    }

    void progressInAPipeIsPlainLines() {
        QTemporaryDir dir;
        const ProcessRun r = runCli({QStringLiteral("train"), experiment("xor_relu.json"), QStringLiteral("--epochs"), QStringLiteral("5"),
                                     QStringLiteral("--out"), QStringLiteral("run")},
                                    dir.path());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(!r.out.contains(QLatin1Char('\r')) && !r.err.contains(QLatin1Char('\r')));
        QVERIFY(!r.out.contains(QLatin1Char('#')) && !r.err.contains(QLatin1Char('#')));
        for (int epoch = 1; epoch <= 5; ++epoch)
            QVERIFY2(r.out.contains(QStringLiteral("\nepoch %1/5 train_loss ").arg(epoch)), qPrintable(r.out));
    }

    // With no test set (train_ratio 1) there is no test loss and no test
    // accuracy: not "test_acc 0.0000" every epoch.
    void noTestSetNoTestFigures() {
        QTemporaryDir dir;
        const ProcessRun r = runCli({QStringLiteral("train"), experiment("circle_zero_init.json"), QStringLiteral("--epochs"),
                                     QStringLiteral("3"), QStringLiteral("--out"), QStringLiteral("run")},
                                    dir.path());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral(" 0 test samples")), "the file no longer has an empty test set");
        QVERIFY2(r.out.contains(QStringLiteral("epoch 3/3 train_loss ")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("test_")) && !r.out.contains(QStringLiteral("test loss")) &&
                     !r.out.contains(QStringLiteral("test accuracy")),
                 qPrintable(r.out));
        // With a test set the figures are there.
        const ProcessRun withTest = runCli({QStringLiteral("train"), experiment("xor_relu.json"), QStringLiteral("--epochs"),
                                            QStringLiteral("2"), QStringLiteral("--out"), QStringLiteral("run2")},
                                           dir.path());
        QVERIFY2(withTest.out.contains(QStringLiteral("test_accuracy ")) && withTest.out.contains(QStringLiteral("test accuracy")),
                 qPrintable(withTest.out));
    }

    // ---- arguments ---------------------------------------------------------

    // "--epochs 1.5" was cut to 1 epoch without a word: a count that is not a
    // whole number is refused before anything is read or trained.
    void epochsMustBeAWholeNumber_data() {
        QTest::addColumn<QString>("epochs");
        QTest::newRow("1.5") << QStringLiteral("1.5");
        QTest::newRow("3x") << QStringLiteral("3x");
        QTest::newRow("1e2") << QStringLiteral("1e2");
        QTest::newRow("empty") << QString();
    }
    void epochsMustBeAWholeNumber() {
        QFETCH(QString, epochs);
        QTemporaryDir dir;
        const ProcessRun r = runCli({QStringLiteral("train"), experiment("xor_relu.json"), QStringLiteral("--epochs"), epochs,
                                     QStringLiteral("--out"), QStringLiteral("run")},
                                    dir.path());
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("--epochs needs a whole number, got \"") + epochs + QLatin1Char('"')),
                 qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QStringLiteral("epoch 1")), qPrintable(r.describe()));
    }

    // ---- output folder -----------------------------------------------------

    void unwritableOutIsRefusedBeforeTraining_data() {
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("reason");
        QTest::newRow("under a file") << QStringLiteral("afile/run") << QStringLiteral("Not a directory");
        QTest::newRow("a file") << QStringLiteral("afile") << QStringLiteral("");
        QTest::newRow("read-only folder") << QStringLiteral("locked/run") << QStringLiteral("Permission denied");
    }
    void unwritableOutIsRefusedBeforeTraining() {
        QFETCH(QString, out);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("afile")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QStringList args = {QStringLiteral("train"), experiment("xor_relu.json"), QStringLiteral("--epochs"), QStringLiteral("3"),
                            QStringLiteral("--out"), out};
        QString program = cli();
        if (out.startsWith(QStringLiteral("locked"))) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
            QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner |
                                                                                       QFile::ReadOther | QFile::ExeOther));
            if (geteuid() == 0) {
                // Root writes anywhere: run as "nobody", who may enter the folder but not write there.
                if (!QFileInfo::exists(QStringLiteral("/usr/bin/setpriv"))) QSKIP("root, and no setpriv to run as another user");
                QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                                              QFile::WriteOther | QFile::ExeOther));
                args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), cli()} + args;
                program = QStringLiteral("/usr/bin/setpriv");
            }
        }
        const ProcessRun r = nnlab::test::runProcess(program, args, dir.path(), kLimitMs);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("nnlab-cli train: cannot write to ") + out + QStringLiteral(": ") + reason),
                 qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QStringLiteral("epoch 1")), "it trained first");  // found before any epoch
    }

    // ---- nothing lost ------------------------------------------------------

    // A full disk while writing the results (a file-size limit the CLI
    // inherits: writes past 60 bytes fail with "File too large", as on a full
    // disk with "No space left on device"): exit 1 with the system's reason,
    // the previous history.csv and trained.json intact, no temporary file left.
    void fullDiskKeepsThePreviousFiles() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("run")));
        const QString history = dir.filePath(QStringLiteral("run/history.csv"));
        const QString trained = dir.filePath(QStringLiteral("run/trained.json"));
        writeFile(history, "epoch,step\nprevious run\n");
        writeFile(trained, "{\"previous\": true}\n");
        ProcessRun r;
        {
            nnlab::test::FileSizeLimit full(60);
            QVERIFY(full.active());
            r = runCli({QStringLiteral("train"), experiment("xor_relu.json"), QStringLiteral("--epochs"), QStringLiteral("3"),
                        QStringLiteral("--out"), QStringLiteral("run")},
                       dir.path());
        }
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("history.csv: cannot write (write: ") + QString::fromUtf8(std::strerror(EFBIG))),
                 qPrintable(r.describe()));
        QCOMPARE(readFile(history), QByteArray("epoch,step\nprevious run\n"));
        QCOMPARE(readFile(trained), QByteArray("{\"previous\": true}\n"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("run"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({QStringLiteral("history.csv"), QStringLiteral("trained.json")}));
    }

    // Training that stops on a NaN keeps what it did: history.csv with the
    // finished epochs and trained.json with the last good (finite) weights,
    // then exit 1 with the message. The large-init lesson with one batch per
    // epoch: its loss overflows in epoch 3.
    void nanStopKeepsTheFinishedEpochs() {
        QTemporaryDir dir;
        QFile lesson(QStringLiteral(NNLAB_RESOURCES_DIR "/lessons/large-init-broken.json"));
        QVERIFY(lesson.open(QIODevice::ReadOnly));
        QByteArray text = lesson.readAll();
        const QRegularExpression batch(QStringLiteral("\"batch_size\": *[0-9]+"));
        QVERIFY(QString::fromUtf8(text).contains(batch));
        writeFile(dir.filePath(QStringLiteral("lesson.json")),
                  QString::fromUtf8(text).replace(batch, QStringLiteral("\"batch_size\": 100")).toUtf8());
        const ProcessRun r = runCli({QStringLiteral("train"), QStringLiteral("lesson.json"), QStringLiteral("--out"), QStringLiteral("run")},
                                    dir.path());
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("training stopped: ")) && r.err.contains(QStringLiteral("NaN")), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("wrote run/history.csv (3 epochs) and run/trained.json")), qPrintable(r.describe()));
        const QList<QByteArray> rows = readFile(dir.filePath(QStringLiteral("run/history.csv"))).trimmed().split('\n');
        QCOMPARE(rows.size(), 4);  // the header and epochs 1-3
        QVERIFY(rows[0].startsWith("epoch,") && rows[1].startsWith("1,1,") && rows[2].startsWith("2,2,"));
        const QString trained = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("run/trained.json"))));
        const int weights = trained.indexOf(QStringLiteral("\"weights\""));
        QVERIFY2(weights > 0, "no weights saved");
        QVERIFY2(!trained.mid(weights).contains(QStringLiteral("null")), "a saved weight is not finite");
        // It is a whole experiment the CLI reads again.
        const ProcessRun again = runCli({QStringLiteral("train"), QStringLiteral("run/trained.json"), QStringLiteral("--epochs"),
                                         QStringLiteral("3"), QStringLiteral("--out"), QStringLiteral("run2")},
                                        dir.path());
        QVERIFY2(again.finished && again.exitCode == 0 && again.out.contains(QStringLiteral("nothing to train")),
                 qPrintable(again.describe()));
    }

    // ---- diagnose ----------------------------------------------------------

    // A GAN has no gradient health: diagnose prints the verdicts the game
    // reaches itself. A discriminator far ahead (Adam at 0.02, 5 steps per
    // iteration, against SGD at 0.001 under the minimax loss) on the line wins
    // within a few epochs; the file's hand-written section names only that.
    void diagnoseOnAGanPrintsItsVerdicts() {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("winning.json")), R"({"format": "nnlab-experiment", "version": 1,
            "kind": "gan", "seed": 1, "batch_size": 150, "epochs": 5,
            "gan": {"distribution": "line", "loss": "minimax", "discriminator_steps": 5,
                    "discriminator_optimizer": {"name": "adam", "lr": 0.02},
                    "generator_optimizer": {"name": "sgd", "lr": 0.001}}})");
        const ProcessRun r = runCli({QStringLiteral("diagnose"), QStringLiteral("winning.json")}, dir.path());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        const nlohmann::json out = nlohmann::json::parse(r.out.toStdString());
        const nlohmann::json* wins = nullptr;
        for (const nlohmann::json& v : out.at("verdicts"))
            if (v.at("name") == "discriminator_wins") wins = &v;
        QVERIFY2(wins, qPrintable(r.describe()));
        QCOMPARE(wins->at("evidence").at(0).at("key"), nlohmann::json("d_fake_low"));
        QVERIFY(wins->at("evidence").at(0).at("value").get<double>() <= 0.1);
        QCOMPARE(wins->at("remedies").at(0).at("key"), nlohmann::json("use_non_saturating"));
    }

    // ---- oracle ------------------------------------------------------------

    void unreadableOracleFileIsAnError() {
        QTemporaryDir dir;
        const ProcessRun r = runCli({QStringLiteral("oracle"), QStringLiteral("missing.json"), QStringLiteral(".")}, dir.path());
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("nnlab-cli oracle: cannot open missing.json: No such file or directory")),
                 qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("nnlab-cli oracle: cannot open .: is a directory")), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QStringLiteral("FAIL")) && !r.out.contains(QStringLiteral("inf")), qPrintable(r.describe()));
    }

    // ---- forecast ----------------------------------------------------------

    // The sines lesson, trained one epoch, runs free: the seed's 20 steps,
    // then the asked number of predictions; a short seed is refused by name.
    void forecastContinuesASequence() {
        QTemporaryDir dir;
        const ProcessRun train = runCli({QStringLiteral("train"), experiment("sines-lstm.json"), QStringLiteral("--epochs"),
                                         QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("run")},
                                        dir.path());
        QVERIFY2(train.finished && train.exitCode == 0, qPrintable(train.describe()));
        const ProcessRun run = runCli({QStringLiteral("forecast"), QStringLiteral("run/trained.json"), QStringLiteral("--steps"),
                                       QStringLiteral("4"), QStringLiteral("--sample"), QStringLiteral("3")},
                                      dir.path());
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 20 + 4);
        QCOMPARE(lines[0], QStringLiteral("step,source,value"));
        QVERIFY(lines[20].startsWith(QStringLiteral("19,seed,")));
        QVERIFY(lines[21].startsWith(QStringLiteral("20,forecast,")));
        QVERIFY(lines[24].startsWith(QStringLiteral("23,forecast,")));

        writeFile(dir.filePath(QStringLiteral("short.csv")), "value\n0.1\n0.2\n0.3\n");
        const ProcessRun bad = runCli({QStringLiteral("forecast"), QStringLiteral("run/trained.json"), QStringLiteral("short.csv")},
                                      dir.path());
        QVERIFY2(bad.finished && bad.exitCode == 1, qPrintable(bad.describe()));
        QCOMPARE(bad.out, QString());
        QVERIFY2(bad.err.contains(QStringLiteral("seed: 3 time steps, the network's window is 20 steps")), qPrintable(bad.err));
    }

    // ---- help and docs -----------------------------------------------------

    // docs/cli.md shows each usage text verbatim and documents, in the
    // command's own section, every option its --help lists.
    void docsShowEveryCommandAndOption() {
        const QString docs = readDocs();
        QVERIFY2(!docs.isEmpty(), "docs/cli.md not found");
        QTemporaryDir dir;
        const ProcessRun top = runCli({QStringLiteral("--help")}, dir.path());
        QVERIFY2(top.finished && top.exitCode == 0, qPrintable(top.describe()));
        const QStringList commands = commandsOf(top.out);
        QVERIFY2(commands.size() >= 5, qPrintable(top.out));
        for (const QString& line : top.out.split(QLatin1Char('\n')))
            QVERIFY2(docs.contains(line), qPrintable(QStringLiteral("docs/cli.md lacks this line of --help: ") + line));
        const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
        for (const QString& command : commands) {
            const ProcessRun help = runCli({command, QStringLiteral("--help")}, dir.path());
            QVERIFY2(help.finished && help.exitCode == 0, qPrintable(command + QStringLiteral(": ") + help.describe()));
            const QString section = docsSection(docs, command);
            QVERIFY2(!section.isEmpty(), qPrintable(QStringLiteral("docs/cli.md has no \"## %1\" section").arg(command)));
            for (const QString& line : help.out.split(QLatin1Char('\n')))
                QVERIFY2(section.contains(line),
                         qPrintable(QStringLiteral("docs/cli.md, ## %1, lacks this line of its --help: %2").arg(command, line)));
            auto it = option.globalMatch(help.out);
            int options = 0;
            while (it.hasNext()) {
                const QString name = it.next().captured();
                ++options;
                QVERIFY2(section.contains(name), qPrintable(QStringLiteral("%1 %2 is not in docs/cli.md").arg(command, name)));
            }
            if (command != QStringLiteral("oracle")) QVERIFY2(options > 0, qPrintable(command));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
