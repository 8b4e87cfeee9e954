#pragma once
// File > Open Recent: one entry per file of RecentFiles ("1 spiral.json",
// the full path as tip), then "Clear List". Rebuilt each time it opens, as
// another window may have changed the list.
#include <QMenu>

namespace nnlab {

class RecentFiles;

class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    RecentFilesMenu(RecentFiles* files, QWidget* parent = nullptr);

    // Fills the menu from the list now (also done before it shows).
    void rebuild();

signals:
    void openRequested(const QString& path);

private:
    RecentFiles* m_files;
};

}  // namespace nnlab
