#include "figures/FigureMenu.h"

#include "figures/ExportFigureDialog.h"
#include "figures/FigureExport.h"

#include <QAbstractScrollArea>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace nnlab {

namespace {

constexpr char kDirectoryKey[] = "figureExport/directory";
// Set on a menu once it has the figure actions, so a menu polished twice gets them once.
constexpr char kExtendedProperty[] = "nnlabFigureActions";

}  // namespace

FigureMenu::FigureMenu(QWidget* view, const QString& name) : QObject(view), m_view(view), m_name(name) {
    setObjectName(QStringLiteral("figureMenu_") + name);
    view->installEventFilter(this);
    // A scroll area (the canvas) receives right-clicks on its viewport.
    if (auto* area = qobject_cast<QAbstractScrollArea*>(view)) area->viewport()->installEventFilter(this);
}

FigureMenu* installFigureContextMenu(QWidget* view, const QString& name) {
    return new FigureMenu(view, name);
}

bool FigureMenu::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ChildPolished && watched == m_view) {
        auto* menu = qobject_cast<QMenu*>(static_cast<QChildEvent*>(event)->child());
        // Only a menu made for this right-click: the view may own other menus.
        if (menu && m_pending && !menu->property(kExtendedProperty).toBool()) {
            m_menuSeen = true;
            menu->addSeparator();
            addActions(menu);
        }
    } else if (event->type() == QEvent::ContextMenu && !m_pending) {
        // The view's own handler runs after this filter and may open its own
        // menu (extended above when it is polished); if it opens none by the
        // time the event is handled, the figure menu opens instead. One check
        // per click, though an ignored event passes the viewport and the view.
        m_menuSeen = false;
        m_pending = true;
        const QPoint globalPos = static_cast<QContextMenuEvent*>(event)->globalPos();
        QTimer::singleShot(0, this, [this, globalPos] {
            m_pending = false;
            if (!m_menuSeen) showOwnMenu(globalPos);
        });
    }
    return false;
}

void FigureMenu::addActions(QMenu* menu) {
    menu->setProperty(kExtendedProperty, true);
    QAction* copy = menu->addAction(tr("Copy figure"));
    copy->setObjectName(QStringLiteral("copyFigureAction"));
    copy->setToolTip(tr("Put this figure on the clipboard as an image (the size and DPI of the last export)."));
    connect(copy, &QAction::triggered, this, [this] {
        copyFigureToClipboard(m_view, lastFigureOptions());
        emit copied();
    });
    QAction* save = menu->addAction(tr("Export figure\u2026"));
    save->setObjectName(QStringLiteral("exportFigureAction"));
    save->setToolTip(tr("Save this figure as PNG, SVG or PDF."));
    connect(save, &QAction::triggered, this, &FigureMenu::exportWithDialogs);
}

void FigureMenu::showOwnMenu(const QPoint& globalPos) {
    auto* menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("figureContextMenu"));
    menu->setToolTipsVisible(true);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setProperty(kExtendedProperty, true);  // polished as the view's child: not extended twice
    addActions(menu);
    menu->popup(globalPos);
}

void FigureMenu::exportWithDialogs() {
    ExportFigureDialog dialog(true, m_view);
    if (dialog.exec() != QDialog::Accepted) return;
    const FigureFormat format = dialog.format();
    QSettings settings;
    const QString dir = settings.value(kDirectoryKey, QDir::homePath()).toString();
    const QString suffix = figureSuffix(format);
    QString filter;
    switch (format) {
    case FigureFormat::Png: filter = tr("PNG images (*.png)"); break;
    case FigureFormat::Svg: filter = tr("SVG drawings (*.svg)"); break;
    case FigureFormat::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    }
    QString path = QFileDialog::getSaveFileName(m_view, tr("Export Figure"), QDir(dir).filePath(m_name + '.' + suffix), filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += '.' + suffix;
    settings.setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    QString error;
    if (!writeFigure(m_view, path, format, dialog.options(), m_name, &error)) {
        QMessageBox::warning(m_view, tr("Export Figure"), error);
        return;
    }
    emit exported(path);
}

}  // namespace nnlab
