#include "LanguageSwitch.h"

#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QStatusBar>

namespace nnlab {

void followLanguageChoices(MainWindow* window) {
    QObject::connect(window, &MainWindow::languageChosen, window, [window](const QString& code) {
        // Queued: the menu that emitted this belongs to the window that goes.
        QMetaObject::invokeMethod(window, [window, code] { rebuildInLanguage(window, code); }, Qt::QueuedConnection);
    });
}

MainWindow* rebuildInLanguage(MainWindow* window, const QString& code) {
    saveLanguage(code);
    installTranslators(*qApp, code);
    const bool deleteOnClose = window->testAttribute(Qt::WA_DeleteOnClose);
    auto* next = new MainWindow(window->options(), window->releaseSession());
    next->setAttribute(Qt::WA_DeleteOnClose, deleteOnClose);
    next->adoptLayoutOf(*window);
    QString name;
    for (const LanguageChoice& choice : availableLanguages())
        if (choice.code == code) name = choice.name;
    next->statusBar()->showMessage(MainWindow::tr("Language: %1").arg(name), 8000);
    if (window->isVisible()) next->show();
    window->hide();
    window->deleteLater();
    followLanguageChoices(next);
    return next;
}

}  // namespace nnlab
