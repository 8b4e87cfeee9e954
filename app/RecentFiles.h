#pragma once
// The File > Open Recent list: at most kMax experiment files, newest first.
// It lives in QSettings (SettingsKeys::kRecentFiles) and is read afresh each
// time, so two windows, or the next start, see the same list.
#include <QObject>
#include <QStringList>

namespace nnlab {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const;
    // Moves the file to the front (absolute path, once), dropping the oldest beyond kMax.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList& files);
};

}  // namespace nnlab
