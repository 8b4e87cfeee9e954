// nnlab: the playground window.
//   nnlab [EXPERIMENT.json] [--train-steps N] [--dock NAME] [--screenshot FILE.png [--fail-on-nan]]
//   nnlab --page NAME [--train-steps N] [--screenshot FILE.png]   (a concept explorer alone)
// Every option is read and checked once, before either mode starts, so both
// refuse the same mistakes with the same words. Bad arguments exit 2; a file
// that will not open or a picture that cannot be written exits 1. With
// --screenshot nobody is watching: messages go to stderr, no dialog waits for
// a click, and a run that stops on a NaN is pictured as the window shows it
// (exit 0, or 1 with --fail-on-nan).
#include "HeadlessRun.h"
#include "Language.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "QtImageDecoder.h"
#include "explorers/ExplorerPages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QScreen>

#include <climits>
#include <cstdio>
#include <memory>

namespace {

constexpr int kBadArguments = 2;
constexpr int kFailed = 1;

int report(const QString& message, int status) {
    std::fprintf(stderr, "nnlab: %s\n", qPrintable(message));
    return status;
}

struct Launch {
    QString experiment;  // empty: the default experiment
    QString page;        // set: one concept explorer instead of the window
    QString dock;
    QString screenshot;  // set: headless, write the picture and quit
    bool trainSteps = false;
    int steps = 0;
    bool failOnNan = false;  // a run that stopped on a NaN exits 1 (the picture is still written)
};

// The one reading of the command line for both modes; false with the reason.
bool readLaunch(const QCommandLineParser& parser, Launch& launch, QString* error) {
    launch.page = parser.value(QStringLiteral("page"));
    launch.dock = parser.value(QStringLiteral("dock"));
    launch.screenshot = parser.value(QStringLiteral("screenshot"));
    if (parser.isSet(QStringLiteral("screenshot")) && launch.screenshot.isEmpty()) {
        *error = QApplication::translate("main", "--screenshot needs a file name");
        return false;
    }
    if (parser.isSet(QStringLiteral("train-steps"))) {
        const QString text = parser.value(QStringLiteral("train-steps"));
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (!ok || n < 0 || n > INT_MAX) {
            *error = QApplication::translate("main", "--train-steps needs a whole number from 0 to %1, got \"%2\"").arg(INT_MAX).arg(text);
            return false;
        }
        launch.trainSteps = true;
        launch.steps = int(n);
    }
    launch.failOnNan = parser.isSet(QStringLiteral("fail-on-nan"));
    if (launch.failOnNan && !parser.isSet(QStringLiteral("screenshot"))) {
        *error = QApplication::translate("main", "--fail-on-nan sets the exit status of a --screenshot run: give --screenshot too");
        return false;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        *error = QApplication::translate("main", "only one experiment file, got \"%1\" and \"%2\"").arg(files[0], files[1]);
        return false;
    }
    if (!files.isEmpty()) launch.experiment = files.first();
    if (parser.isSet(QStringLiteral("page"))) {
        if (!nnlab::explorerPageNames().contains(launch.page)) {
            *error = QApplication::translate("main", "unknown page \"%1\" (known: %2)").arg(launch.page, nnlab::explorerPageNames().join(QStringLiteral(", ")));
            return false;
        }
        if (!launch.experiment.isEmpty()) {
            *error = QApplication::translate("main", "--page shows an explorer alone: it opens no experiment file (got \"%1\")").arg(launch.experiment);
            return false;
        }
        if (parser.isSet(QStringLiteral("dock"))) {
            *error = QApplication::translate("main", "--page shows an explorer alone: it has no docks for --dock");
            return false;
        }
    }
    return true;
}

int runExplorerPage(QApplication& app, const Launch& launch) {
    QWidget* explorer = nnlab::createExplorerPage(launch.page);
    explorer->setWindowTitle(nnlab::explorerPageTitle(launch.page));
    explorer->resize(1100, 760);
    explorer->show();
    if (launch.trainSteps) nnlab::advanceExplorerPage(explorer, launch.steps);
    if (launch.screenshot.isEmpty()) return app.exec();
    QApplication::processEvents();
    QString error;
    if (!nnlab::grabWidget(*explorer, launch.screenshot, &error)) return report(error, kFailed);
    return 0;
}

int runWindow(QApplication& app, const Launch& launch, const nnlab::DialogRefuser& refuser) {
    const bool headless = !launch.screenshot.isEmpty();
    nnlab::MainWindow::Options options;
    options.useSettings = !headless;  // a picture does not depend on, nor change, the user's layout
    options.rememberRecentFiles = !headless;
    // Headless, the window lives until its picture is taken. Interactive, it
    // may be replaced by one in another language (Language menu): from exec()
    // on it owns itself and goes when it is closed.
    auto owned = std::make_unique<nnlab::MainWindow>(options);
    nnlab::MainWindow& window = *owned;
    auto exec = [&app, &owned] {
        owned->setAttribute(Qt::WA_DeleteOnClose);
        nnlab::followLanguageChoices(owned.release());
        return app.exec();
    };
    if (headless) {
        const QRect screen = window.screen() ? window.screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        window.setGeometry(screen);
    }
    QDockWidget* dock = nullptr;
    if (!launch.dock.isEmpty()) {
        // Docks are named "<name>Dock" (MainWindow::createDocks).
        const QString name = launch.dock == QLatin1String("inside") ? QStringLiteral("lookInside") : launch.dock;
        dock = window.findChild<QDockWidget*>(name + QStringLiteral("Dock"));
        if (!dock) return report(QApplication::translate("main", "no dock \"%1\"").arg(launch.dock), kBadArguments);
    }
    window.show();

    // Headless, the "Could not open" box is refused at once and its text is on stderr.
    // The worker builds the file's task; what follows needs it.
    if (!launch.experiment.isEmpty()) {
        QString error;
        if (!nnlab::openAndWait(window, launch.experiment, 60000, &error))
            return headless ? report(error, kFailed) : exec();
    }

    int nanStatus = 0;
    if (headless || launch.trainSteps) {
        QString error;
        bool stopped = false;
        if (!nnlab::trainAndWait(window, quint64(launch.steps), 120000, &error, &stopped)) {
            // A NaN pauses the run and the window says so: that is the picture asked for.
            if (stopped) nanStatus = report(QApplication::translate("main", "training stopped: %1").arg(error), launch.failOnNan ? kFailed : 0);
            else if (headless) return report(error, kFailed);
            else report(error, 0);
        }
    }
    if (dock) {
        dock->show();
        dock->raise();
        // A dock that asks the worker for something when shown (Look inside,
        // Hidden space, Sequences): a frame that has it.
        if (headless) {
            nnlab::trainAndWait(window, 0, 5000, nullptr);
            nnlab::waitForFreshFrame(window, 5000);
        }
    }
    if (!headless) return exec();
    QString error;
    if (!nnlab::grabWindow(window, launch.screenshot, &error)) return report(error, kFailed);
    return refuser.refused() ? kFailed : nanStatus;
}

// A run that only prints (--help, --version) or only takes a picture
// (--screenshot) needs no screen: without one (an ssh session, a CI job) it
// uses Qt's offscreen platform instead of aborting for want of a display.
// A platform the user chose (QT_QPA_PLATFORM, -platform) is left alone.
void useOffscreenWithoutDisplay(int argc, char* argv[]) {
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        if (!qEnvironmentVariableIsEmpty(name)) return;
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-platform" || arg == "--platform") return;
        for (const char* flag : {"--help", "-h", "--help-all", "--version", "-v", "--screenshot"})
            if (arg == flag || arg.startsWith(QByteArray(flag) + '=')) headless = true;
    }
    if (headless) qputenv("QT_QPA_PLATFORM", "offscreen");
}

}  // namespace

