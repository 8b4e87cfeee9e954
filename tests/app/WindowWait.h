#pragma once
// The window's file handling answers asynchronously (DocumentFiles); tests
// start an operation and wait here for its signal. A failure is shown in a
// message box that does not block; fileProblem() reads and closes it.
#include "AsyncWait.h"
#include "HeadlessRun.h"
#include "MainWindow.h"
#include "document/DocumentFiles.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace nnlab::testing {

inline bool openAndWait(MainWindow& window, const QString& path, QString* error = nullptr) {
    return nnlab::openAndWait(window, path, 20000, error);
}

// Saves and waits for saved or saveFailed; true if saved.
inline bool saveAndWait(MainWindow& window, const QString& path) {
    QSignalSpy saved(window.files(), &DocumentFiles::saved);
    QSignalSpy failed(window.files(), &DocumentFiles::saveFailed);
    window.files()->saveFile(path);
    QTest::qWaitFor([&] { return saved.count() + failed.count() > 0; }, 20000);
    return saved.count() == 1;
}

inline bool recoverAndWait(MainWindow& window, const QString& recoveryFile) {
    QSignalSpy recovered(window.files(), &DocumentFiles::recovered);
    QSignalSpy failed(window.files(), &DocumentFiles::recoverFailed);
    window.files()->recoverFrom(recoveryFile);
    QTest::qWaitFor([&] { return recovered.count() + failed.count() > 0; }, 20000);
    return recovered.count() == 1;
}

// True if an autosave was started and written.
inline bool autosaveAndWait(MainWindow& window) {
    QSignalSpy written(window.files(), &DocumentFiles::autosaved);
    if (!window.files()->autosaveNow()) return false;
    return written.count() > 0 || written.wait(20000);
}

// The text of the window's open problem box (empty if none), which is closed.
inline QString fileProblem(MainWindow& window) {
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("fileProblemBox"));
    if (!box) return QString();
    const QString text = box->text();
    box->setObjectName(QString());  // closing deletes it later: not found again meanwhile
    box->close();
    return text;
}

// A shown 1280x800 window that leaves the user's settings and recent files
// alone and keeps its crash-recovery files in recoveryDirectory.
inline std::unique_ptr<MainWindow> isolatedWindow(const QString& recoveryDirectory) {
    MainWindow::Options options;
    options.useSettings = false;
    options.rememberRecentFiles = false;
    options.recoveryDirectory = recoveryDirectory;
    auto w = std::make_unique<MainWindow>(options);
    w->resize(1280, 800);
    w->show();
    return w;
}

// The window the tests drive: 1280x800, shown, active, with the worker's
// first frame in. Null (and the reason) if it never got there.
inline MainWindow* readyWindow(QString* error) {
    auto* window = new MainWindow(MainWindow::Options{false});
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowActive(window)) {
        *error = QStringLiteral("the window never became active");
    } else if (trainAndWait(*window, 0, 20000, error)) {
        return window;
    }
    delete window;
    return nullptr;
}

}  // namespace nnlab::testing
