#pragma once
// File > Examples: the experiment files shipped with the lab, grouped by what
// they show (the playground, images, maps, ...), with translated titles. The
// files are embedded as :/examples/NAME.json, so an installed lab opens them
// without a source tree; they open like a lesson (fresh weights, no path).
#include <QString>

#include <functional>
#include <vector>

class QMenu;
class QWidget;

namespace nnlab {

struct ExampleInfo {
    const char* file;   // "bars_cnn": resources/experiments/bars_cnn.json
    const char* group;  // untranslated group title (QT_TRANSLATE_NOOP "Examples")
    const char* title;  // untranslated menu text (QT_TRANSLATE_NOOP "Examples")
};

const std::vector<ExampleInfo>& exampleTable();
QString exampleResourcePath(const ExampleInfo& example);
// Action object names are "example_FILE".
QMenu* createExamplesMenu(QWidget* parent, std::function<void(const QString& path)> open);

}  // namespace nnlab
