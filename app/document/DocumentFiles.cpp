#include "DocumentFiles.h"

#include "Autosave.h"
#include "playground/ExperimentDocument.h"
#include "healthview/LessonsMenu.h"
#include "RecentFiles.h"
#include "SettingsKeys.h"
#include "experiment/ExperimentJson.h"
#include "session/TrainingController.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>
#include <QWidget>

namespace nnlab {

DocumentFiles::DocumentFiles(ExperimentDocument* document, TrainingController* controller, QWidget* window,
                             const Options& options)
    : QObject(window), m_document(document), m_controller(controller), m_window(window), m_options(options) {
    setObjectName(QStringLiteral("documentFiles"));
    m_recent = new RecentFiles(this);
    // What the worker was told so far is the starting point, not a change.
    m_savedAfterCommand = m_controller->lastSentCommand();
    connect(m_document, &ExperimentDocument::experimentChanged, this, [this] { ++m_documentChanges; });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &DocumentFiles::titleChanged);
    connect(m_controller, &TrainingController::snapshotReady, this, &DocumentFiles::onSnapshot);
    connect(m_controller, &TrainingController::loadFinished, this, &DocumentFiles::onLoadFinished);
    if (!m_options.recoveryDirectory.isEmpty()) {
        m_autosave = new Autosave(m_options.recoveryDirectory, this);
        connect(m_autosave, &Autosave::due, this, &DocumentFiles::autosaveNow);
        m_autosave->start(m_options.autosaveIntervalMs, m_options.autosaveFirstDelayMs);
        // The first unsaved change is kept within seconds, not an interval
        // later: a session killed in its first minute still offers it back.
        connect(this, &DocumentFiles::titleChanged, this, [this] {
            if (isModified() && !m_autosaved) m_autosave->soon();
        });
    }
}

DocumentFiles::~DocumentFiles() = default;

void DocumentFiles::setWindow(QWidget* window) {
    setParent(window);
    m_window = window;
}

bool DocumentFiles::isModified() const {
    return !m_document->undoStack()->isClean() || m_runModified || m_weightsEdited;
}

QString DocumentFiles::displayName() const {
    return m_path.isEmpty() ? QString::fromStdString(m_document->experiment().title) : QFileInfo(m_path).fileName();
}

void DocumentFiles::showProblem(const QString& title, const QString& text) {
    // Opened, not exec'd: no event loop of its own, and a test sees it as a child.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("fileProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---- opening ------------------------------------------------------------------

void DocumentFiles::loadRun(const Experiment& experiment, const QString& path,
                            std::function<void(const QString& error)> done) {
    const quint64 request = m_controller->loadExperiment(experiment);
    m_loads[request] = [this, experiment, path, done = std::move(done)](const QString& error) {
        if (error.isEmpty()) {
            // The worker runs it: now the document follows. The controller has the
            // settings already, so the document's change sends nothing.
            Experiment settings = experiment;
            settings.weights.reset();
            settings.run.reset();
            m_path = path;
            m_document->reset(settings);
            markSaved(experiment.run ? experiment.run->step : 0, m_controller->lastSentCommand());
        }
        done(error);
    };
}

void DocumentFiles::onLoadFinished(quint64 request, const QString& error) {
    const auto it = m_loads.find(request);
    if (it == m_loads.end()) return;
    const std::function<void(const QString&)> then = std::move(it->second);
    m_loads.erase(it);
    then(error);
}

void DocumentFiles::newExperiment() {
    whenSavedOrDiscarded([this] {
        loadRun(defaultExperiment(), QString(), [this](const QString& error) {
            if (!error.isEmpty()) showProblem(tr("New Experiment"), error);
        });
    });
}

void DocumentFiles::open() {
    whenSavedOrDiscarded([this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Experiment"),
                                                          settings.value(SettingsKeys::kLastDirectory).toString(),
                                                          tr("Experiments (*.json);;All files (*)"));
        if (path.isEmpty()) return;
        settings.setValue(SettingsKeys::kLastDirectory, QFileInfo(path).absolutePath());
        openFile(path);
    });
}

void DocumentFiles::openFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    auto fail = [this, path, name](const QString& problem) {
        showProblem(tr("Open Experiment"), tr("Could not open %1: %2").arg(name, problem));
        emit openFailed(path, problem);
    };
    Experiment experiment;
    try {
        experiment = readExperimentFile(path.toStdString());
    } catch (const std::exception& e) {
        fail(QString::fromUtf8(e.what()));
        return;
    }
    // Weights of another shape or data that will not load show only when a
    // task is built: the worker tries, and keeps its old one if that fails.
    loadRun(experiment, QFileInfo(path).absoluteFilePath(), [this, path, name, fail, experiment](const QString& error) {
        if (!error.isEmpty()) return fail(error);
        if (m_options.rememberRecentFiles) m_recent->add(path);
        emit statusMessage(experiment.run ? tr("Opened %1: training goes on from epoch %2.")
                                                .arg(name, QLocale().toString(qulonglong(experiment.run->epoch)))
                                          : tr("Opened %1").arg(name),
                           5000);
        emit opened(m_path);
    });
}

