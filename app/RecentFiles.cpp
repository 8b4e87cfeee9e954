#include "RecentFiles.h"

#include "SettingsKeys.h"

#include <QFileInfo>
#include <QSettings>

namespace nnlab {
namespace {

// One spelling per file, so "./a.json" and "/home/x/a.json" are one entry.
QString normalised(const QString& path) { return QFileInfo(path).absoluteFilePath(); }

}  // namespace

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

QStringList RecentFiles::files() const {
    QStringList list = QSettings().value(SettingsKeys::kRecentFiles).toStringList();
    list.removeAll(QString());
    return list.mid(0, kMax);
}

void RecentFiles::add(const QString& path) {
    const QString file = normalised(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, kMax));
}

void RecentFiles::remove(const QString& path) {
    QStringList list = files();
    if (list.removeAll(normalised(path)) + list.removeAll(path) == 0) return;
    store(list);
}

void RecentFiles::clear() { store({}); }

void RecentFiles::store(const QStringList& files) {
    QSettings().setValue(SettingsKeys::kRecentFiles, files);
    emit changed();
}

}  // namespace nnlab
