#include "HeadlessRun.h"

#include <QWidget>

#include "MainWindow.h"
#include "common/BackgroundPainter.h"
#include "document/DocumentFiles.h"
#include "session/TrainingController.h"
#include "figures/FigureExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QEventLoop>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace nnlab {

bool openAndWait(MainWindow& window, const QString& path, int timeoutMs, QString* error) {
    DocumentFiles* files = window.files();
    QEventLoop loop;
    bool ok = false, answered = false;
    QString message = QCoreApplication::translate("HeadlessRun", "timed out opening %1").arg(path);
    const auto c1 = QObject::connect(files, &DocumentFiles::opened, &loop, [&] {
        ok = answered = true;
        loop.quit();
    });
    const auto c2 = QObject::connect(files, &DocumentFiles::openFailed, &loop, [&](const QString&, const QString& m) {
        message = m;
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    files->openFile(path);
    if (!answered) loop.exec();  // a file that cannot even be read fails at once
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    if (!ok && error) *error = message;
    return ok;
}

bool trainAndWait(MainWindow& window, quint64 steps, int timeoutMs, QString* error, bool* stoppedByFailure) {
    TrainingController* controller = window.controller();
    QEventLoop loop;
    bool ok = false;
    QString message = QCoreApplication::translate("HeadlessRun", "timed out waiting for training");
    bool failed = false;
    auto done = [&](SnapshotPtr s) { return s && (s->step >= steps || s->finished); };
    // The frame must be the first after our command, so it reflects it.
    std::uint64_t after = 0;
    auto check = [&](SnapshotPtr s) {
        if (s && s->lastAppliedCommand >= after && done(s)) {
            ok = true;
            loop.quit();
        }
    };
    const auto c1 = QObject::connect(controller, &TrainingController::snapshotReady, &loop, check);
    const auto c2 = QObject::connect(controller, &TrainingController::failed, &loop, [&](const QString& m) {
        message = m;
        failed = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (steps > 0) {
        controller->stepBatches(steps);
        after = controller->lastSentCommand();
    } else {
        // Only the current state is wanted: a frame that has taken every command may be here already.
        after = controller->lastSentCommand();
        if (SnapshotPtr s = controller->latest(); s && s->lastAppliedCommand >= after) ok = true;
    }
    if (!ok) loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    // Let the views take the frame (queued replots) before anyone looks.
    QCoreApplication::processEvents();
    if (!ok && error) *error = message;
    if (stoppedByFailure) *stoppedByFailure = !ok && failed;
    return ok;
}

bool waitForFreshFrame(MainWindow& window, int timeoutMs) {
    // The dock's visibility reaches the controller, and its request the worker, first.
    QCoreApplication::processEvents();
    TrainingController* controller = window.controller();
    QEventLoop loop;
    bool got = false;
    const auto c = QObject::connect(controller, &TrainingController::snapshotReady, &loop, [&] {
        got = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    controller->requestFullFrame();
    loop.exec();
    QObject::disconnect(c);
    QCoreApplication::processEvents();  // the views take the frame
    return got;
}

bool grabWindow(MainWindow& window, const QString& path, QString* error) {
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    // A one-shot run may wait: the pictures still being made on helper threads first.
    BackgroundPainter::settle(&window);
    window.flushViews();
    return writePng(window.grab(), path, error);
}

bool grabWidget(QWidget& widget, const QString& path, QString* error) {
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
    return writePng(widget.grab(), path, error);
}

bool writePng(const QPixmap& picture, const QString& path, QString* error) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (picture.isNull() || !picture.save(&buffer, "PNG")) {
        if (error) *error = QCoreApplication::translate("HeadlessRun", "could not write %1").arg(path);
        return false;
    }
    return writeWholeFile(path, bytes, error);
}

bool DialogRefuser::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show) {
        if (auto* dialog = qobject_cast<QDialog*>(watched); dialog && dialog->isModal()) {
            QString text = dialog->windowTitle();
            if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
                text = box->text();
                if (!box->informativeText().isEmpty()) text += QLatin1Char(' ') + box->informativeText();
            }
            std::fprintf(stderr, "nnlab: %s\n", qPrintable(text));
            m_refused = true;
            // Queued: the dialog's own event loop starts after Show, and ends here.
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace nnlab
