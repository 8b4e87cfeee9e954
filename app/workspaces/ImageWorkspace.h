#pragma once
// The image networks' part of the window: the Test images panel (answers,
// confusion matrix, worst mistakes) and Look inside (every layer's feature
// maps for one image or a drawing), which may take the whole window for a
// class to watch. It wires them to the session and keeps the layout that
// Look inside gave up; MainWindow puts the panels in its docks
// ("imagesDock", "lookInsideDock").
#include <QByteArray>
#include <QObject>

#include <optional>
#include <string>
#include <vector>

class QDockWidget;
class QMainWindow;

namespace nnlab {

class ImageResultsPanel;
class LookInsidePanel;
class TrainingController;
struct Experiment;

class ImageWorkspace : public QObject {
    Q_OBJECT
public:
    ImageWorkspace(QMainWindow* window, TrainingController* controller);

    ImageResultsPanel* results() const { return m_results; }
    LookInsidePanel* lookInside() const { return m_inside; }

    // After the docks exist.
    void connectSession();
    void setClassNames(const std::vector<std::string>& names);
    // An experiment Look inside says nothing about gives the docks back first.
    void experimentChanged(const Experiment& experiment);
    // Look inside alone in the window (every other dock and the middle
    // hidden, the toolbar kept), or the layout from before back.
    void enlarge(bool enlarged);
    // The layout to save or hand on: the one before Look inside took the window.
    std::optional<QByteArray> layoutBeforeEnlarge() const { return m_layoutBeforeEnlarge; }

private:
    QDockWidget* dock(const char* objectName) const;

    QMainWindow* m_window;
    TrainingController* m_controller;
    ImageResultsPanel* m_results = nullptr;
    LookInsidePanel* m_inside = nullptr;
    std::optional<QByteArray> m_layoutBeforeEnlarge;  // set while Look inside has the whole window
    std::vector<QDockWidget*> m_hiddenForInside;      // the docks it hid then
};

}  // namespace nnlab
