#pragma once
// View > "Hide Controls for the Class…": opens the dialog (without waiting
// in a nested event loop) and makes the choice one undoable edit of the
// experiment. The window applies the experiment's list (applyClassroomHiding).
class QAction;
class QWidget;

namespace nnlab {

class ExperimentDocument;

QAction* createClassroomAction(QWidget* window, ExperimentDocument* document);

}  // namespace nnlab