void DocumentFiles::openRecentFile(const QString& path) {
    if (!QFileInfo::exists(path)) {
        m_recent->remove(path);
        const QString message = tr("%1 is no longer there, so it was removed from the list of recent files.")
                                    .arg(QDir::toNativeSeparators(path));
        showProblem(tr("Open Recent"), message);
        emit openFailed(path, message);
        return;
    }
    // A vanished file is only reported: no reason to ask about saving first.
    whenSavedOrDiscarded([this, path] { openFile(path); });
}

void DocumentFiles::openLesson(const QString& resourcePath) {
    openEmbedded(resourcePath, tr("Open Lesson"), [this, resourcePath] {
        emit statusMessage(tr("Lesson opened: press Play and watch the Gradient health panel."), 10000);
        emit lessonOpened(resourcePath);
    });
}

void DocumentFiles::openExample(const QString& resourcePath) {
    openEmbedded(resourcePath, tr("Open Example"), [this] {
        emit statusMessage(tr("Example opened: press Play to train it."), 10000);
    });
}

void DocumentFiles::openEmbedded(const QString& resourcePath, const QString& title, std::function<void()> opened) {
    whenSavedOrDiscarded([this, resourcePath, title, opened] {
        Experiment experiment;
        QString error;
        if (!readLesson(resourcePath, &experiment, &error)) {
            showProblem(title, error);
            emit openFailed(resourcePath, error);
            return;
        }
        // Like File > Open, but no path: Save asks where instead of writing into the embedded file.
        loadRun(experiment, QString(), [this, resourcePath, title, opened](const QString& problem) {
            if (!problem.isEmpty()) {
                showProblem(title, problem);
                emit openFailed(resourcePath, problem);
                return;
            }
            opened();
        });
    });
}

void DocumentFiles::recoverFrom(const QString& recoveryFile) {
    auto fail = [this, recoveryFile](const QString& problem) {
        showProblem(tr("Recover Experiment"),
                    tr("Could not recover from %1: %2").arg(QDir::toNativeSeparators(recoveryFile), problem));
        emit recoverFailed(recoveryFile, problem);
    };
    QString problem;
    const std::optional<Recovery> found = Autosave::read(recoveryFile, &problem);
    if (!found) return fail(problem);
    const QDateTime savedAt = found->savedAt;
    loadRun(found->experiment, found->originalPath, [this, recoveryFile, savedAt, fail](const QString& error) {
        if (!error.isEmpty()) return fail(error);
        // Unsaved until the user saves it; this session's own autosave takes over.
        m_document->undoStack()->resetClean();
        emit titleChanged();
        Autosave::remove(recoveryFile);
        autosaveNow();
        emit statusMessage(tr("Recovered the experiment of %1. Save it to keep it.")
                               .arg(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)),
                           10000);
        emit recovered(recoveryFile);
    });
}

