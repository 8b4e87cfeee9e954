#include "MainWindow.h"

#include "Autosave.h"
#include "playground/DataPanel.h"
#include "playground/DecisionMapView.h"
#include "playground/ExperimentDocument.h"
#include "healthview/GradientHealthPanel.h"
#include "healthview/InitializationView.h"
#include "Language.h"
#include "playground/LayerInspector.h"
#include "healthview/LessonsMenu.h"
#include "common/LossPlot.h"
#include "playground/NetworkCanvas.h"
#include "RecentFiles.h"
#include "RecentFilesMenu.h"
#include "SettingsKeys.h"
#include "playground/TrainingPanel.h"
#include "TrainingToolBar.h"
#include "experiment/ExperimentJson.h"
#include "explorers/ExplorerPages.h"
#include "health/Diagnosis.h"
#include "session/TrainingController.h"
#include "tasks/TaskRegistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
#include <qcustomplot.h>

namespace nnlab {

MainWindow::MainWindow(const Options& options, QWidget* parent) : QMainWindow(parent), m_options(options) {
    setObjectName(QStringLiteral("mainWindow"));
    m_document = new ExperimentDocument(this);
    m_controller = new TrainingController(this);
    m_recent = new RecentFiles(this);
    createActions();
    createDocks();
    createMenus();
    connectSession();
    statusBar()->showMessage(tr("Ready: press Play (Space) to train."));
    if (m_options.useSettings) readSettings();
    m_controller->setSpeed(m_toolBar->speedSlider()->value());
    updateTitle();
    // The worker builds its task from the document's experiment.
    m_controller->setExperiment(m_document->experiment());
    onExperimentChanged(m_document->experiment());
    m_savedAfterCommand = m_controller->lastSentCommand();

    const QString recovery = !m_options.recoveryDirectory.isEmpty() ? m_options.recoveryDirectory
                             : m_options.useSettings                 ? Autosave::defaultDirectory()
                                                                     : QString();
    if (!recovery.isEmpty()) {
        m_autosave = new Autosave(recovery, this);
        connect(m_autosave, &Autosave::due, this, &MainWindow::autosaveNow);
        m_autosave->start();
        // Once the window is up: a question before it would have no parent to sit on.
        if (m_options.useSettings) QTimer::singleShot(0, this, &MainWindow::offerRecovery);
    }
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area, bool scroll) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    if (scroll) {
        auto* area = new QScrollArea(dock);
        area->setWidget(widget);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        dock->setWidget(area);
    } else {
        dock->setWidget(widget);
    }
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createActions() {
    auto action = [this](const QString& text, const QString& tip, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_new = action(tr("&New"), tr("Start again from the default experiment."), QKeySequence::New, &MainWindow::newExperiment);
    m_open = action(tr("&Open\u2026"), tr("Open an experiment file (.json)."), QKeySequence::Open, &MainWindow::open);
    m_save = action(tr("&Save"), tr("Save the experiment to its file."), QKeySequence::Save, &MainWindow::save);
    m_saveAs = action(tr("Save &As\u2026"), tr("Save the experiment to a new file."), QKeySequence::SaveAs, &MainWindow::saveAs);
    // Some platforms (X11 without a desktop theme) bind nothing to SaveAs.
    if (m_saveAs->shortcut().isEmpty()) m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportPicture = action(tr("&Export Picture\u2026"), tr("Save a PNG picture of the whole window, e.g. for a worksheet."),
                             QKeySequence(), &MainWindow::exportPicture);
    m_quit = action(tr("&Quit"), tr("Close the lab."), QKeySequence::Quit, &QWidget::close);

    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setToolTip(tr("Take back the last change of the experiment."));
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setToolTip(tr("Do the change again that was taken back."));

    // Training. Space would be eaten by focused buttons and spin boxes;
    // window-wide shortcuts keep it working wherever the focus is.
    m_play = action(tr("&Play"), tr("Start or pause training."), QKeySequence(Qt::Key_Space), [this] { m_controller->togglePlay(); });
    m_play->setObjectName(QStringLiteral("playAction"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setShortcutContext(Qt::WindowShortcut);
    m_step = action(tr("&Step"), tr("Pause and train on one batch."), QKeySequence(Qt::Key_S), [this] { m_controller->stepBatch(); });
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_stepEpoch = action(tr("Step &Epoch"), tr("Pause and train exactly one epoch (one pass over the training set)."),
                         QKeySequence(Qt::SHIFT | Qt::Key_S), [this] { m_controller->stepEpoch(); });
    m_stepEpoch->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_reset = action(tr("&Reset"), tr("Draw new starting weights and clear the loss history; the data is kept."),
                     QKeySequence(Qt::Key_R), [this] { m_controller->reset(); });
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    for (QAction* a : {m_play, m_step, m_stepEpoch, m_reset}) addAction(a);  // shortcuts work with menus hidden
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_new, m_open});
    m_recentMenu = new RecentFilesMenu(m_recent, file);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this, [this](const QString& path) {
        // A vanished file is only reported: no reason to ask about saving first.
        if (QFileInfo::exists(path) && !maybeSave()) return;
        openRecentFile(path);
    });
    file->addActions({m_save, m_saveAs});
    file->addSeparator();
    file->addAction(m_exportPicture);
    // Declared here so this file needs no include of it (app/export/ExportMenu.h).
    ExportMenu* createExportMenu(MainWindow* window, QMenu* fileMenu);
    m_exportMenu = createExportMenu(this, file);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo, m_redo});

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    training->addActions({m_play, m_step, m_stepEpoch, m_reset});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    // Each concept explorer opens in a window of its own, next to the running playground.
    QMenu* explore = menuBar()->addMenu(tr("E&xplore"));
    for (const QString& name : explorerPageNames()) {
        QAction* open = explore->addAction(explorerPageTitle(name));
        open->setStatusTip(tr("Open the %1 explorer in its own window.").arg(explorerPageTitle(name)));
        connect(open, &QAction::triggered, this, [this, name] {
            QWidget* page = createExplorerPage(name);
            if (!page) return;
            page->setAttribute(Qt::WA_DeleteOnClose);
            page->setWindowFlag(Qt::Window);
            page->setParent(this, Qt::Window);
            page->setWindowTitle(explorerPageTitle(name));
            page->resize(1100, 760);
            page->show();
        });
    }
    // A lesson replaces the experiment like File > Open but keeps no path, so
    // Save asks where instead of writing into the embedded file.
    menuBar()->addMenu(createLessonsMenu(this, [this](const QString& path) {
        if (!maybeSave()) return;
        Experiment lesson;
        QString error;
        if (!readLesson(path, &lesson, &error)) {
            QMessageBox::warning(this, tr("Open Lesson"), error);
            return;
        }
        loadRun(lesson, QString());  // fresh weights from the file's seed, no path
        if (auto* health = findChild<QDockWidget*>(QStringLiteral("healthDock"))) {
            health->show();
            health->raise();  // the verdict is what the lesson is about
        }
        statusBar()->showMessage(tr("Lesson opened: press Play and watch the Gradient health panel."), 10000);
    }));
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const QString current = savedLanguage();
    for (const LanguageChoice& choice : availableLanguages()) {
        QAction* a = language->addAction(choice.name);
        a->setCheckable(true);
        a->setChecked(choice.code == current);
        a->setToolTip(tr("Show the lab in this language from the next start."));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = choice.code] {
            saveLanguage(code);
            statusBar()->showMessage(tr("The language changes when the lab is started again."), 8000);
        });
    }
    for (QMenu* menu : menuBar()->findChildren<QMenu*>()) menu->setToolTipsVisible(true);
}

