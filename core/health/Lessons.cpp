#include "health/Lessons.h"

namespace nnlab {

const std::vector<LessonInfo>& lessonTable() {
    static const std::vector<LessonInfo> table = {
        // name                 title                                          verdict                 fix                           curriculum
        {"deep-sigmoid",        "Deep sigmoid net stops learning",             "vanishing_gradients",  "ReLU + He initialisation",   "000-10, 003-29"},
        {"large-init",          "Too-large initial weights explode",           "exploding_gradients",  "Glorot initialisation",      "000-11, 003-07, 003-10"},
        {"zero-init",           "Zero initialisation stays at ln 2",           "symmetry",             "random (He) initialisation", "000-26, 003-05"},
        {"dying-relu",          "ReLUs die at a high learning rate",           "dead_relu",            "leaky ReLU",                 "000-13, 000-14"},
        {"exploding-clipping",  "Exploding gradients tamed by clipping",       "exploding_gradients",  "gradient-norm clipping",     "000-11, 003-11"},
    };
    return table;
}

std::string lessonFile(const LessonInfo& lesson, bool fixed) {
    return std::string(lesson.name) + (fixed ? "-fixed.json" : "-broken.json");
}

}  // namespace nnlab
