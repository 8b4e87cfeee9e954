#pragma once
// Autosave and crash recovery. While the lab runs, its unsaved run (settings,
// weights, history) is written now and then to a file of this session's own
// in the recovery folder, next to a lock file held by this process. A clean
// end removes both. A file whose lock no running process holds was left by a
// crash: the next start offers it back. The first write comes soon after the
// first unsaved change (soon()), not a whole interval later, so a session
// killed in its first minute still has something to offer.
//
// This class only keeps the files and the timer; when to write and what to
// ask the user are the window's business, so tests need no dialogs.
#include "experiment/Experiment.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QLockFile;

namespace nnlab {

// An experiment found in a recovery file.
struct Recovery {
    QString file;          // the recovery file itself
    QString originalPath;  // the experiment's own file; empty if it was untitled
    QDateTime savedAt;
    Experiment experiment;  // with its weights and run
};

class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60000;
    // From the first unsaved change to the first write.
    static constexpr int kDefaultFirstDelayMs = 5000;

    // QStandardPaths::AppDataLocation + "/recovery".
    static QString defaultDirectory();

    // Also removes what killed sessions left and cannot be offered back: lock
    // files without a recovery file (killed before their first write, or set
    // aside as damaged) and temporary files of a write cut short.
    explicit Autosave(const QString& directory, QObject* parent = nullptr);
    ~Autosave() override;  // a clean end: this session's file goes

    QString directory() const { return m_directory; }
    QString sessionFile() const { return m_file; }
    bool hasFile() const;

    // due() every interval from now on; soon() brings one forward to firstDelayMs.
    void start(int intervalMs = kDefaultIntervalMs, int firstDelayMs = kDefaultFirstDelayMs);
    void stop();
    // A change to keep: due() within the first delay (once, however many
    // changes come meanwhile), unless this session's file is already there.
    void soon();

    // Writes this session's file (a temporary file renamed over it, so a crash
    // while writing leaves the previous one). False with the reason on failure.
    bool write(const Experiment& experiment, const QString& originalPath, QString* error);
    // Removes this session's file: the run was saved or deliberately dropped.
    void discard();

    // Recovery files of sessions that ended without cleaning up, newest first.
    QStringList orphans() const;
    // Reads a recovery file; nullopt and the reason if it is damaged.
    static std::optional<Recovery> read(const QString& file, QString* error);
    // Removes a recovery file and its lock once it was recovered or declined.
    static void remove(const QString& file);

signals:
    void due();

private:
    QString m_directory;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QTimer m_soon;
};

}  // namespace nnlab
