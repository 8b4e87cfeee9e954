#pragma once
// Driving the window from the command line: open a file, train a number of
// steps while waiting on the worker's snapshots (never sleeping blindly), then
// grab the whole window as a picture. These run their own event loop, so they
// are for main() before QApplication::exec() and for tests, never for a slot.
#include <QObject>
#include <QString>

class QPixmap;
class QWidget;

namespace nnlab {

class MainWindow;

// Opens the file (DocumentFiles::openFile) and runs the event loop until the
// worker has answered. False with the reason if it could not be opened.
bool openAndWait(MainWindow& window, const QString& path, int timeoutMs, QString* error);
// Sends StepBatches(steps) and runs the event loop until a snapshot with
// step >= steps (or the task finished) has been shown. With steps == 0 it
// waits for the first snapshot. False with a message on failure or timeout;
// *stoppedByFailure tells a run the worker paused (a NaN, which the window
// shows) from a timeout.
bool trainAndWait(MainWindow& window, quint64 steps, int timeoutMs, QString* error, bool* stoppedByFailure = nullptr);
// Replots every view and saves the whole window as PNG.
// Asks the worker for a frame and waits for it: after a dock was raised that
// asks the worker for more (Hidden space, Sequences), so the picture has it.
bool waitForFreshFrame(MainWindow& window, int timeoutMs);
bool grabWindow(MainWindow& window, const QString& path, QString* error);
// Lets pending layout and plot updates run, then saves a picture of any widget.
bool grabWidget(QWidget& widget, const QString& path, QString* error = nullptr);
// A picture as PNG through the lab's one atomic writer: whole or not at all,
// the previous file kept on failure; *error gets the system's reason.
bool writePng(const QPixmap& picture, const QString& path, QString* error);

// For runs nobody watches (--screenshot): a dialog that opens (say "Could not
// open ...") is written to stderr and rejected at once instead of waiting for
// a click. Installed on the application; refused() tells main to exit non-zero.
class DialogRefuser : public QObject {
public:
    explicit DialogRefuser(QObject* parent = nullptr) : QObject(parent) {}
    bool refused() const { return m_refused; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_refused = false;
};

}  // namespace nnlab
