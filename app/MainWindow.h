#pragma once
// The playground window: builds the docks, menus and toolbar and connects
// them to the document and the training controller. It never trains.
#include "session/SessionTypes.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace nnlab {

class DataPanel;
class DecisionMapView;
class Autosave;
class ExperimentDocument;
class LayerInspector;
class LossPlot;
class GradientHealthPanel;
class NetworkCanvas;
class RecentFiles;
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
    };
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    MainWindow() : MainWindow(Options{}) {}
    ~MainWindow() override;

    // File > Open without the dialog: settings, data, weights and history, so
    // the run goes on where it stopped. A damaged file changes nothing: the
    // problem is shown and false returned.
    bool openFile(const QString& path);
    // Saves settings, data, trained weights and history (written to a
    // temporary file, then renamed over the old one).
    bool saveFile(const QString& path);
    // File > Open Recent: a file that is gone is removed from the list, with a message.
    bool openRecentFile(const QString& path);
    // Opens a recovery file as an unsaved change of its original file (or untitled).
    bool recoverFrom(const QString& recoveryFile);
    // Writes the recovery file if there is something unsaved and new since the last time.
    bool autosaveNow();
    // Unsaved edits, training since the last save, or typed weights.
    bool isModified() const;
    QString filePath() const { return m_path; }
    RecentFiles* recentFiles() const { return m_recent; }
    RecentFilesMenu* recentFilesMenu() const { return m_recentMenu; }
    Autosave* autosave() const { return m_autosave; }
    // Replots every view now (before grabbing the window).
    void flushViews();

    ExperimentDocument* document() const { return m_document; }
    TrainingController* controller() const { return m_controller; }
    DataPanel* dataPanel() const { return m_dataPanel; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    DecisionMapView* decisionMap() const { return m_decisionMap; }
    LossPlot* lossPlot() const { return m_lossPlot; }
    TrainingToolBar* trainingToolBar() const { return m_toolBar; }
    NetworkCanvas* networkCanvas() const { return m_canvas; }
    LayerInspector* layerInspector() const { return m_inspector; }
    QAction* playAction() const { return m_play; }

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void newExperiment();
    void open();
    bool save();
    bool saveAs();
    void exportPicture();
    void onExperimentChanged(const nnlab::Experiment& experiment);
    void onSnapshot(nnlab::SnapshotPtr snapshot);
    void onData(nnlab::DataFramePtr data);
    void onFailed(const QString& message);
    void onPlayingChanged(bool playing);
    void updateTitle();
    // At start: asks about each recovery file a crashed session left.
    void offerRecovery();

private:
    void createActions();
    void createMenus();
    void createDocks();
    void connectSession();
    void readSettings();
    void writeSettings();
    bool maybeSave();
    // Replaces the run (Open, New, recovery): the worker starts from the
    // experiment's weights and run, the document gets its settings.
    void loadRun(const Experiment& experiment, const QString& path);
    // Whether a task can be built from it (saved weights fit, data loads); the reason if not.
    static bool checkBuilds(const Experiment& experiment, QString* error);
    // The document's settings with the worker's weights and run, as a file holds
    // them; nullopt while another fetch is under way.
    std::optional<Experiment> experimentToSave();
    void markSaved(std::uint64_t step);
    void showNotes(const Snapshot& snapshot);
    void updateOutputKind();
    void fitOutputDock();
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
    TrainingToolBar* m_toolBar = nullptr;
    NetworkCanvas* m_canvas = nullptr;
    LayerInspector* m_inspector = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    bool m_layoutFitted = false;
    bool m_stateRestored = false;
    QMenu* m_viewMenu = nullptr;
    QString m_path;
    RecentFiles* m_recent = nullptr;
    RecentFilesMenu* m_recentMenu = nullptr;
    Autosave* m_autosave = nullptr;
    // The run counts as changed once a frame that has taken every command up
    // to m_savedAfterCommand shows another step than the saved one.
    std::uint64_t m_savedStep = 0, m_savedAfterCommand = 0;
    bool m_runModified = false, m_weightsEdited = false;
    bool m_fetching = false;
    std::uint64_t m_documentChanges = 0;                      // edits, undos and loads so far
    std::uint64_t m_autosavedChanges = 0, m_autosavedStep = 0;
    bool m_autosaved = false;
    DataFramePtr m_data;
    int m_outputs = 1;

    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
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
    class ExportMenu* m_exportMenu = nullptr;  // File > Export and the views' figure menus
    // [health-members]
};

}  // namespace nnlab
