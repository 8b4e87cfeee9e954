#pragma once
// The two-player game's part of the window (a GAN): the Game settings panel,
// and one panel with the plane (points) or the image grids (images),
// whichever has a picture, with their wiring to the session. MainWindow puts
// the two panels in its docks ("gameDock", "adversarialDock") and leaves the
// rest to this class, so the window does not know what a game shows.
#include <QObject>

#include <functional>

class QMainWindow;
class QWidget;

namespace nnlab {

class AdversarialImageView;
class AdversarialPlaneView;
class AdversarialSettingsPanel;
class ExperimentDocument;
class TrainingController;
struct Experiment;

class GameWorkspace : public QObject {
    Q_OBJECT
public:
    GameWorkspace(QMainWindow* window, ExperimentDocument* document, TrainingController* controller);

    AdversarialSettingsPanel* settings() const { return m_settings; }
    QWidget* gamePanel() const { return m_panel; }
    AdversarialPlaneView* plane() const { return m_plane; }
    AdversarialImageView* images() const { return m_images; }

    // After the docks exist. middleFolded: the window's middle has no network
    // to show, so a raised game may take its width.
    void connectSession(std::function<bool()> middleFolded);
    // Opening a game raises its settings; leaving one raises the data again.
    void experimentChanged(const Experiment& experiment);
    // The generated samples where the newest frame puts them (grabs, exports).
    void finishMotion();

private:
    void raiseGame();

    QMainWindow* m_window;
    ExperimentDocument* m_document;
    TrainingController* m_controller;
    AdversarialSettingsPanel* m_settings = nullptr;
    QWidget* m_panel = nullptr;
    AdversarialPlaneView* m_plane = nullptr;
    AdversarialImageView* m_images = nullptr;
    std::function<bool()> m_middleFolded;
    bool m_showingSettings = false;  // the settings dock was raised for this experiment
};

}  // namespace nnlab
