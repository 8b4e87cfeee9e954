#pragma once
// "Copy figure" and "Export figure..." on a view's right-click menu, for
// every plot and view of the window (docs/export.md).
#include <QObject>
#include <QString>

class QMenu;
class QPoint;
class QWidget;

namespace nnlab {

// Adds "Copy figure" and "Export figure..." to view's right-click menu. A view
// that builds its own context menu (parented to itself, as NetworkCanvas
// does) gets the two actions appended to it; any other view gets a menu with
// just these two. name is the figure's file name stem ("loss"). The returned
// object lives as long as the view.
class FigureMenu : public QObject {
    Q_OBJECT
public:
    FigureMenu(QWidget* view, const QString& name);
    QWidget* view() const { return m_view; }
    QString name() const { return m_name; }
    // "Export figure...": the dialog, then the file name, then the write.
    void exportWithDialogs();

signals:
    void exported(const QString& path);
    void copied();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addActions(QMenu* menu);
    void showOwnMenu(const QPoint& globalPos);

    QWidget* m_view;
    QString m_name;
    bool m_menuSeen = false;  // the view built its own menu for the current right-click
    bool m_pending = false;   // a right-click is being handled
};

FigureMenu* installFigureContextMenu(QWidget* view, const QString& name);

}  // namespace nnlab
