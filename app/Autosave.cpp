#include "Autosave.h"

#include "experiment/ExperimentJson.h"
#include "io/AtomicWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace nnlab {
namespace {

using nlohmann::json;

constexpr const char* kFormat = "nnlab-recovery";
constexpr int kVersion = 1;

QString lockPathOf(const QString& file) { return file + QStringLiteral(".lock"); }

// A lock we can take is one whose owner is gone (QLockFile checks the pid, the
// program and the boot): that session ended without cleaning up.
bool ownerIsGone(const QString& lockPath) {
    QLockFile probe(lockPath);
    probe.setStaleLockTime(0);
    if (!probe.tryLock(0)) return false;
    probe.unlock();  // removes the lock file
    return true;
}

// What killed sessions leave that has nothing to offer, so it does not pile up,
// one per crash: locks with no recovery file next to them, and the temporary
// files of a write cut short ("recovery-...json.part-PID-N", io/AtomicWrite.h)
// whose writer no longer runs.
void removeLeftovers(const QString& directory) {
    const QFileInfoList locks = QDir(directory).entryInfoList({QStringLiteral("recovery-*.json.lock")}, QDir::Files);
    for (const QFileInfo& lock : locks) {
        const QString file = lock.absoluteFilePath().chopped(int(qstrlen(".lock")));
        if (!QFileInfo::exists(file)) ownerIsGone(lock.absoluteFilePath());
    }
    const QFileInfoList parts = QDir(directory).entryInfoList({QStringLiteral("recovery-*.json.part-*")}, QDir::Files);
    for (const QFileInfo& part : parts) {
        bool isNumber = false;
        const qint64 pid = part.fileName().section(QStringLiteral(".part-"), 1).section(QLatin1Char('-'), 0, 0).toLongLong(&isNumber);
        if (isNumber && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH) QFile::remove(part.absoluteFilePath());
    }
}

}  // namespace

QString Autosave::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

Autosave::Autosave(const QString& directory, QObject* parent) : QObject(parent), m_directory(directory), m_timer(this) {
    QDir().mkpath(m_directory);
    removeLeftovers(m_directory);
    // Pid and start time: two windows, or two runs of a test, never share a file.
    m_file = QDir(m_directory).filePath(QStringLiteral("recovery-%1-%2.json")
                                            .arg(QCoreApplication::applicationPid())
                                            .arg(QDateTime::currentMSecsSinceEpoch()));
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_file));
    m_lock->setStaleLockTime(0);  // held as long as this process lives, however long that is
    m_lock->tryLock(0);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::due);
    m_soon.setSingleShot(true);
    m_soon.setInterval(kDefaultFirstDelayMs);
    connect(&m_soon, &QTimer::timeout, this, &Autosave::due);
}

Autosave::~Autosave() {
    discard();
    m_lock->unlock();
}

bool Autosave::hasFile() const { return QFileInfo::exists(m_file); }

void Autosave::start(int intervalMs, int firstDelayMs) {
    m_soon.setInterval(firstDelayMs);
    m_timer.start(intervalMs);
}

void Autosave::stop() {
    m_timer.stop();
    m_soon.stop();
}

void Autosave::soon() {
    if (!m_timer.isActive() || m_soon.isActive() || hasFile()) return;
    m_soon.start();
}

bool Autosave::write(const Experiment& experiment, const QString& originalPath, QString* error) {
    json j = {{"format", kFormat},
              {"version", kVersion},
              {"saved_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()},
              {"path", originalPath.toStdString()},
              {"experiment", experimentToJson(experiment)}};
    // The lab's one atomic writer: a full disk leaves the previous recovery
    // file and no temporary one.
    try {
        writeFileAtomically(QFile::encodeName(m_file).toStdString(), j.dump(1));
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

void Autosave::discard() { QFile::remove(m_file); }

QStringList Autosave::orphans() const {
    QStringList found;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("recovery-*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo& info : files) {
        const QString file = info.absoluteFilePath();
        if (file == QFileInfo(m_file).absoluteFilePath()) continue;
        if (!ownerIsGone(lockPathOf(file))) continue;
        found << file;
    }
    return found;
}

std::optional<Recovery> Autosave::read(const QString& file, QString* error) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error) *error = in.errorString();
        return std::nullopt;
    }
    try {
        const json j = json::parse(in.readAll().toStdString());
        if (!j.is_object() || j.value("format", std::string()) != kFormat)
            throw std::runtime_error("format: not an nnlab recovery file");
        if (!j.contains("experiment")) throw std::runtime_error("experiment: missing");
        Recovery r;
        r.file = file;
        r.originalPath = QString::fromStdString(j.value("path", std::string()));
        r.savedAt = QDateTime::fromString(QString::fromStdString(j.value("saved_at", std::string())), Qt::ISODateWithMs);
        if (!r.savedAt.isValid()) r.savedAt = QFileInfo(file).lastModified();
        r.experiment = experimentFromJson(j.at("experiment"));
        return r;
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

void Autosave::remove(const QString& file) {
    QFile::remove(file);
    QFile::remove(lockPathOf(file));
}

}  // namespace nnlab
