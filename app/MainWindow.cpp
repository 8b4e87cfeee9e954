#include "MainWindow.h"

#include "KindDocks.h"

#include "Autosave.h"
#include "ClassroomAction.h"
#include "common/ClassroomHiding.h"
#include "ExamplesMenu.h"
#include "document/DocumentFiles.h"
#include "playground/DataPanel.h"
#include "playground/DecisionMapView.h"
#include "playground/ExperimentDocument.h"
#include "healthview/GradientHealthPanel.h"
#include "healthview/InitializationView.h"
#include "adversarial/AdversarialPlaneView.h"
#include "adversarial/AdversarialSettingsPanel.h"
#include "workspaces/ImageWorkspace.h"
#include "images/LayerStackView.h"
#include "playground/HiddenSpaceView.h"
#include "workspaces/GameWorkspace.h"
#include "workspaces/SequenceWorkspace.h"
#include "sequences/SequencePanel.h"
#include "text/GeneratedTextView.h"
#include "text/TextFileExperiment.h"
#include "images/ImageResultsPanel.h"
#include "inside/LookInsidePanel.h"
#include "Language.h"
#include "playground/LayerInspector.h"
#include "healthview/LessonsMenu.h"
#include "common/LossPlot.h"
#include "playground/NetworkCanvas.h"
#include "playground/NetworkEdits.h"
#include "RecentFilesMenu.h"
#include "SettingsKeys.h"
#include "playground/TrainingPanel.h"
#include "TrainingToolBar.h"
#include "HeadlessRun.h"
#include "explorers/ExplorerPages.h"
#include "health/Diagnosis.h"
#include "session/TrainingController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QUndoStack>
#include <QRandomGenerator>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace nnlab {

MainWindow::MainWindow(const Options& options, Session session, QWidget* parent)
    : QMainWindow(parent), m_options(options) {
    setObjectName(QStringLiteral("mainWindow"));
    const bool taken = session.document && session.controller && session.files;
    if (taken) {
        m_document = session.document;
        m_controller = session.controller;
        m_files = session.files;
        m_document->setParent(this);
        m_controller->setParent(this);
        m_files->setWindow(this);
    } else {
        m_document = new ExperimentDocument(this);
        m_controller = new TrainingController(this);
        // The worker builds its task from the document's experiment.
        m_controller->setExperiment(m_document->experiment());
        DocumentFiles::Options files;
        files.recoveryDirectory = !m_options.recoveryDirectory.isEmpty() ? m_options.recoveryDirectory
                                  : m_options.useSettings                 ? Autosave::defaultDirectory()
                                                                          : QString();
        files.rememberRecentFiles = m_options.rememberRecentFiles;
        files.autosaveFirstDelayMs = m_options.autosaveFirstDelayMs;
        files.autosaveIntervalMs = m_options.autosaveIntervalMs;
        m_files = new DocumentFiles(m_document, m_controller, this, files);
    }
    createActions();
    createDocks();
    createMenus();
    connectSession();
    statusBar()->showMessage(tr("Ready: press Play (Space) to train."));
    if (m_options.useSettings) readSettings();
    if (taken) m_toolBar->setSpeed(m_controller->speed());
    m_controller->setSpeed(m_toolBar->speedSlider()->value());
    updateTitle();
    onExperimentChanged(m_document->experiment());
    if (taken) {
        // The run as it stands: its data, whether it plays, and one frame with
        // the whole history (later frames bring only what is new).
        if (m_controller->latestData()) onData(m_controller->latestData());
        onPlayingChanged(m_controller->isPlaying());
        m_controller->requestFullFrame();
        return;
    }
    // Once the window is up: a question before it would have no parent to sit on.
    if (m_options.useSettings && m_files->autosave()) QTimer::singleShot(0, m_files, &DocumentFiles::offerRecovery);
}

MainWindow::Session MainWindow::releaseSession() {
    // From here on this window hears nothing from the session, nor may it
    // close it (its closeEvent would ask to save the run it no longer holds).
    for (QObject* source : {static_cast<QObject*>(m_document), static_cast<QObject*>(m_controller),
                            static_cast<QObject*>(m_files), static_cast<QObject*>(m_document->undoStack())})
        source->disconnect(this);
    m_document->setWeightProvider({});
    m_document->setParent(nullptr);
    m_controller->setParent(nullptr);
    m_files->setWindow(nullptr);
    Session session{m_document, m_controller, m_files};
    m_released = true;
    return session;
}

