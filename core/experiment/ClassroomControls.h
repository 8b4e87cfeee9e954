#pragma once
// The controls a teacher can hide from students (TensorFlow Playground's
// "use it in classroom" panel): saved in the experiment file as
//   "classroom": {"hide": ["play", "learning_rate", ...]}
// so that a lesson opens with only what the class should touch. The window
// maps each name to its widgets; here are only the names, so that a file
// naming an unknown control is refused when it is read, with the list.
#include <string>
#include <vector>

namespace nnlab {

// Every name, in the order the window's dialog lists them.
const std::vector<std::string>& classroomControlNames();

// Sorted and without repeats; throws SpecError naming `path` and the entry
// for an unknown or repeated name.
std::vector<std::string> checkedClassroomControls(const std::vector<std::string>& names, const std::string& path);

}  // namespace nnlab