int main(int argc, char* argv[]) {
    useOffscreenWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("nnlab"));
    QApplication::setApplicationName(QStringLiteral("nnlab"));
    QApplication::setApplicationVersion(QStringLiteral("0.1"));
    nnlab::installTranslators(app, nnlab::savedLanguage());
    nnlab::registerQtImageDecoder();  // image folders (core/data/ImageFolder.h)

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop deep-learning lab for the classroom."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("experiment"), QApplication::translate("main", "Experiment file to open (.json)."),
                                 QStringLiteral("[EXPERIMENT.json]"));
    parser.addOption({QStringLiteral("train-steps"), QApplication::translate("main", "Train this many steps (batches) after opening."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("dock"), QApplication::translate("main", "Bring a dock to the front: health, init, loss, output, images, adversarial, sequence, text, hidden, inside, data, training, layer."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window to FILE and quit."), QStringLiteral("FILE.png")});
    parser.addOption({QStringLiteral("fail-on-nan"),
                      QApplication::translate("main", "With --screenshot: exit with status 1 if training stops on a NaN (the picture is still written).")});
    parser.addOption({QStringLiteral("page"),
                      QApplication::translate("main", "Open one concept explorer: %1.").arg(nnlab::explorerPageNames().join(QStringLiteral(", "))),
                      QStringLiteral("NAME")});
    if (!parser.parse(QApplication::arguments())) return report(parser.errorText(), kBadArguments);
    if (parser.isSet(help)) parser.showHelp(0);
    if (parser.isSet(QStringLiteral("help-all"))) parser.process(app);  // shows the help with Qt's options, exits
    if (parser.isSet(version)) parser.showVersion();

    Launch launch;
    QString error;
    if (!readLaunch(parser, launch, &error)) return report(error, kBadArguments);

    nnlab::DialogRefuser refuser;
    if (!launch.screenshot.isEmpty()) app.installEventFilter(&refuser);
    if (!launch.page.isEmpty()) return runExplorerPage(app, launch);
    return runWindow(app, launch, refuser);
}
