#pragma once
// The gradient-health lessons in resources/lessons/: pairs NAME-broken.json
// and NAME-fixed.json. The broken run gets `verdict` from Diagnosis, the fixed
// twin none. The GUI's lesson menu lists them in this order (titles through
// QT_TRANSLATE_NOOP, context "Lesson"); tst_health checks every row.
#include <string>
#include <vector>

namespace nnlab {

struct LessonInfo {
    const char* name;        // "deep-sigmoid": files deep-sigmoid-broken.json, deep-sigmoid-fixed.json
    const char* title;       // menu text
    const char* verdict;     // what the broken run is diagnosed with
    const char* fix;         // what the fixed twin changes
    const char* curriculum;  // checklist items
};

const std::vector<LessonInfo>& lessonTable();
std::string lessonFile(const LessonInfo& lesson, bool fixed);  // "deep-sigmoid-fixed.json"

}  // namespace nnlab
