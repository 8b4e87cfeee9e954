#pragma once
// The playground window: builds the docks, menus and toolbar and connects
// them to the document and the training controller. It never trains.
#include "Autosave.h"
#include "session/SessionTypes.h"

#include <QMainWindow>

#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace nnlab {

class DataPanel;
class DecisionMapView;
class DocumentFiles;
class ExperimentDocument;
class LayerInspector;
class LossPlot;
class GradientHealthPanel;
class GameWorkspace;
class ImageWorkspace;
class HiddenSpaceView;
class SequenceWorkspace;
class KindDocks;
class LayerStackView;
class NetworkCanvas;
class RecentFilesMenu;
class TrainingController;
class TrainingPanel;
class TrainingToolBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        bool useSettings = true;  // restore and save geometry and docks (off for screenshots and tests)
        // Autosave and crash recovery here; empty: Autosave::defaultDirectory()
        // with useSettings, else none (a screenshot run neither writes nor asks).
        QString recoveryDirectory;
        bool rememberRecentFiles = true;  // off for a screenshot run: it is not the user's opening a file
        // Autosave: the first write this long after the first unsaved change, then every interval.
        int autosaveFirstDelayMs = Autosave::kDefaultFirstDelayMs;
        int autosaveIntervalMs = Autosave::kDefaultIntervalMs;
    };
    // What outlives the window when it is rebuilt in another language: the
    // experiment with its undo stack, the worker with its run, and the file.
    struct Session {
        ExperimentDocument* document = nullptr;
        TrainingController* controller = nullptr;
        DocumentFiles* files = nullptr;
    };
    explicit MainWindow(const Options& options, QWidget* parent = nullptr) : MainWindow(options, Session{}, parent) {}
    // A window for a session another window released: it shows the run as it
    // stands (the worker sends the whole history once).
    MainWindow(const Options& options, Session session, QWidget* parent = nullptr);
    MainWindow() : MainWindow(Options{}) {}
    ~MainWindow() override;

    const Options& options() const { return m_options; }
    // Hands the session to the next window; this one only shows, and is to be
    // hidden and deleted.
    Session releaseSession();
    // Takes the size, dock layout and speed of the window it replaces.
    void adoptLayoutOf(MainWindow& previous);

    // Open, save, recover, autosave and the unsaved state (app/document/).
    DocumentFiles* files() const { return m_files; }
    RecentFilesMenu* recentFilesMenu() const { return m_recentMenu; }
    // Replots every view now (before grabbing the window); never waits.
    void flushViews();

    ExperimentDocument* document() const { return m_document; }
    TrainingController* controller() const { return m_controller; }
    DataPanel* dataPanel() const { return m_dataPanel; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    DecisionMapView* decisionMap() const { return m_decisionMap; }
    LossPlot* lossPlot() const { return m_lossPlot; }
    HiddenSpaceView* hiddenSpace() const { return m_hiddenSpace; }
    // The game's and the sequences' views live in their workspaces (app/workspaces/).
    const GameWorkspace* game() const { return m_game; }
    const SequenceWorkspace* sequenceViews() const { return m_sequenceViews; }
    ImageWorkspace* imageViews() const { return m_imageViews; }
    LayerStackView* layerStack() const { return m_layerStack; }
    TrainingToolBar* trainingToolBar() const { return m_toolBar; }
    NetworkCanvas* networkCanvas() const { return m_canvas; }
    LayerInspector* layerInspector() const { return m_inspector; }
    QAction* playAction() const { return m_play; }
    QAction* resetAction() const { return m_reset; }
    QAction* restartAction() const { return m_restart; }
    QAction* resetLayoutAction() const { return m_resetLayout; }
    // The word-wrapped line over the canvas that tells why training stopped.
    QLabel* problemBanner() const { return m_problem; }
    // File > Open Text File without the dialog: one undoable edit of the
    // experiment (text/TextFileExperiment.h); false, with a message box, if
    // the file cannot be learnt.
    bool openTextFilePath(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void exportPicture();
    void openTextFile();
    void onExperimentChanged(const nnlab::Experiment& experiment);
    void onSnapshot(nnlab::SnapshotPtr snapshot);
    void onData(nnlab::DataFramePtr data);
    void onFailed(const QString& message);
    void onPlayingChanged(bool playing);
    // Play, or after a finished run go on (raising the epoch limit) or say why not.
    void onPlayPressed();
    // Reset with a new weight seed (shown in the Training panel).
    void resetWithNewSeed();
    void resetLayout();
    void updateTitle();

signals:
    // The user picked a language in the Language menu (code as in Language.h).
    void languageChosen(const QString& code);

private:
    void createActions();
    void createMenus();
    void createDocks();
    void connectSession();
    void readSettings();
    void writeSettings();
    void showNotes(const Snapshot& snapshot);
    void updateOutputKind();
    // The canvas, the layer stack (images, sequences) or a note (no network).
    void showCentre();
    void fitOutputDock();
    void showDockTabsWhole();
    void restorePendingWeights(const Snapshot& snapshot);
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName, Qt::DockWidgetArea area,
                         bool scroll);

    Options m_options;
    ExperimentDocument* m_document = nullptr;
    TrainingController* m_controller = nullptr;
    DataPanel* m_dataPanel = nullptr;
    TrainingPanel* m_trainingPanel = nullptr;
    DecisionMapView* m_decisionMap = nullptr;
    LossPlot* m_lossPlot = nullptr;
    GradientHealthPanel* m_healthPanel = nullptr;
    ImageWorkspace* m_imageViews = nullptr;  // test images and Look inside for a network on images
    GameWorkspace* m_game = nullptr;               // a GAN's settings, samples and verdicts
    SequenceWorkspace* m_sequenceViews = nullptr;  // a recurrent network's sequences and generated text
    KindDocks* m_kindDocks = nullptr;    // hides the docks that have nothing to say about the experiment
    HiddenSpaceView* m_hiddenSpace = nullptr;
    LayerStackView* m_layerStack = nullptr;  // the network of an image model
    QLabel* m_noNetwork = nullptr;           // in the canvas's place for kinds without one network
    bool m_hasNetwork = true;                // the last frame had layers
    TrainingToolBar* m_toolBar = nullptr;
    NetworkCanvas* m_canvas = nullptr;
    LayerInspector* m_inspector = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    bool m_layoutFitted = false;
    bool m_stateRestored = false;
    bool m_released = false;  // the session went to the next window
    QMenu* m_viewMenu = nullptr;
    DocumentFiles* m_files = nullptr;
    RecentFilesMenu* m_recentMenu = nullptr;
    DataFramePtr m_data;
    int m_outputs = 1;

    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_openText = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_exportPicture = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_play = nullptr;
    QAction* m_step = nullptr;
    QAction* m_stepEpoch = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_restart = nullptr;
    QAction* m_resetLayout = nullptr;
    QByteArray m_defaultLayout;  // the docks as built, for View > Reset layout
    QLabel* m_problem = nullptr;
    // Weights an undo puts back, once the engine has taken the undone experiment.
    std::optional<WeightSet> m_pendingWeights;
    std::uint64_t m_pendingWeightsAfter = 0;
    class ExportMenu* m_exportMenu = nullptr;  // File > Export and the views' figure menus
    // [health-members]
};

}  // namespace nnlab
