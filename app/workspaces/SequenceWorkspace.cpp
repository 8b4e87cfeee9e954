#include "workspaces/SequenceWorkspace.h"

#include "playground/ExperimentDocument.h"
#include "sequences/SequencePanel.h"
#include "session/TrainingController.h"
#include "text/GeneratedTextView.h"

#include <QDockWidget>
#include <QMainWindow>

namespace nnlab {

SequenceWorkspace::SequenceWorkspace(QMainWindow* window, ExperimentDocument* document, TrainingController* controller)
    : QObject(window), m_window(window), m_document(document), m_controller(controller) {
    m_sequences = new SequencePanel;
    m_sequences->setExperiment(document->experiment());
    m_text = new GeneratedTextView;
}

void SequenceWorkspace::connectSession() {
    connect(m_controller, &TrainingController::snapshotReady, m_sequences, &SequencePanel::showSnapshot);
    connect(m_document, &ExperimentDocument::experimentChanged, m_sequences, &SequencePanel::setExperiment);
    // The worker computes the sequence payloads only while the dock is on screen.
    if (auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("sequenceDock"))) {
        connect(dock, &QDockWidget::visibilityChanged, this,
                [this](bool visible) { m_controller->setSequenceSample(visible ? m_sequences->sample() : -1); });
        connect(m_sequences, &SequencePanel::sequenceWanted, this, [this, dock](long sample) {
            if (dock->isVisible() && !dock->visibleRegion().isEmpty()) m_controller->setSequenceSample(sample);
        });
    }
    connect(m_controller, &TrainingController::snapshotReady, m_text, &GeneratedTextView::showSnapshot);
    connect(m_text, &GeneratedTextView::samplingChanged, m_controller, &TrainingController::setTextSampling);
    connect(m_text, &GeneratedTextView::textAppeared, this, [this] {
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("textDock"));
        if (dock && dock->isVisible()) dock->raise();
    });
}

void SequenceWorkspace::experimentChanged(const Experiment& experiment) {
    // A recurrent network has no plane to map: its pictures are in the Sequences dock.
    const bool recurrent = SequencePanel::hasRecurrentLayer(experiment);
    if (recurrent && !m_recurrent)
        if (auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("sequenceDock")); dock && dock->isVisible())
            dock->raise();
    m_recurrent = recurrent;
}

}  // namespace nnlab