void MainWindow::createDocks() {
    setDockNestingEnabled(true);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_canvas = new NetworkCanvas(m_document, this);
    m_canvas->setObjectName(QStringLiteral("networkView"));
    m_canvas->setToolTip(tr("The network: hover a neuron to see its output on the plane, click a layer to edit it."));
    setCentralWidget(m_canvas);

    m_dataPanel = new DataPanel(m_document);
    QDockWidget* data = addDock(m_dataPanel, tr("Data"), QStringLiteral("dataDock"), Qt::LeftDockWidgetArea, true);
    data->setToolTip(tr("Which data the network learns from, and its input features."));
    m_trainingPanel = new TrainingPanel(m_document);
    QDockWidget* training = addDock(m_trainingPanel, tr("Training"), QStringLiteral("trainingDock"), Qt::LeftDockWidgetArea, true);
    training->setToolTip(tr("Loss, optimizer and regularisation settings."));
    tabifyDockWidget(data, training);

    m_decisionMap = new DecisionMapView;
    QDockWidget* output = addDock(m_decisionMap, tr("Output"), QStringLiteral("outputDock"), Qt::RightDockWidgetArea, false);
    output->setToolTip(tr("The network's answer for every point of the plane, with the data on top."));
    m_lossPlot = new LossPlot;
    QDockWidget* loss = addDock(m_lossPlot, tr("Loss"), QStringLiteral("lossDock"), Qt::RightDockWidgetArea, false);
    loss->setToolTip(tr("Training and test loss over the epochs."));
    splitDockWidget(output, loss, Qt::Vertical);
    m_healthPanel = new GradientHealthPanel;
    // Scrolls rather than forcing the window taller than a 1280x800 projector.
    auto* healthScroll = new QScrollArea;
    healthScroll->setWidgetResizable(true);
    healthScroll->setFrameShape(QFrame::NoFrame);
    healthScroll->setWidget(m_healthPanel);
    QDockWidget* health = addDock(healthScroll, tr("Gradient health"), QStringLiteral("healthDock"), Qt::RightDockWidgetArea, false);
    health->setToolTip(tr("Gradient norms, saturation and dead units per layer, with a diagnosis of what goes wrong."));
    tabifyDockWidget(loss, health);
    auto* initView = new InitializationView;
    QDockWidget* init = addDock(initView, tr("Initialisation"), QStringLiteral("initDock"), Qt::RightDockWidgetArea, true);
    init->setToolTip(tr("Before training: how activations and gradients spread through the layers with naive, Glorot "
                        "and He initialisation, for this experiment's activation and size."));
    tabifyDockWidget(health, init);
    initView->setExperiment(m_document->experiment());
    connect(m_document, &ExperimentDocument::experimentChanged, initView, &InitializationView::setExperiment);
    loss->raise();
    connect(m_healthPanel, &GradientHealthPanel::tryRequested, this,
            [this](const QString&, const QString& remedy, const std::vector<TryChange>& changes) {
                m_document->change(applyTry(m_document->experiment(), changes), tr("Try: %1").arg(remedy));
            });
    m_inspector = new LayerInspector(m_document);
    m_inspectorDock = addDock(m_inspector, tr("Layer"), QStringLiteral("layerDock"), Qt::LeftDockWidgetArea, true);
    m_inspectorDock->setToolTip(tr("Settings of the layer selected on the canvas."));
    tabifyDockWidget(training, m_inspectorDock);
    data->raise();
    const int dataWidth = std::max(340, m_dataPanel->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    data->setMinimumWidth(dataWidth);
    resizeDocks({data}, {dataWidth}, Qt::Horizontal);
    resizeDocks({output}, {400}, Qt::Horizontal);
    resizeDocks({output, loss}, {430, 230}, Qt::Vertical);

    m_toolBar = new TrainingToolBar({m_play, m_step, m_stepEpoch, m_reset}, this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void MainWindow::connectSession() {
    connect(m_document, &ExperimentDocument::experimentChanged, this, &MainWindow::onExperimentChanged);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &TrainingController::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_controller, &TrainingController::dataReady, this, &MainWindow::onData);
    connect(m_controller, &TrainingController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &TrainingController::playingChanged, this, &MainWindow::onPlayingChanged);
    connect(m_toolBar, &TrainingToolBar::speedChanged, m_controller, &TrainingController::setSpeed);
    connect(m_dataPanel, &DataPanel::drawingModeChanged, m_decisionMap, &DecisionMapView::setDrawingEnabled);
    connect(m_decisionMap, &DecisionMapView::pointClicked, this, [this](double x1, double x2, Qt::MouseButton button) {
        if (button == Qt::RightButton)
            m_dataPanel->removeCustomPointNear(x1, x2);
        else
            m_dataPanel->addCustomPoint(x1, x2);
    });
    connect(m_controller, &TrainingController::snapshotReady, m_canvas, &NetworkCanvas::showSnapshot);
    connect(m_canvas, &NetworkCanvas::neuronHovered, m_decisionMap, &DecisionMapView::showNeuron);
    connect(m_canvas, &NetworkCanvas::layerSelected, m_inspector, &LayerInspector::setLayer);
    // Clicking a layer is asking to edit it: bring its form to the front.
    connect(m_canvas, &NetworkCanvas::layerSelected, m_inspectorDock, [this] {
        if (m_inspectorDock->isVisible()) m_inspectorDock->raise();
    });
    connect(m_canvas, &NetworkCanvas::weightEditRequested, this, [this](int layer, int row, int col, double value) {
        m_controller->setWeight(layer, QStringLiteral("W"), row, col, value);
        m_weightsEdited = true;
        updateTitle();
    });
}

void MainWindow::onExperimentChanged(const Experiment& experiment) {
    ++m_documentChanges;
    m_controller->setExperiment(experiment);
    m_decisionMap->setFeatures(experiment.features);
    updateOutputKind();
}

void MainWindow::updateOutputKind() {
    const Experiment& e = m_document->experiment();
    const ProblemKind kind = m_data ? m_data->kind : DataPanel::problemKindOf(e);
    Index outputs = 1;
    if (!e.network.layers.empty()) outputs = std::max<Index>(1, e.network.layers.back().units);
    if (m_controller->latest() && m_controller->latest()->outputGrid.cols() > 0)
        outputs = m_controller->latest()->outputGrid.cols();
    m_decisionMap->setOutputKind(DecisionMapView::outputKindFor(e, kind, int(outputs)));
}

void MainWindow::onSnapshot(SnapshotPtr snapshot) {
    if (!m_layoutFitted && isVisible()) fitOutputDock();
    m_toolBar->showSnapshot(snapshot);
    // Frames from before the last save or open say nothing about changes since.
    if (snapshot->lastAppliedCommand >= m_savedAfterCommand && (snapshot->step != m_savedStep) != m_runModified) {
        m_runModified = !m_runModified;
        updateTitle();
    }
    if (snapshot->outputGrid.cols() != m_outputs) {
        m_outputs = int(snapshot->outputGrid.cols());
        updateOutputKind();
    }
    // A kind without a network (a map, later an RBM) has no decision map,
    // canvas or gradient health: those views are disabled, not left stale.
    const bool network = !snapshot->layers.empty();
    for (QWidget* view : {static_cast<QWidget*>(m_decisionMap), static_cast<QWidget*>(m_healthPanel),
                          static_cast<QWidget*>(m_canvas)})
        if (view->isEnabled() != network) view->setEnabled(network);
    m_decisionMap->showSnapshot(snapshot);
    m_lossPlot->showSnapshot(snapshot);
    m_healthPanel->showSnapshot(snapshot);
    showNotes(*snapshot);
}

void MainWindow::onData(DataFramePtr data) {
    // New data: losses of the old data set are not comparable with the new ones.
    // History points still on their way from before the change are left out.
    if (m_data) m_lossPlot->clear(data->staleHistoryUpTo);
    m_data = data;
    m_decisionMap->setPoints(data->trainPoints, data->trainLabels, data->testPoints, data->testLabels,
                             data->kind == ProblemKind::Regression ? 0 : data->numClasses);
    updateOutputKind();
}

void MainWindow::showNotes(const Snapshot& snapshot) {
    for (const Note& note : snapshot.notes) {
        const QString layer = QString::fromStdString(note.layer);
        const QString detail = QString::fromStdString(note.detail);
        QString text;
        if (note.code == "reinitialised")
            text = tr("%1 was initialised again: its shape or settings changed.").arg(layer);
        else if (note.code == "optimizer_reset")
            text = tr("New optimizer: its running averages start from zero.");
        else if (note.code == "finished")
            text = tr("Finished: %1. Raise the epochs in the Training panel to go on.").arg(detail);
        else if (note.code == "early_stopped")
            text = tr("Early stopping: %1.").arg(detail);
        else
            text = detail;
        statusBar()->showMessage(text, 10000);
    }
}

void MainWindow::onFailed(const QString& message) {
    statusBar()->showMessage(tr("Training stopped: %1").arg(message));
    if (message.startsWith(QLatin1String("data"))) m_dataPanel->showError(message);
}

void MainWindow::onPlayingChanged(bool playing) {
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (playing) statusBar()->showMessage(tr("Training\u2026"), 2000);
}

void MainWindow::flushViews() {
    for (QCustomPlot* plot : findChildren<QCustomPlot*>()) plot->replot(QCustomPlot::rpImmediateRefresh);
}

// ---- files ------------------------------------------------------------------

void MainWindow::newExperiment() {
    if (!maybeSave()) return;
    loadRun(defaultExperiment(), QString());
}

void MainWindow::open() {
    if (!maybeSave()) return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Experiment"),
                                                      settings.value(SettingsKeys::kLastDirectory).toString(),
                                                      tr("Experiments (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(SettingsKeys::kLastDirectory, QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::openFile(const QString& path) {
    Experiment experiment;
    QString problem;
    try {
        experiment = readExperimentFile(path.toStdString());
    } catch (const std::exception& e) {
        problem = QString::fromUtf8(e.what());
    }
    // Weights of another shape or data that will not load are found only when
    // a task is built: try one here, before anything is replaced.
    if (problem.isEmpty()) checkBuilds(experiment, &problem);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Open Experiment"), tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), problem));
        return false;
    }
    loadRun(experiment, QFileInfo(path).absoluteFilePath());
    if (m_options.rememberRecentFiles) m_recent->add(path);
    statusBar()->showMessage(experiment.run ? tr("Opened %1: training goes on from epoch %2.")
                                                  .arg(QFileInfo(path).fileName(), QLocale().toString(qulonglong(experiment.run->epoch)))
                                            : tr("Opened %1").arg(QFileInfo(path).fileName()),
                             5000);
    return true;
}

bool MainWindow::checkBuilds(const Experiment& experiment, QString* error) {
    try {
        (void)makeTask(experiment);
        return true;
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
}

void MainWindow::loadRun(const Experiment& experiment, const QString& path) {
    // The worker first, so that the document's change below finds nothing left to send.
    m_controller->loadExperiment(experiment);
    Experiment settings = experiment;
    settings.weights.reset();
    settings.run.reset();
    m_path = path;
    m_document->reset(settings);
    markSaved(experiment.run ? experiment.run->step : 0);
}

void MainWindow::markSaved(std::uint64_t step) {
    m_document->undoStack()->setClean();
    m_savedStep = step;
    m_savedAfterCommand = m_controller->lastSentCommand();
    m_runModified = false;
    m_weightsEdited = false;
    m_autosaved = false;
    if (m_autosave) m_autosave->discard();
    updateTitle();
}

bool MainWindow::openRecentFile(const QString& path) {
    if (!QFileInfo::exists(path)) {
        m_recent->remove(path);
        QMessageBox::information(this, tr("Open Recent"),
                                 tr("%1 is no longer there, so it was removed from the list of recent files.")
                                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openFile(path);
}

bool MainWindow::isModified() const { return !m_document->undoStack()->isClean() || m_runModified || m_weightsEdited; }

std::optional<Experiment> MainWindow::experimentToSave() {
    // fetchState runs an event loop, in which the autosave timer may fire.
    if (m_fetching) return std::nullopt;
    m_fetching = true;
    const RunStatePtr state = m_controller->fetchState();
    m_fetching = false;
    Experiment e = m_document->experiment();
    e.weights.reset();
    e.run.reset();
    if (!state) {
        statusBar()->showMessage(tr("The training thread did not answer: saved the settings without the trained weights."), 10000);
        return e;
    }
    // A change the worker refused (say, a CSV that does not load) leaves it on
    // the old network: those weights would not fit this file.
    const Experiment& ran = state->experiment;
    if (ran.network.layers != e.network.layers || ran.features != e.features || ran.data != e.data) {
        statusBar()->showMessage(tr("Training runs on other settings than these (the last change failed): saved the settings without weights."),
                                 10000);
        return e;
    }
    e.weights = ran.weights;
    if (state->step > 0 || !state->history.empty()) e.run = runRecordOf(*state);
    return e;
}

bool MainWindow::save() { return m_path.isEmpty() ? saveAs() : saveFile(m_path); }

bool MainWindow::saveAs() {
    QSettings settings;
    QString start = m_path.isEmpty() ? settings.value(SettingsKeys::kLastDirectory).toString() : m_path;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Experiment"), start, tr("Experiments (*.json)"));
    if (path.isEmpty()) return false;
    settings.setValue(SettingsKeys::kLastDirectory, QFileInfo(path).absolutePath());
    return saveFile(path.endsWith(QLatin1String(".json")) ? path : path + QStringLiteral(".json"));
}

bool MainWindow::saveFile(const QString& path) {
    const std::optional<Experiment> e = experimentToSave();
    if (!e) return false;
    try {
        writeExperimentFile(*e, path.toStdString());
    } catch (const std::exception& ex) {
        QMessageBox::warning(this, tr("Save Experiment"), tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(ex.what())));
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    markSaved(e->run ? e->run->step : 0);
    if (m_options.rememberRecentFiles) m_recent->add(m_path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::autosaveNow() {
    if (!m_autosave || !isModified()) return false;
    const std::uint64_t step = m_controller->latest() ? m_controller->latest()->step : 0;
    if (m_autosaved && m_autosavedChanges == m_documentChanges && m_autosavedStep == step) return false;
    const std::optional<Experiment> e = experimentToSave();
    if (!e) return false;
    QString error;
    if (!m_autosave->write(*e, m_path, &error)) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
        return false;
    }
    m_autosaved = true;
    m_autosavedChanges = m_documentChanges;
    m_autosavedStep = e->run ? e->run->step : 0;
    return true;
}

bool MainWindow::recoverFrom(const QString& recoveryFile) {
    QString problem;
    const std::optional<Recovery> found = Autosave::read(recoveryFile, &problem);
    if (!found || !checkBuilds(found->experiment, &problem)) {
        QMessageBox::warning(this, tr("Recover Experiment"),
                             tr("Could not recover from %1: %2").arg(QDir::toNativeSeparators(recoveryFile), problem));
        return false;
    }
    loadRun(found->experiment, found->originalPath);
    // Unsaved until the user saves it; this session's own autosave takes over.
    m_document->undoStack()->resetClean();
    updateTitle();
    Autosave::remove(recoveryFile);
    autosaveNow();
    statusBar()->showMessage(tr("Recovered the experiment of %1. Save it to keep it.")
                                 .arg(QLocale().toString(found->savedAt.toLocalTime(), QLocale::ShortFormat)),
                             10000);
    return true;
}

void MainWindow::offerRecovery() {
    if (!m_autosave) return;
    for (const QString& file : m_autosave->orphans()) {
        QString problem;
        const std::optional<Recovery> found = Autosave::read(file, &problem);
        if (!found) {
            // Kept under another name, so it is not offered again but not lost either.
            QFile::rename(file, file + QStringLiteral(".damaged"));
            QMessageBox::warning(this, tr("Recover Experiment"),
                                 tr("A recovery file could not be read and was set aside as %1: %2")
                                     .arg(QDir::toNativeSeparators(file + QStringLiteral(".damaged")), problem));
            continue;
        }
        QMessageBox box(QMessageBox::Question, tr("Recover Experiment"),
                        tr("Recover the unsaved experiment from %1?")
                            .arg(QLocale().toString(found->savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(found->originalPath.isEmpty()
                                   ? tr("The lab ended without saving an untitled experiment.")
                                   : tr("The lab ended without saving changes to %1.").arg(QDir::toNativeSeparators(found->originalPath)));
        QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == recover) {
            if (recoverFrom(file)) return;  // older ones wait for the next start
        } else {
            Autosave::remove(file);
        }
    }
}

void MainWindow::exportPicture() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Picture"), QSettings().value(SettingsKeys::kLastDirectory).toString(),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    flushViews();
    if (!grab().save(path, "PNG"))
        QMessageBox::warning(this, tr("Export Picture"), tr("Could not save %1.").arg(QFileInfo(path).fileName()));
    else
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
}

bool MainWindow::maybeSave() {
    if (!isModified()) return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"), tr("The experiment has changes that are not saved. Save them?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) return save();
    return true;
}

void MainWindow::updateTitle() {
    const QString name = m_path.isEmpty() ? QString::fromStdString(m_document->experiment().title) : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1%2 \u2013 nnlab").arg(name, isModified() ? QStringLiteral("*") : QString()));
}

// ---- settings ---------------------------------------------------------------

void MainWindow::readSettings() {
    QSettings settings;
    const QByteArray geometry = settings.value(SettingsKeys::kGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1440, screen.width()), std::min(900, screen.height()));
    }
    m_stateRestored = restoreState(settings.value(SettingsKeys::kWindowState).toByteArray(), SettingsKeys::kWindowStateVersion);
    const int speed = settings.value(SettingsKeys::kSpeed, TrainingToolBar::kDefaultSpeed).toInt();
    m_toolBar->setSpeed(speed);
}

void MainWindow::writeSettings() {
    QSettings settings;
    settings.setValue(SettingsKeys::kGeometry, saveGeometry());
    settings.setValue(SettingsKeys::kWindowState, saveState(SettingsKeys::kWindowStateVersion));
    settings.setValue(SettingsKeys::kSpeed, m_toolBar->speedSlider()->value());
}

void MainWindow::fitOutputDock() {
    // First start: the output map about square, the rest of the column for
    // the loss. Run on the first frame, when the docks have their real sizes.
    m_layoutFitted = true;
    if (m_stateRestored) return;
    QDockWidget* output = findChild<QDockWidget*>(QStringLiteral("outputDock"));
    QDockWidget* loss = findChild<QDockWidget*>(QStringLiteral("lossDock"));
    if (!output || !loss || !output->isVisible() || !loss->isVisible()) return;
    // The right column grows with the window (Playground gives the output a third).
    const int columnWidth = std::max(400, width() * 27 / 100);
    resizeDocks({output}, {columnWidth}, Qt::Horizontal);
    const int column = output->height() + loss->height();
    // The plot area is the dock minus the axis labels and colour scale across
    // (about 115 px) and minus title, caption and x axis down (about 100 px).
    const int want = std::clamp(columnWidth - 15, 200, std::max(200, column - 200));
    resizeDocks({output, loss}, {want, column - want}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_options.useSettings) writeSettings();
    // Saved or deliberately dropped: nothing to recover.
    if (m_autosave) m_autosave->discard();
    event->accept();
}

}  // namespace nnlab