void DocumentFiles::offerRecovery() {
    if (!m_autosave) return;
    for (const QString& file : m_autosave->orphans()) {
        QString problem;
        const std::optional<Recovery> found = Autosave::read(file, &problem);
        if (!found) {
            // Kept under another name, so it is not offered again but not lost either.
            QFile::rename(file, file + QStringLiteral(".damaged"));
            showProblem(tr("Recover Experiment"), tr("A recovery file could not be read and was set aside as %1: %2")
                                                      .arg(QDir::toNativeSeparators(file + QStringLiteral(".damaged")), problem));
            continue;
        }
        QMessageBox box(QMessageBox::Question, tr("Recover Experiment"),
                        tr("Recover the unsaved experiment from %1?")
                            .arg(QLocale().toString(found->savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(found->originalPath.isEmpty()
                                   ? tr("The lab ended without saving an untitled experiment.")
                                   : tr("The lab ended without saving changes to %1.").arg(QDir::toNativeSeparators(found->originalPath)));
        QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == recover) {
            recoverFrom(file);
            return;  // older ones wait for the next start
        }
        Autosave::remove(file);
    }
}

// ---- the unsaved state ----------------------------------------------------------

void DocumentFiles::onSnapshot(SnapshotPtr snapshot) {
    // Frames from before the last save or open say nothing about changes since.
    if (snapshot->lastAppliedCommand >= m_savedAfterCommand && (snapshot->step != m_savedStep) != m_runModified) {
        m_runModified = !m_runModified;
        emit titleChanged();
    }
}

void DocumentFiles::noteWeightsEdited() {
    m_weightsEdited = true;
    emit titleChanged();
}

void DocumentFiles::markSaved(std::uint64_t step, std::uint64_t afterCommand) {
    m_document->undoStack()->setClean();
    m_savedStep = step;
    m_savedAfterCommand = afterCommand;
    m_runModified = false;
    m_weightsEdited = false;
    m_autosaved = false;
    if (m_autosave) m_autosave->discard();
    emit titleChanged();
}

QMessageBox::StandardButton DocumentFiles::askToSave() {
    return QMessageBox::question(m_window, tr("Unsaved Changes"), tr("The experiment has changes that are not saved. Save them?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
}

void DocumentFiles::whenSavedOrDiscarded(std::function<void()> next) {
    if (!isModified()) return next();
    const QMessageBox::StandardButton answer = askToSave();
    if (answer == QMessageBox::Cancel) return;
    if (answer == QMessageBox::Discard) return next();
    saveThen([next = std::move(next)](bool ok) {
        if (ok) next();
    });
}

bool DocumentFiles::mayClose() {
    if (!m_closeApproved && isModified()) {
        const QMessageBox::StandardButton answer = askToSave();
        if (answer == QMessageBox::Cancel) return false;
        if (answer == QMessageBox::Save) {
            // The close waits for the run to be written, then happens again.
            saveThen([this](bool ok) {
                if (!ok) return;
                m_closeApproved = true;  // training that goes on meanwhile is not asked about again
                m_window->close();
            });
            return false;
        }
    }
    // Saved or deliberately dropped: nothing to recover.
    if (m_autosave) m_autosave->discard();
    return true;
}

// ---- saving ---------------------------------------------------------------------

Experiment DocumentFiles::toSave(const RunStatePtr& state) {
    Experiment e = m_document->experiment();
    e.weights.reset();
    e.run.reset();
    if (!state) {
        emit statusMessage(tr("There is no trained network yet: saved the settings without weights."), 10000);
        return e;
    }
    // A change the worker refused (say, a CSV that does not load) leaves it on
    // the old network: those weights would not fit this file.
    const Experiment& ran = state->experiment;
    if (ran.network.layers != e.network.layers || ran.features != e.features || ran.data != e.data) {
        emit statusMessage(tr("Training runs on other settings than these (the last change failed): saved the settings without weights."),
            10000);
        return e;
    }
    e.weights = ran.weights;
    if (state->step > 0 || !state->history.empty()) e.run = runRecordOf(*state);
    return e;
}

void DocumentFiles::save() { saveThen({}); }

void DocumentFiles::saveAs() { saveAsThen({}); }

void DocumentFiles::saveThen(std::function<void(bool)> done) {
    if (m_path.isEmpty())
        saveAsThen(std::move(done));
    else
        writeFile(m_path, std::move(done));
}

void DocumentFiles::saveAsThen(std::function<void(bool)> done) {
    QSettings settings;
    const QString start = m_path.isEmpty() ? settings.value(SettingsKeys::kLastDirectory).toString() : m_path;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Experiment"), start, tr("Experiments (*.json)"));
    if (path.isEmpty()) {
        if (done) done(false);
        return;
    }
    settings.setValue(SettingsKeys::kLastDirectory, QFileInfo(path).absolutePath());
    writeFile(path.endsWith(QLatin1String(".json")) ? path : path + QStringLiteral(".json"), std::move(done));
}

void DocumentFiles::saveFile(const QString& path) { writeFile(path, {}); }

void DocumentFiles::writeFile(const QString& path, std::function<void(bool)> done) {
    emit statusMessage(tr("Saving %1\u2026").arg(QFileInfo(path).fileName()), 0);
    m_controller->fetchState(this, [this, path, done = std::move(done)](RunStatePtr state) {
        const Experiment e = toSave(state);
        try {
            writeExperimentFile(e, path.toStdString());
        } catch (const std::exception& ex) {
            const QString problem = QString::fromUtf8(ex.what());
            showProblem(tr("Save Experiment"), tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), problem));
            emit statusMessage(QString(), 0);
            emit saveFailed(path, problem);
            if (done) done(false);
            return;
        }
        m_path = QFileInfo(path).absoluteFilePath();
        markSaved(e.run ? e.run->step : 0, state ? state->lastAppliedCommand : m_controller->lastSentCommand());
        if (m_options.rememberRecentFiles) m_recent->add(m_path);
        emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
        emit saved(m_path);
        if (done) done(true);
    });
}

bool DocumentFiles::autosaveNow() {
    if (!m_autosave || m_autosaving || !isModified()) return false;
    const std::uint64_t step = m_controller->latest() ? m_controller->latest()->step : 0;
    if (m_autosaved && m_autosavedChanges == m_documentChanges && m_autosavedStep == step) return false;
    m_autosaving = true;
    const std::uint64_t changes = m_documentChanges;
    m_controller->fetchState(this, [this, changes](RunStatePtr state) {
        m_autosaving = false;
        // Saved meanwhile: the recovery file would only be discarded again.
        if (!isModified()) return;
        const Experiment e = toSave(state);
        QString error;
        if (!m_autosave->write(e, m_path, &error)) {
            emit statusMessage(tr("Autosave failed: %1").arg(error), 10000);
            return;
        }
        m_autosaved = true;
        m_autosavedChanges = changes;
        m_autosavedStep = e.run ? e.run->step : 0;
        emit autosaved();
    });
    return true;
}

}  // namespace nnlab
