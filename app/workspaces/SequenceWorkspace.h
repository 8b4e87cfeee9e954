#pragma once
// The recurrent networks' part of the window: the Sequences panel (one
// validation sequence, its hidden states, gates and gradients through time)
// and the text a network trained on text writes, with their wiring to the
// session. MainWindow puts them in its docks ("sequenceDock", "textDock").
#include <QObject>

class QMainWindow;

namespace nnlab {

class ExperimentDocument;
class GeneratedTextView;
class SequencePanel;
class TrainingController;
struct Experiment;

class SequenceWorkspace : public QObject {
    Q_OBJECT
public:
    SequenceWorkspace(QMainWindow* window, ExperimentDocument* document, TrainingController* controller);

    SequencePanel* sequences() const { return m_sequences; }
    GeneratedTextView* text() const { return m_text; }

    // After the docks exist.
    void connectSession();
    // A recurrent network just opened brings its dock to the front.
    void experimentChanged(const Experiment& experiment);

private:
    QMainWindow* m_window;
    ExperimentDocument* m_document;
    TrainingController* m_controller;
    SequencePanel* m_sequences = nullptr;
    GeneratedTextView* m_text = nullptr;
    bool m_recurrent = false;  // the experiment has a recurrent layer
};

}  // namespace nnlab