void MainWindow::adoptLayoutOf(MainWindow& previous) {
    restoreGeometry(previous.saveGeometry());
    // Its usual docks, if Look inside had its whole window.
    const QByteArray state = previous.m_imageViews->layoutBeforeEnlarge().value_or(previous.saveState(SettingsKeys::kWindowStateVersion));
    m_stateRestored = restoreState(state, SettingsKeys::kWindowStateVersion);
    m_kindDocks->setHiddenDocks(previous.m_kindDocks->hiddenDocks());
    m_toolBar->setSpeed(previous.m_toolBar->speedSlider()->value());
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
    m_new = action(tr("&New"), tr("Start again from the default experiment."), QKeySequence::New, [this] { m_files->newExperiment(); });
    m_open = action(tr("&Open\u2026"), tr("Open an experiment file (.json)."), QKeySequence::Open, [this] { m_files->open(); });
    m_openText = action(tr("Open &Text File\u2026"),
                        tr("Learn a UTF-8 text file character by character; the Generated text dock shows what the "
                           "network writes. Undo takes it back."),
                        QKeySequence(), &MainWindow::openTextFile);
    m_openText->setObjectName(QStringLiteral("openTextFileAction"));
    m_save = action(tr("&Save"), tr("Save the experiment to its file."), QKeySequence::Save, [this] { m_files->save(); });
    m_saveAs = action(tr("Save &As\u2026"), tr("Save the experiment to a new file."), QKeySequence::SaveAs, [this] { m_files->saveAs(); });
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
    m_play = action(tr("&Play"), tr("Start or pause training."), QKeySequence(Qt::Key_Space), &MainWindow::onPlayPressed);
    m_play->setObjectName(QStringLiteral("playAction"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setShortcutContext(Qt::WindowShortcut);
    m_step = action(tr("&Step"), tr("Pause and train on one batch."), QKeySequence(Qt::Key_S), [this] { m_controller->stepBatch(); });
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_stepEpoch = action(tr("Step &Epoch"), tr("Pause and train exactly one epoch (one pass over the training set)."),
                         QKeySequence(Qt::SHIFT | Qt::Key_S), [this] { m_controller->stepEpoch(); });
    m_stepEpoch->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_reset = action(tr("&Reset"),
                     tr("Draw new starting weights (a new weight seed, shown in the Training panel) and clear the loss "
                        "history; the data is kept."),
                     QKeySequence(Qt::Key_R), &MainWindow::resetWithNewSeed);
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_restart = action(tr("Restart from the &Same Weights"),
                       tr("Start again from the same starting weights (the weight seed is kept), e.g. to repeat a run."),
                       QKeySequence(Qt::SHIFT | Qt::Key_R), [this] { m_controller->reset(); });
    m_restart->setObjectName(QStringLiteral("restartAction"));
    m_resetLayout = action(tr("Reset &Layout"), tr("Put every panel back where it was when the lab first started."),
                           QKeySequence(), &MainWindow::resetLayout);
    m_resetLayout->setObjectName(QStringLiteral("resetLayoutAction"));
    for (QAction* a : {m_play, m_step, m_stepEpoch, m_reset, m_restart}) addAction(a);  // shortcuts work with menus hidden
    markClassroomControl(m_play, "play");
    markClassroomControl(m_step, "step");
    markClassroomControl(m_stepEpoch, "step");
    markClassroomControl(m_reset, "reset");
    markClassroomControl(m_restart, "reset");
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_new, m_open, m_openText});
    // Pictures of one's own: the Data dock reads the folder and shows the images.
    QAction* importImages = file->addAction(tr("Import &Image Folder\u2026"));
    importImages->setObjectName(QStringLiteral("importImageFolderAction"));
    importImages->setToolTip(tr("Train on a folder of PNG or JPEG images with one subfolder per class. Undo takes it back."));
    importImages->setStatusTip(importImages->toolTip());
    connect(importImages, &QAction::triggered, this, [this] {
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("dataDock"))) {
            dock->show();
            dock->raise();
        }
        m_dataPanel->importImageFolderInteractive();
    });
    m_recentMenu = new RecentFilesMenu(m_files->recentFiles(), file);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, m_files, &DocumentFiles::openRecentFile);
    file->addMenu(createExamplesMenu(file, [this](const QString& path) { m_files->openExample(path); }));
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
    training->addActions({m_play, m_step, m_stepEpoch, m_reset, m_restart});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayout);
    m_viewMenu->addAction(createClassroomAction(this, m_document));

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
    // A lesson replaces the experiment like File > Open, without a path.
    menuBar()->addMenu(createLessonsMenu(this, [this](const QString& path) { m_files->openLesson(path); }));
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const QString current = savedLanguage();
    for (const LanguageChoice& choice : availableLanguages()) {
        QAction* a = language->addAction(choice.name);
        a->setCheckable(true);
        a->setChecked(choice.code == current);
        a->setToolTip(tr("Show the lab in this language now; the run, its file and Undo are kept."));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = choice.code] { emit languageChosen(code); });
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
    // Why training stopped, word-wrapped above the canvas: the status bar is one
    // line and cut a NaN message off at the window edge.
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_problem = new QLabel(centre);
    m_problem->setObjectName(QStringLiteral("problemBanner"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #202428; border: 1px solid #e57373; padding: 6px 10px; }"));
    m_problem->hide();
    centreLayout->addWidget(m_problem);
    centreLayout->addWidget(m_canvas, 1);
    // Images: the network as a stack of layers with their shapes, in the canvas's place.
    m_layerStack = new LayerStackView(m_document, centre);
    m_layerStack->hide();
    centreLayout->addWidget(m_layerStack, 1);
    // A kind without one network (a GAN, a map) is not drawn here: say where its pictures are.
    m_noNetwork = new QLabel(tr("This kind of model is not drawn as one network here. Its pictures are in the docks "
                                "on the right, its curves in the Loss dock."),
                             centre);
    m_noNetwork->setObjectName(QStringLiteral("noNetworkNote"));
    m_noNetwork->setWordWrap(true);
    m_noNetwork->setAlignment(Qt::AlignCenter);
    m_noNetwork->setMargin(24);
    m_noNetwork->hide();
    centreLayout->addWidget(m_noNetwork, 1);
    setCentralWidget(centre);

    m_dataPanel = new DataPanel(m_document);
    QDockWidget* data = addDock(m_dataPanel, tr("Data"), QStringLiteral("dataDock"), Qt::LeftDockWidgetArea, true);
    data->setToolTip(tr("Which data the network learns from, and its input features."));
    m_trainingPanel = new TrainingPanel(m_document);
    QDockWidget* training = addDock(m_trainingPanel, tr("Training"), QStringLiteral("trainingDock"), Qt::LeftDockWidgetArea, true);
    training->setToolTip(tr("Loss, optimizer and regularisation settings."));
    tabifyDockWidget(data, training);
    m_game = new GameWorkspace(this, m_document, m_controller);
    m_sequenceViews = new SequenceWorkspace(this, m_document, m_controller);
    QDockWidget* game = addDock(m_game->settings(), tr("Game settings"), QStringLiteral("gameDock"), Qt::LeftDockWidgetArea, true);
    game->setToolTip(tr("For a generative adversarial network: the real data, the noise, the loss and each player's "
                        "learning rate, steps and network."));
    tabifyDockWidget(training, game);

    m_decisionMap = new DecisionMapView;
    QDockWidget* output = addDock(m_decisionMap, tr("Output"), QStringLiteral("outputDock"), Qt::RightDockWidgetArea, false);
    output->setToolTip(tr("The network's answer for every point of the plane, with the data on top."));
    m_lossPlot = new LossPlot;
    QDockWidget* loss = addDock(m_lossPlot, tr("Loss"), QStringLiteral("lossDock"), Qt::RightDockWidgetArea, false);
    loss->setToolTip(tr("Training and test loss over the epochs."));
    splitDockWidget(output, loss, Qt::Vertical);
    m_imageViews = new ImageWorkspace(this, m_controller);
    QDockWidget* images = addDock(m_imageViews->results(), tr("Test images"), QStringLiteral("imagesDock"), Qt::RightDockWidgetArea, true);
    images->setToolTip(tr("For image data: test images with the network's answers, the confusion matrix and the worst mistakes."));
    tabifyDockWidget(output, images);
    // One dock for the game: the plane for points, the image grids for images (whichever has a picture).
    QDockWidget* adversarial = addDock(m_game->gamePanel(), tr("Generator and discriminator"), QStringLiteral("adversarialDock"),
                                       Qt::RightDockWidgetArea, false);
    adversarial->setToolTip(tr("For a generative adversarial network: real and generated samples, the discriminator's "
                               "verdict behind them and the generator's gradients."));
    tabifyDockWidget(images, adversarial);
    m_hiddenSpace = new HiddenSpaceView;
    QDockWidget* hidden = addDock(m_hiddenSpace, tr("Hidden space"), QStringLiteral("hiddenDock"), Qt::RightDockWidgetArea, false);
    hidden->setToolTip(tr("How a hidden layer bends the plane: the grid and the training points where two of its neurons "
                          "put them."));
    tabifyDockWidget(adversarial, hidden);
    // The worker runs the training points through the layers only while the dock is seen.
    connect(hidden, &QDockWidget::visibilityChanged, m_controller, &TrainingController::setHiddenSpace);
    QDockWidget* sequences = addDock(m_sequenceViews->sequences(), tr("Sequences"), QStringLiteral("sequenceDock"),
                                     Qt::RightDockWidgetArea, true);
    sequences->setToolTip(tr("For recurrent networks: one validation sequence with the prediction, the hidden "
                             "states and gates over time, and the gradient that reaches each time step."));
    tabifyDockWidget(adversarial, sequences);
    QDockWidget* text = addDock(m_sequenceViews->text(), tr("Generated text"), QStringLiteral("textDock"), Qt::RightDockWidgetArea, false);
    text->setToolTip(tr("For text data: what the network writes, sampled every few steps while it trains, with the "
                        "temperature and the text it starts from."));
    tabifyDockWidget(adversarial, text);
    QDockWidget* inside = addDock(m_imageViews->lookInside(), tr("Look inside"), QStringLiteral("lookInsideDock"), Qt::RightDockWidgetArea, false);
    inside->setToolTip(tr("For a network on images: every layer's feature maps for one image or your drawing, and how "
                          "each one is computed."));
    tabifyDockWidget(adversarial, inside);
    output->raise();
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
    const auto tryRemedy = [this](const QString&, const QString&, const std::vector<TryChange>& changes, const QString& label) {
        // Listed in Edit > Undo under the words its button showed. A change the
        // experiment cannot take is said, not thrown through the event loop.
        try {
            m_document->change(applyTry(m_document->experiment(), changes), label);
        } catch (const std::exception& e) {
            statusBar()->showMessage(tr("Could not try this: %1").arg(QString::fromUtf8(e.what())), 8000);
        }
    };
    connect(m_healthPanel, &GradientHealthPanel::tryRequested, this, tryRemedy);
    connect(m_game->plane(), &AdversarialPlaneView::tryRequested, this, tryRemedy);
    m_inspector = new LayerInspector(m_document);
    m_inspectorDock = addDock(m_inspector, tr("Layer"), QStringLiteral("layerDock"), Qt::LeftDockWidgetArea, true);
    m_inspectorDock->setToolTip(tr("Settings of the layer selected on the canvas."));
    markClassroomControl(m_inspectorDock, "layer_settings");
    tabifyDockWidget(training, m_inspectorDock);
    data->raise();
    const int dataWidth = std::max(340, m_dataPanel->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    data->setMinimumWidth(dataWidth);
    // The game's settings shown whole: their rows are as wide as their longest
    // words (German), and the scroll area does not scroll sideways.
    if (auto* game = findChild<QDockWidget*>(QStringLiteral("gameDock")))
        game->setMinimumWidth(std::max(dataWidth, m_game->settings()->minimumSizeHint().width() +
                                                      style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8));
    resizeDocks({data}, {dataWidth}, Qt::Horizontal);
    resizeDocks({output}, {400}, Qt::Horizontal);
    resizeDocks({output, loss}, {430, 230}, Qt::Vertical);

    m_toolBar = new TrainingToolBar({m_play, m_step, m_stepEpoch, m_reset}, this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_defaultLayout = saveState(SettingsKeys::kWindowStateVersion);
    m_kindDocks = new KindDocks(this);
}

void MainWindow::connectSession() {
    connect(m_document, &ExperimentDocument::experimentChanged, this, &MainWindow::onExperimentChanged);
    connect(m_files, &DocumentFiles::titleChanged, this, &MainWindow::updateTitle);
    connect(this, &QMainWindow::tabifiedDockWidgetActivated, this, &MainWindow::showDockTabsWhole);
    connect(m_files, &DocumentFiles::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &DocumentFiles::lessonOpened, this, [this] {
        if (auto* health = findChild<QDockWidget*>(QStringLiteral("healthDock"))) {
            health->show();
            health->raise();  // the verdict is what the lesson is about
        }
    });
    connect(m_controller, &TrainingController::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_controller, &TrainingController::dataReady, this, &MainWindow::onData);
    connect(m_controller, &TrainingController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &TrainingController::playingChanged, this, &MainWindow::onPlayingChanged);
    connect(m_toolBar, &TrainingToolBar::speedChanged, m_controller, &TrainingController::setSpeed);
    // Clicks on the output map edit the points as on the drawing pad (ConvNetJS's
    // classify2d): a click adds the Draw class, Shift the next class; right
    // or Ctrl removes the nearest point. A generated set becomes drawn points.
    connect(m_dataPanel, &DataPanel::pointEditingChanged, m_decisionMap, &DecisionMapView::setPointEditingEnabled);
    m_decisionMap->setPointEditingEnabled(DataPanel::pointsEditable(m_document->experiment()));
    connect(m_decisionMap, &DecisionMapView::pointClicked, this,
            [this](double x1, double x2, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) {
                const bool wasDrawn = m_document->experiment().data.generator == "custom";
                if (button == Qt::RightButton || (button == Qt::LeftButton && (modifiers & Qt::ControlModifier))) {
                    if (!m_dataPanel->removeCustomPointNear(x1, x2))
                        statusBar()->showMessage(tr("No point near the click to remove."), 4000);
                } else if (button == Qt::LeftButton) {
                    int cls = m_dataPanel->drawClass();
                    if (modifiers & Qt::ShiftModifier) cls = (cls + 1) % std::max(2, DataPanel::classCount(m_document->experiment()));
                    m_dataPanel->addCustomPoint(x1, x2, cls);
                } else {
                    return;
                }
                if (!wasDrawn && m_document->experiment().data.generator == "custom")
                    statusBar()->showMessage(tr("The data is now your own points (Drawn points in the Data panel); "
                                                "Ctrl+Z takes the click back."),
                                             8000);
            });
    connect(m_controller, &TrainingController::snapshotReady, m_canvas, &NetworkCanvas::showSnapshot);
    connect(m_controller, &TrainingController::snapshotReady, m_hiddenSpace, &HiddenSpaceView::showSnapshot);
    m_game->connectSession([this] { return !m_hasNetwork; });
    m_sequenceViews->connectSession();
    m_imageViews->connectSession();
    connect(m_canvas, &NetworkCanvas::neuronHovered, m_decisionMap, &DecisionMapView::showNeuron);
    connect(m_decisionMap, &DecisionMapView::discretizedChanged, m_canvas, &NetworkCanvas::setDiscretized);
    connect(m_canvas, &NetworkCanvas::layerSelected, m_inspector, &LayerInspector::setLayer);
    connect(m_layerStack, &LayerStackView::layerSelected, m_inspector, &LayerInspector::setLayer);
    connect(m_layerStack, &LayerStackView::layerSelected, m_inspectorDock, [this] {
        if (m_inspectorDock->isVisible()) m_inspectorDock->raise();
    });
    // Clicking a layer is asking to edit it: bring its form to the front.
    // Only a layer the user picked: adding a layer must not switch the left
    // dock away from what the user was looking at.
    connect(m_canvas, &NetworkCanvas::layerChosen, m_inspectorDock, [this] {
        if (m_inspectorDock->isVisible()) m_inspectorDock->raise();
    });
    // Typed weights, and their undo and redo, come through the document.
    connect(m_document, &ExperimentDocument::weightSetRequested, this,
            [this](int layer, const QString& param, int row, int col, double value) {
                m_controller->setWeight(layer, param, row, col, value);
                m_files->noteWeightsEdited();
                m_lossPlot->markStale();
            });
    connect(m_document, &ExperimentDocument::weightsRestoreRequested, this, [this](const WeightSet& weights) {
        m_pendingWeights = weights;
        m_pendingWeightsAfter = m_controller->lastSentCommand();
        m_files->noteWeightsEdited();
        if (m_controller->latest()) restorePendingWeights(*m_controller->latest());
    });
    m_document->setWeightProvider([this]() -> std::optional<WeightSet> {
        const SnapshotPtr s = m_controller->latest();
        if (!s || s->layers.empty()) return std::nullopt;
        WeightSet set;
        for (const LayerFrame& layer : s->layers) {
            if (layer.weights.size() > 0) set[layer.name]["W"] = layer.weights;
            if (layer.bias.size() > 0) set[layer.name]["b"] = layer.bias;
        }
        return set;
    });
    m_decisionMap->setNeuronNamer([this](int layer, int neuron) {
        return NetworkEdits::neuronName(m_document->experiment(), layer, neuron);
    });
}

void MainWindow::openTextFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Text File"), QString(),
                                                      tr("Text files (*.txt *.md);;All files (*)"));
    if (!path.isEmpty()) openTextFilePath(path);
}

bool MainWindow::openTextFilePath(const QString& path) {
    try {
        const Experiment next = experimentForTextFile(m_document->experiment(), path.toStdString());
        m_document->change(next, tr("Open text file %1").arg(QFileInfo(path).fileName()));
    } catch (const std::exception& e) {
        // Not modal: the run goes on behind it (and tests read it).
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Open Text File"),
                                    tr("Could not open %1: %2").arg(path, QString::fromUtf8(e.what())), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("textFileProblemBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("textDock"))) {
        dock->show();
        dock->raise();
    }
    return true;
}

void MainWindow::onExperimentChanged(const Experiment& experiment) {
    const Experiment* before = m_controller->sentExperiment();
    if (before && reinitialisesLayers(*before, experiment)) m_lossPlot->markStale();
    m_controller->setExperiment(experiment);
    m_decisionMap->setFeatures(experiment.features);
    m_sequenceViews->experimentChanged(experiment);
    showCentre();
    updateOutputKind();
    std::vector<QString> titles;
    for (int i = 0; i < int(experiment.network.layers.size()); ++i) titles.push_back(NetworkEdits::layerName(experiment, i));
    m_hiddenSpace->setLayerTitles(std::move(titles));
    // Before the classroom's list, so a dock the teacher hid is not shown again here.
    // An enlarged Look inside gives the docks back before they are sorted.
    m_imageViews->experimentChanged(experiment);
    m_kindDocks->apply(experiment);
    applyClassroomHiding(this, experiment.hiddenControls);
    m_game->experimentChanged(experiment);
}

void MainWindow::showCentre() {
    const bool images = NetworkEdits::inputShape(m_document->experiment()).dims.size() > 1;
    m_canvas->setVisible(m_hasNetwork && !images);
    m_layerStack->setVisible(m_hasNetwork && images);
    m_noNetwork->setVisible(!m_hasNetwork);
    // Two players have their own dock with the whole game in it: the middle,
    // which would only hold the note, gives its width to the docks.
    const bool game = !m_hasNetwork && AdversarialSettingsPanel::isAdversarial(m_document->experiment());
    centralWidget()->setMaximumWidth(game ? 0 : QWIDGETSIZE_MAX);
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
    if (m_pendingWeights) restorePendingWeights(*snapshot);
    if (snapshot->outputGrid.cols() != m_outputs) {
        m_outputs = int(snapshot->outputGrid.cols());
        updateOutputKind();
    }
    // A kind without a network (a map, later an RBM) has no decision map,
    // canvas or gradient health: those views are disabled, not left stale.
    const bool network = !snapshot->layers.empty();
    if (network != m_hasNetwork) {
        m_hasNetwork = network;
        showCentre();
        // Back to a network in the middle: the right docks give the room back.
        auto* output = findChild<QDockWidget*>(QStringLiteral("outputDock"));
        if (network && output && !output->isFloating()) resizeDocks({output}, {400}, Qt::Horizontal);
    }
    for (QWidget* view : {static_cast<QWidget*>(m_healthPanel), static_cast<QWidget*>(m_canvas)})
        if (view->isEnabled() != network) view->setEnabled(network);
    // A map places its units over its points: the output map shows them.
    const bool plane = network || snapshot->planeUnits.rows() > 0;
    if (m_decisionMap->isEnabled() != plane) m_decisionMap->setEnabled(plane);
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
    m_imageViews->setClassNames(data->classNames);
    m_hiddenSpace->setNumClasses(data->numClasses);
    m_dataPanel->showTrainingImages(data->trainImages, data->imageShape);
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
        // Whole sentences from the numbers: the engine's English detail
        // glued into a translated frame read "Fertig: trained 40 epochs".
        else if (note.code == "finished")
            text = tr("Finished: trained %1 epochs. Press Play to go on for as long again.")
                       .arg(QLocale().toString(qulonglong(snapshot.epoch)));
        else if (note.code == "early_stopped")
            text = tr("Early stopping: the monitored loss did not improve for %1 epochs.")
                       .arg(m_document->experiment().earlyStopping.patience);
        else if (note.code == "warning")
            text = tr("Warning: this setting will not train: %1.").arg(detail);
        else if (note.code == "targets")
            text = tr("Targets: %1.").arg(detail);
        else
            text = detail;
        statusBar()->showMessage(text, 10000);
    }
}

void MainWindow::restorePendingWeights(const Snapshot& snapshot) {
    // Only a frame that has taken the undone experiment has its layers; an
    // entry is sent only where the shapes agree, so a stale set cannot fail.
    if (snapshot.lastAppliedCommand < m_pendingWeightsAfter) return;
    const WeightSet weights = std::move(*m_pendingWeights);
    m_pendingWeights.reset();
    for (std::size_t i = 0; i < snapshot.layers.size(); ++i) {
        const LayerFrame& frame = snapshot.layers[i];
        const auto layer = weights.find(frame.name);
        if (layer == weights.end()) continue;
        for (const auto& [param, values] : layer->second) {
            const Matrix& now = param == "W" ? frame.weights : frame.bias;
            if (now.rows() != values.rows() || now.cols() != values.cols() || now == values) continue;
            for (Index r = 0; r < values.rows(); ++r)
                for (Index c = 0; c < values.cols(); ++c)
                    m_controller->setWeight(int(i), QString::fromStdString(param), int(r), int(c), values(r, c));
        }
    }
}

void MainWindow::onPlayPressed() {
    if (m_controller->isPlaying()) {
        m_controller->pause();
        return;
    }
    m_problem->hide();
    const SnapshotPtr s = m_controller->latest();
    const Experiment& e = m_document->experiment();
    if (s && s->finished) {
        const bool atLimit = e.epochs > 0 && s->epoch >= std::uint64_t(e.epochs);
        if (atLimit) {
            // Go on for as long again: one press, no epoch field to find.
            Experiment next = e;
            next.epochs = int(std::min<std::uint64_t>(s->epoch + std::uint64_t(std::max(e.epochs, 10)), 10000000));
            m_document->change(next, tr("Epochs %1").arg(next.epochs));
            statusBar()->showMessage(tr("The run had reached its limit of %1 epochs; Play raised it to %2 (Training "
                                        "panel, Epochs) and goes on.")
                                         .arg(e.epochs)
                                         .arg(next.epochs),
                                     10000);
        } else if (e.earlyStopping.enabled) {
            statusBar()->showMessage(tr("Play cannot go on: early stopping ended this run because the loss stopped "
                                        "improving. Switch early stopping off in the Training panel, or press Reset."),
                                     15000);
            return;
        }
    }
    m_controller->play();
}

void MainWindow::resetWithNewSeed() {
    // A new seed for every Reset (Playground draws new weights too); it is
    // shown in the Training panel, so a run can still be repeated exactly.
    Experiment next = m_document->experiment();
    std::uint64_t seed = next.seed;
    while (seed == next.seed) seed = 1 + QRandomGenerator::global()->bounded(std::uint32_t(TrainingPanel::kMaxSeed));
    next.seed = seed;
    m_document->change(next, tr("New weight seed %1").arg(seed));
    m_controller->reset();
    m_problem->hide();
    statusBar()->showMessage(tr("New starting weights from seed %1.").arg(seed), 5000);
}

void MainWindow::resetLayout() {
    m_imageViews->enlarge(false);
    restoreState(m_defaultLayout, SettingsKeys::kWindowStateVersion);
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        dock->setFloating(false);
        dock->show();
    }
    m_kindDocks->setHiddenDocks({});
    m_kindDocks->apply(m_document->experiment());
    applyClassroomHiding(this, m_document->experiment().hiddenControls);
    if (auto* data = findChild<QDockWidget*>(QStringLiteral("dataDock"))) data->raise();
    if (auto* loss = findChild<QDockWidget*>(QStringLiteral("lossDock"))) loss->raise();
    m_toolBar->show();
    showDockTabsWhole();
    m_stateRestored = false;
    fitOutputDock();
}

