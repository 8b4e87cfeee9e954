#pragma once
// Controls a teacher hides from the class (experiment/ClassroomControls.h).
// Each panel marks its own controls with the name they answer to; the window
// applies the experiment's list to everything under it. So no one place needs
// to know every panel's widgets, and a new control is one mark away.
#include <string>
#include <vector>

class QObject;
class QWidget;

namespace nnlab {

// Marks a widget, a layout (a form row) or an action as the control `name`.
void markClassroomControl(QObject* control, const char* name);

// Hides the marked controls under `root` whose name is in `hidden` (a form
// row with its label, an action in its menus and tool bars), and shows again
// those it hid before that are no longer in the list. Controls it did not
// hide are left as their panels set them.
void applyClassroomHiding(QWidget* root, const std::vector<std::string>& hidden);

// True if `control` (marked) is hidden from the class right now.
bool hiddenFromClass(const QObject* control);

}  // namespace nnlab
