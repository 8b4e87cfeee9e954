#include "workspaces/GameWorkspace.h"

#include "adversarial/AdversarialImageView.h"
#include "adversarial/AdversarialPlaneView.h"
#include "adversarial/AdversarialSettingsPanel.h"
#include "session/TrainingController.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QVBoxLayout>

namespace nnlab {

GameWorkspace::GameWorkspace(QMainWindow* window, ExperimentDocument* document, TrainingController* controller)
    : QObject(window), m_window(window), m_document(document), m_controller(controller) {
    m_settings = new AdversarialSettingsPanel(document);
    m_plane = new AdversarialPlaneView;
    m_images = new AdversarialImageView;
    m_images->hide();
    m_panel = new QWidget;
    m_panel->setObjectName(QStringLiteral("adversarialPanel"));
    auto* layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plane);
    layout->addWidget(m_images);
}

void GameWorkspace::connectSession(std::function<bool()> middleFolded) {
    m_middleFolded = std::move(middleFolded);
    connect(m_controller, &TrainingController::snapshotReady, m_plane, &AdversarialPlaneView::showSnapshot);
    connect(m_controller, &TrainingController::snapshotReady, m_images, &AdversarialImageView::showSnapshot);
    connect(m_images, &AdversarialImageView::pictureChanged, this, [this](bool images) {
        // The one going first: both shown at once would ask the window for both heights.
        QWidget* going = images ? static_cast<QWidget*>(m_plane) : m_images;
        QWidget* coming = images ? static_cast<QWidget*>(m_images) : m_plane;
        going->hide();
        coming->show();
    });
    connect(m_images, &AdversarialImageView::interpolationChosen, m_controller, &TrainingController::setInterpolation);
    // Slow motion: the view's timer asks for one phase at a time; play stops it.
    connect(m_plane, &AdversarialPlaneView::phaseStepRequested, m_controller,
            [this] { m_controller->stepPart(QStringLiteral("phase")); });
    connect(m_plane, &AdversarialPlaneView::partStepRequested, m_controller,
            [this](const QString& part) { m_controller->stepPart(part); });
    connect(m_controller, &TrainingController::playingChanged, m_plane, &AdversarialPlaneView::setPlaying);
    connect(m_plane, &AdversarialPlaneView::pictureAppeared, this, &GameWorkspace::raiseGame);
    connect(m_images, &AdversarialImageView::pictureAppeared, this, &GameWorkspace::raiseGame);
}

void GameWorkspace::raiseGame() {
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("adversarialDock"));
    if (!dock || !dock->isVisible()) return;
    dock->raise();
    // The middle is folded away then: the game, its graph and its verdicts
    // take the room, the settings on the left keep theirs.
    if (!m_middleFolded || !m_middleFolded() || dock->isFloating()) return;
    m_window->resizeDocks({dock}, {m_window->width() - 360}, Qt::Horizontal);
}

void GameWorkspace::experimentChanged(const Experiment& experiment) {
    const bool game = AdversarialSettingsPanel::isAdversarial(experiment);
    if (game == m_showingSettings) return;
    m_showingSettings = game;
    const QString name = game ? QStringLiteral("gameDock") : QStringLiteral("dataDock");
    if (auto* dock = m_window->findChild<QDockWidget*>(name)) dock->raise();
}

void GameWorkspace::finishMotion() { m_plane->finishMotion(); }

}  // namespace nnlab
