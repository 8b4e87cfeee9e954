#include "PlaygroundWindow.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace nnlab {

namespace {

// Every setting in the hash, so the page does not fall back on defaults that
// might change; a fixed seed gives the same data and weights each run.
QString pageHash(const char* dataset, const char* networkShape) {
    return QStringLiteral("activation=tanh&batchSize=10&dataset=%1&regDataset=reg-plane&learningRate=0.03"
                          "&regularizationRate=0&noise=0&networkShape=%2&seed=0.58132&showTestData=false"
                          "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false"
                          "&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false"
                          "&problem=classification&initZero=false&hideText=false")
        .arg(QLatin1String(dataset), QLatin1String(networkShape));
}

constexpr long kTrainingSamples = 250;  // 500 points, percTrainData 50

bool isBuiltPage(const QString& dir) {
    return QFileInfo::exists(dir + QStringLiteral("/index.html")) && QFileInfo::exists(dir + QStringLiteral("/bundle.js"));
}

// A copy of the built page with our script after the page's own.
bool preparePage(const QString& from, const QString& to, const PlaygroundRun& run, QString* whyNot) {
    for (const QFileInfo& file : QDir(from).entryInfoList(QDir::Files)) {
        if (!QFile::copy(file.absoluteFilePath(), to + QLatin1Char('/') + file.fileName())) {
            *whyNot = QStringLiteral("could not copy %1 to %2").arg(file.absoluteFilePath(), to);
            return false;
        }
    }
    if (!QFile::copy(QStringLiteral(NNLAB_MEASURE_PLAYGROUND_JS), to + QStringLiteral("/nnlab_measure.js"))) {
        *whyNot = QStringLiteral("could not copy %1").arg(QStringLiteral(NNLAB_MEASURE_PLAYGROUND_JS));
        return false;
    }
    QFile index(to + QStringLiteral("/index.html"));
    if (!index.open(QIODevice::ReadOnly)) {
        *whyNot = QStringLiteral("could not read the copied index.html");
        return false;
    }
    QString html = QString::fromUtf8(index.readAll());
    index.close();
    const qsizetype bodyEnd = html.lastIndexOf(QStringLiteral("</body>"));
    if (bodyEnd < 0) {
        *whyNot = QStringLiteral("%1/index.html has no </body>").arg(from);
        return false;
    }
    html.insert(bodyEnd, QStringLiteral("<script>window.nnlabBench = {warmupSeconds: %1, seconds: %2, trainingSamples: %3};</script>\n"
                                        "<script src=\"nnlab_measure.js\"></script>\n")
                             .arg(run.warmupSeconds)
                             .arg(run.seconds)
                             .arg(kTrainingSamples));
    if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate) || index.write(html.toUtf8()) < 0) {
        *whyNot = QStringLiteral("could not write the copied index.html");
        return false;
    }
    return true;
}

// Chromium runs in a process group of its own (see start()), so its
// renderer and GPU processes go with it: asked first, then forced.
void closeBrowser(QProcess& browser) {
    const qint64 group = browser.processId();
    if (group <= 0) return;
    ::kill(pid_t(-group), SIGTERM);
    if (!browser.waitForFinished(5000)) ::kill(pid_t(-group), SIGKILL);
    browser.waitForFinished(2000);
    ::kill(pid_t(-group), SIGKILL);  // whatever of the group outlived the browser (ESRCH if none)
}

}  // namespace

PlaygroundPage playgroundDeepSpiral() {
    return {"spiral, x1 x2, 6 x 8 tanh", pageHash("spiral", "8,8,8,8,8,8"), kTrainingSamples};
}

PlaygroundPage playgroundDefaultCircle() {
    return {"circle, x1 x2, 4-2 tanh (the page's default)", pageHash("circle", "4,2"), kTrainingSamples};
}

std::optional<QString> findBuiltPlayground(const QString& dir, QString* whyNot) {
    for (const QString& candidate : {dir + QStringLiteral("/dist"), dir})
        if (isBuiltPage(candidate)) return QDir(candidate).absolutePath();
    *whyNot = QStringLiteral("no built TensorFlow Playground in %1 (scripts/build-tf-playground.sh %1 builds one)").arg(dir);
    return std::nullopt;
}

std::optional<QString> findChromium(const QString& given, QString* whyNot) {
    if (!given.isEmpty()) {
        if (QFileInfo(given).isExecutable()) return given;
        *whyNot = QStringLiteral("%1 is not an executable").arg(given);
        return std::nullopt;
    }
    for (const char* name : {"chromium", "chromium-browser"}) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty()) return path;
    }
    *whyNot = QStringLiteral("no Chromium in PATH (apt-get install chromium)");
    return std::nullopt;
}

std::optional<PlaygroundFigures> measurePlaygroundPage(const PlaygroundPage& page, const PlaygroundRun& run, QString* whyNot) {
    QTemporaryDir temp;
    const QString pageCopy = temp.path() + QStringLiteral("/page");
    if (!temp.isValid() || !QDir().mkpath(pageCopy)) {
        *whyNot = QStringLiteral("no temporary folder");
        return std::nullopt;
    }
    if (!preparePage(run.pageDir, pageCopy, run, whyNot)) return std::nullopt;

    QStringList arguments{QStringLiteral("--user-data-dir=%1/profile").arg(temp.path()),
                          QStringLiteral("--window-size=%1,%2").arg(run.window.width()).arg(run.window.height()),
                          QStringLiteral("--window-position=0,0"),
                          QStringLiteral("--no-first-run"),
                          QStringLiteral("--no-default-browser-check"),
                          QStringLiteral("--password-store=basic"),
                          QStringLiteral("--enable-logging=stderr"),
                          QStringLiteral("--v=0")};
    if (::geteuid() == 0) arguments << QStringLiteral("--no-sandbox");  // Chromium refuses root otherwise
    arguments << QStringLiteral("file://%1/index.html#%2").arg(pageCopy, page.hash);

    QProcess browser;
    browser.setProcessChannelMode(QProcess::SeparateChannels);
    browser.setStandardOutputFile(QProcess::nullDevice());
    browser.setChildProcessModifier([] { ::setsid(); });
    QString console;
    PlaygroundReading reading;
    QEventLoop loop;
    QObject::connect(&browser, &QProcess::readyReadStandardError, &loop, [&] {
        console += QString::fromUtf8(browser.readAllStandardError());
        reading = readPlaygroundConsole(console.toStdString());
        if (reading.figures || !reading.error.empty()) loop.quit();
    });
    QObject::connect(&browser, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&browser, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(run.timeoutMs, &loop, &QEventLoop::quit);
    browser.start(run.chromium, arguments);
    loop.exec();
    const bool exitedEarly = browser.state() == QProcess::NotRunning;
    closeBrowser(browser);

    if (reading.figures) return reading.figures;
    if (!reading.error.empty())
        *whyNot = QStringLiteral("the page reported: %1").arg(QString::fromStdString(reading.error));
    else if (exitedEarly)
        *whyNot = browser.error() == QProcess::FailedToStart
                      ? QStringLiteral("Chromium did not start (%1)").arg(browser.errorString())
                      : QStringLiteral("Chromium ended before the page reported (exit code %1)").arg(browser.exitCode());
    else
        *whyNot = QStringLiteral("no figures from the page within %1 s").arg(run.timeoutMs / 1000);
    return std::nullopt;
}

}  // namespace nnlab
