#pragma once
// The Language menu takes effect at once. Widgets build their texts when they
// are made, so the window is made again in the new language and takes over
// the session of the old one (the experiment and its undo stack, the worker
// and its run, the file and its unsaved state); the old window goes.
#include <QString>

namespace nnlab {

class MainWindow;

// From now on, the window's (and each replacement's) language choice rebuilds it.
void followLanguageChoices(MainWindow* window);

// Installs the translators for code, saves the choice, and returns the new
// window, shown where the old one was; the old one is hidden and deleted.
MainWindow* rebuildInLanguage(MainWindow* window, const QString& code);

}  // namespace nnlab
