#pragma once
// The Lessons menu: for each gradient-health lesson (core lessonTable(), in
// its order) the broken experiment and its fixed twin. The files are embedded
// as :/lessons/NAME-broken.json and NAME-fixed.json, so an installed lab finds
// them without a source tree.
#include "experiment/Experiment.h"
#include "health/Lessons.h"

#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace nnlab {

QString lessonResourcePath(const LessonInfo& lesson, bool fixed);
// Translated menu text, and the one-line tooltip: what it shows, what to watch.
QString lessonTitle(const LessonInfo& lesson);
QString lessonFix(const LessonInfo& lesson);  // "leaky ReLU"
QString lessonHint(const LessonInfo& lesson, bool fixed);
// Parses an embedded (or any Qt-readable) experiment; false with a worded error.
bool readLesson(const QString& path, Experiment* experiment, QString* error);
// A "Lessons" menu whose actions call open(resource path). Action object
// names are "lesson_NAME_broken" and "lesson_NAME_fixed".
QMenu* createLessonsMenu(QWidget* parent, std::function<void(const QString& path)> open);

}  // namespace nnlab
