#pragma once
// The experiment as a file: File > New, Open, Open Recent, Save, Save As, a
// lesson, autosave and crash recovery, whether anything is unsaved, and the
// question before it is dropped. MainWindow creates one and connects its
// actions and signals; this class owns the path, the recent-files list and
// the autosave.
//
// Nothing here waits. Opening asks the worker to build the new task and
// changes the document, path and recent list only once it answers that the
// task runs (a damaged file changes nothing and the reason is shown). Saving
// asks the worker for its run and writes when the answer comes.
#include "Autosave.h"
#include "session/SessionTypes.h"

#include <QMessageBox>
#include <QObject>
#include <QString>

#include <functional>
#include <map>

class QWidget;

namespace nnlab {

class ExperimentDocument;
class RecentFiles;
class TrainingController;

class DocumentFiles : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString recoveryDirectory;  // autosave and crash recovery here; empty: none
        bool rememberRecentFiles = true;
        // First autosave this long after the first unsaved change, then every
        // interval (tests shorten them).
        int autosaveFirstDelayMs = Autosave::kDefaultFirstDelayMs;
        int autosaveIntervalMs = Autosave::kDefaultIntervalMs;
    };
    // window: the parent of dialogs and message boxes, closed again after a "Save" on closing.
    DocumentFiles(ExperimentDocument* document, TrainingController* controller, QWidget* window, const Options& options);
    ~DocumentFiles() override;

    // The window rebuilt (another language): dialogs sit on the new one.
    void setWindow(QWidget* window);

    QString filePath() const { return m_path; }
    // Unsaved edits, training since the last save, or typed weights.
    bool isModified() const;
    // For the title: the file's name, or the experiment's title while untitled.
    QString displayName() const;
    RecentFiles* recentFiles() const { return m_recent; }
    Autosave* autosave() const { return m_autosave; }

    // Each returns at once; the outcome comes as a signal. A failure is also
    // shown in a message box that does not block (QMessageBox::open).
    void openFile(const QString& path);        // opened or openFailed
    // A file that is gone is removed from the list, with a message (openFailed).
    void openRecentFile(const QString& path);
    void saveFile(const QString& path);        // saved or saveFailed
    void recoverFrom(const QString& recoveryFile);  // recovered or recoverFailed
    // A lesson (an embedded experiment): fresh weights from its seed, no path.
    void openLesson(const QString& resourcePath);   // lessonOpened or openFailed
    // A shipped example (File > Examples), opened like a lesson.
    void openExample(const QString& resourcePath);  // openFailed on failure
    // Starts writing the recovery file if something is unsaved and new since
    // the last time (autosaved() once written); false if there is nothing to write.
    bool autosaveNow();

    // Runs next once unsaved changes are saved (Save) or dropped (Discard);
    // never on Cancel or when the save fails.
    void whenSavedOrDiscarded(std::function<void()> next);
    // For the window's closeEvent: true if it may close now. Otherwise it was
    // cancelled, or a save was started that closes the window when it is written.
    bool mayClose();

public slots:
    void newExperiment();
    void open();     // dialog
    void save();
    void saveAs();   // dialog
    // At start: asks about each recovery file a crashed session left.
    void offerRecovery();
    // The user typed a weight on the canvas: the run is unsaved.
    void noteWeightsEdited();

signals:
    void opened(const QString& path);
    void openFailed(const QString& path, const QString& message);
    void lessonOpened(const QString& resourcePath);
    void saved(const QString& path);
    void saveFailed(const QString& path, const QString& message);
    void recovered(const QString& recoveryFile);
    void recoverFailed(const QString& recoveryFile, const QString& message);
    void autosaved();
    // The path or the modified state changed: the window's title follows.
    void titleChanged();
    void statusMessage(const QString& text, int timeoutMs);

private:
    // Replaces the run, if the worker can build it: done(error), empty on success.
    void loadRun(const Experiment& experiment, const QString& path, std::function<void(const QString& error)> done);
    void onLoadFinished(quint64 request, const QString& error);
    // An embedded experiment (lesson, example): fresh weights, no path; opened() once it runs.
    void openEmbedded(const QString& resourcePath, const QString& title, std::function<void()> opened);
    void onSnapshot(nnlab::SnapshotPtr snapshot);
    // The document's settings with the worker's weights and run, as a file holds them.
    Experiment toSave(const RunStatePtr& state);
    // done(true) once written; false on failure or a cancelled dialog.
    void saveThen(std::function<void(bool)> done);
    void saveAsThen(std::function<void(bool)> done);
    void writeFile(const QString& path, std::function<void(bool)> done);
    void markSaved(std::uint64_t step, std::uint64_t afterCommand);
    void showProblem(const QString& title, const QString& text);
    // Save, Discard or Cancel: the question before unsaved changes are dropped.
    QMessageBox::StandardButton askToSave();

    ExperimentDocument* m_document;
    TrainingController* m_controller;
    QWidget* m_window;
    Options m_options;
    RecentFiles* m_recent = nullptr;
    Autosave* m_autosave = nullptr;
    QString m_path;
    std::map<quint64, std::function<void(const QString&)>> m_loads;  // request -> what follows its answer
    // The run counts as changed once a frame that has taken every command up
    // to m_savedAfterCommand shows another step than the saved one.
    std::uint64_t m_savedStep = 0, m_savedAfterCommand = 0;
    bool m_runModified = false, m_weightsEdited = false;
    std::uint64_t m_documentChanges = 0;  // edits, undos and loads so far
    std::uint64_t m_autosavedChanges = 0, m_autosavedStep = 0;
    bool m_autosaved = false;
    bool m_autosaving = false;   // a recovery file is on its way
    bool m_closeApproved = false;  // saved on closing: the next close goes through
};

}  // namespace nnlab