void MainWindow::onFailed(const QString& message) {
    statusBar()->showMessage(tr("Training stopped: %1").arg(message));
    m_problem->setText(tr("Training stopped: %1").arg(message));
    m_problem->setToolTip(tr("Change the setting named in the message (often a lower learning rate), then press Reset."));
    m_problem->show();
    if (message.startsWith(QLatin1String("data"))) m_dataPanel->showError(message);
}

void MainWindow::onPlayingChanged(bool playing) {
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    // Not over a note Play has just left there (the raised epoch limit).
    if (playing && statusBar()->currentMessage().isEmpty()) statusBar()->showMessage(tr("Training\u2026"), 2000);
}

void MainWindow::flushViews() {
    // No waiting here for the pictures made on helper threads (the map, the
    // thumbnails, the edges): the window shows, and an export takes, the last
    // finished ones. A headless grab waits for them first (grabWindow).
    for (QCustomPlot* plot : findChildren<QCustomPlot*>()) plot->replot(QCustomPlot::rpImmediateRefresh);
    // The generated samples where the newest frame puts them, not on their way.
    m_game->finishMotion();
}

void MainWindow::exportPicture() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Picture"), QSettings().value(SettingsKeys::kLastDirectory).toString(),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    flushViews();
    QString error;
    if (!writePng(grab(), path, &error))
        QMessageBox::warning(this, tr("Export Picture"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1%2 \u2013 nnlab").arg(m_files->displayName(), m_files->isModified() ? QStringLiteral("*") : QString()));
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
    if (m_stateRestored) m_kindDocks->setHiddenDocks(settings.value(SettingsKeys::kDocksHiddenForKind).toStringList());
    const int speed = settings.value(SettingsKeys::kSpeed, TrainingToolBar::kDefaultSpeed).toInt();
    m_toolBar->setSpeed(speed);
}

void MainWindow::writeSettings() {
    QSettings settings;
    settings.setValue(SettingsKeys::kGeometry, saveGeometry());
    settings.setValue(SettingsKeys::kWindowState, saveState(SettingsKeys::kWindowStateVersion));
    settings.setValue(SettingsKeys::kDocksHiddenForKind, m_kindDocks->hiddenDocks());
    settings.setValue(SettingsKeys::kSpeed, m_toolBar->speedSlider()->value());
}

void MainWindow::showDockTabsWhole() {
    // Qt elides dock tab titles ("Lo...", "Gradient he...") when the column is
    // narrow; whole titles with scroll arrows read better on a projector.
    for (QTabBar* bar : findChildren<QTabBar*>()) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

void MainWindow::fitOutputDock() {
    showDockTabsWhole();
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
    if (m_released) {
        event->accept();
        return;
    }
    // Not yet: cancelled, or closed again by m_files once the run is saved.
    if (!m_files->mayClose()) {
        event->ignore();
        return;
    }
    m_imageViews->enlarge(false);  // the layout saved is the student's, not the enlarged one
    if (m_options.useSettings) writeSettings();
    event->accept();
}

}  // namespace nnlab
