// nnlab: the playground window.
//   nnlab [EXPERIMENT.json] [--train-steps N] [--dock NAME] [--screenshot FILE.png]
//   nnlab --page NAME [--train-steps N] [--screenshot FILE.png]   (a concept explorer alone)
#include "HeadlessRun.h"
#include "Language.h"
#include "MainWindow.h"
#include "explorers/ExplorerPages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QScreen>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("nnlab"));
    QApplication::setApplicationName(QStringLiteral("nnlab"));
    QApplication::setApplicationVersion(QStringLiteral("0.1"));
    nnlab::installTranslators(app, nnlab::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop deep-learning lab for the classroom."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("experiment"), QApplication::translate("main", "Experiment file to open (.json)."),
                                 QStringLiteral("[EXPERIMENT.json]"));
    const QCommandLineOption steps(QStringLiteral("train-steps"),
                                   QApplication::translate("main", "Train this many steps (batches) after opening."),
                                   QStringLiteral("N"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("main", "Open one concept explorer: %1.")
                                      .arg(nnlab::explorerPageNames().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"));
    const QCommandLineOption dock(QStringLiteral("dock"),
                                  QApplication::translate("main", "Bring a dock to the front: health, init, loss, output, data, training, layer."),
                                  QStringLiteral("NAME"));
    parser.addOption(steps);
    parser.addOption(dock);
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.process(app);

    if (parser.isSet(page)) {
        QWidget* explorer = nnlab::createExplorerPage(parser.value(page));
        if (!explorer) {
            std::fprintf(stderr, "nnlab: unknown page \"%s\" (known: %s)\n", qPrintable(parser.value(page)),
                         qPrintable(nnlab::explorerPageNames().join(QStringLiteral(", "))));
            return 1;
        }
        explorer->setWindowTitle(nnlab::explorerPageTitle(parser.value(page)));
        explorer->resize(1100, 760);
        explorer->show();
        if (parser.isSet(steps)) nnlab::advanceExplorerPage(explorer, parser.value(steps).toInt());
        if (!parser.isSet(screenshot)) return app.exec();
        QApplication::processEvents();
        if (!nnlab::grabWidget(*explorer, parser.value(screenshot))) {
            std::fprintf(stderr, "nnlab: cannot write %s\n", qPrintable(parser.value(screenshot)));
            return 1;
        }
        return 0;
    }

    const bool headless = parser.isSet(screenshot);
    nnlab::MainWindow::Options options;
    options.useSettings = !headless;  // a picture does not depend on, nor change, the user's layout
    options.rememberRecentFiles = !headless;
    nnlab::MainWindow window(options);
    if (headless) {
        const QRect screen = window.screen() ? window.screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        window.setGeometry(screen);
    }
    window.show();

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        // The worker builds the file's task; what follows needs it (a failure shows its message box).
        QString error;
        if (!nnlab::openAndWait(window, files.first(), 60000, &error)) {
            if (headless) {
                std::fprintf(stderr, "nnlab: %s\n", qPrintable(error));
                return 1;
            }
            return app.exec();
        }
    }

    bool ok = true;
    const quint64 n = parser.value(steps).toULongLong(&ok);
    if (parser.isSet(steps) && !ok) {
        std::fprintf(stderr, "nnlab: --train-steps needs a whole number, got %s\n", qPrintable(parser.value(steps)));
        return 1;
    }
    if (headless || parser.isSet(steps)) {
        QString error;
        if (!nnlab::trainAndWait(window, parser.isSet(steps) ? n : 0, 120000, &error)) {
            std::fprintf(stderr, "nnlab: %s\n", qPrintable(error));
            if (headless) return 1;
        }
    }
    if (parser.isSet(dock)) {
        // Docks are named "<name>Dock" (MainWindow::createDocks).
        auto* d = window.findChild<QDockWidget*>(parser.value(dock) + QStringLiteral("Dock"));
        if (!d) {
            std::fprintf(stderr, "nnlab: no dock \"%s\"\n", qPrintable(parser.value(dock)));
            return 1;
        }
        d->show();
        d->raise();
    }
    if (headless) {
        QString error;
        if (!nnlab::grabWindow(window, parser.value(screenshot), &error)) {
            std::fprintf(stderr, "nnlab: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    return app.exec();
}
