#include "workspaces/ImageWorkspace.h"

#include "KindDocks.h"
#include "SettingsKeys.h"
#include "images/ImageResultsPanel.h"
#include "inside/LookInsidePanel.h"
#include "session/TrainingController.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace nnlab {

ImageWorkspace::ImageWorkspace(QMainWindow* window, TrainingController* controller)
    : QObject(window), m_window(window), m_controller(controller) {
    m_results = new ImageResultsPanel;
    m_inside = new LookInsidePanel;
}

QDockWidget* ImageWorkspace::dock(const char* objectName) const {
    return m_window->findChild<QDockWidget*>(QString::fromLatin1(objectName));
}

void ImageWorkspace::connectSession() {
    connect(m_controller, &TrainingController::snapshotReady, m_results, &ImageResultsPanel::showSnapshot);
    connect(m_controller, &TrainingController::snapshotReady, m_inside, &LookInsidePanel::showSnapshot);
    connect(m_inside, &LookInsidePanel::inspectionRequested, m_controller, &TrainingController::inspect);
    // Images have no plane to map: their answers are what the class looks at.
    connect(m_results, &ImageResultsPanel::resultsAppeared, this, [this] {
        // Not over Look inside, which the student chose to watch.
        QDockWidget* inside = dock("lookInsideDock");
        if (inside && !inside->visibleRegion().isEmpty()) return;
        if (QDockWidget* images = dock("imagesDock"); images && images->isVisible()) images->raise();
    });
    QDockWidget* inside = dock("lookInsideDock");
    QDockWidget* loss = dock("lossDock");
    if (!inside || !loss) return;
    connect(inside, &QDockWidget::visibilityChanged, m_inside, &LookInsidePanel::setActive);
    connect(m_inside, &LookInsidePanel::enlargeToggled, this, &ImageWorkspace::enlarge);
    // The overview needs room: a raised Look inside dock takes most of the width.
    connect(inside, &QDockWidget::visibilityChanged, this, [this, inside, loss](bool visible) {
        // Closed while it had the window: the other docks come back.
        if (!visible && inside->isHidden() && m_layoutBeforeEnlarge) enlarge(false);
        if (!visible || inside->isFloating() || m_layoutBeforeEnlarge) return;
        // After the tab switch has been laid out, or the sizes asked for are undone.
        QTimer::singleShot(0, this, [this, inside, loss] {
            const int width = m_window->width(), height = m_window->height();
            if (inside->width() < width / 2) m_window->resizeDocks({inside}, {width * 7 / 10}, Qt::Horizontal);
            if (loss->isVisible() && inside->height() < height * 2 / 3)
                m_window->resizeDocks({inside, loss}, {height * 4 / 5, height / 5}, Qt::Vertical);
        });
    });
}

void ImageWorkspace::setClassNames(const std::vector<std::string>& names) {
    m_results->setClassNames(names);
    m_inside->setClassNames(names);
}

void ImageWorkspace::experimentChanged(const Experiment& experiment) {
    if (m_layoutBeforeEnlarge && !KindDocks::applies(QStringLiteral("lookInsideDock"), experiment)) enlarge(false);
}

void ImageWorkspace::enlarge(bool enlarged) {
    QDockWidget* inside = dock("lookInsideDock");
    if (!inside || enlarged == m_layoutBeforeEnlarge.has_value()) return;
    if (enlarged) {
        // Every other dock and the middle hidden: the dock areas then share the
        // window, and Look inside is the only dock left in them. The toolbar
        // stays, so that the class can still train while it watches.
        // Set only once done: hiding its tab neighbours hides it for a moment,
        // which must not read as the student closing it.
        const QByteArray before = m_window->saveState(SettingsKeys::kWindowStateVersion);
        m_hiddenForInside.clear();
        inside->setFloating(false);
        for (QDockWidget* other : m_window->findChildren<QDockWidget*>())
            if (other != inside && !other->isHidden()) {
                m_hiddenForInside.push_back(other);
                other->hide();
            }
        m_window->centralWidget()->hide();
        inside->show();
        inside->raise();
        m_layoutBeforeEnlarge = before;
    } else {
        const QByteArray before = *m_layoutBeforeEnlarge;
        m_layoutBeforeEnlarge.reset();
        m_window->centralWidget()->show();
        // restoreState puts back sizes and tabs but leaves hidden docks hidden.
        for (QDockWidget* other : m_hiddenForInside) other->show();
        m_hiddenForInside.clear();
        m_window->restoreState(before, SettingsKeys::kWindowStateVersion);
    }
    m_inside->setEnlarged(enlarged);
}

}  // namespace nnlab
