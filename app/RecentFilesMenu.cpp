#include "RecentFilesMenu.h"

#include "RecentFiles.h"

#include <QFileInfo>

namespace nnlab {

RecentFilesMenu::RecentFilesMenu(RecentFiles* files, QWidget* parent) : QMenu(parent), m_files(files) {
    setTitle(tr("Open &Recent"));
    setToolTipsVisible(true);
    // Not on RecentFiles::changed: that comes while one of these actions is
    // still being triggered, and rebuilding would delete it under its feet.
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild() {
    clear();
    const QStringList files = m_files->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        // "&1" .. "&8": a digit opens it from the keyboard.
        QAction* a = addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(tr("Open %1").arg(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (files.isEmpty()) {
        QAction* none = addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction* clearList = addAction(tr("&Clear List"));
    clearList->setStatusTip(tr("Forget the recently opened files (the files themselves stay)."));
    clearList->setEnabled(!files.isEmpty());
    connect(clearList, &QAction::triggered, m_files, &RecentFiles::clear);
}

}  // namespace nnlab
