#include "healthview/LessonsMenu.h"

#include "experiment/ExperimentJson.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>

#include <iterator>

namespace nnlab {
namespace {

struct LessonText {
    const char* name;
    const char* title;
    const char* fix;     // what the fixed twin changes
    const char* broken;  // what the broken run shows and where to look
    const char* fixed;
};

// Keyed by the core table's names; core keeps the English titles for the CLI.
const LessonText kTexts[] = {
    {"deep-sigmoid", QT_TRANSLATE_NOOP("Lesson", "Deep sigmoid net stops learning"), QT_TRANSLATE_NOOP("Lesson", "ReLU + He initialisation"),
     QT_TRANSLATE_NOOP("Lesson", "Six sigmoid layers: watch the first layer's gradient (blue) sink far below the last layer's (red) while the loss stalls."),
     QT_TRANSLATE_NOOP("Lesson", "The same net with ReLU and He initialisation: the gradient norms stay together and the loss falls.")},
    {"large-init", QT_TRANSLATE_NOOP("Lesson", "Too-large initial weights explode"), QT_TRANSLATE_NOOP("Lesson", "Glorot initialisation"),
     QT_TRANSLATE_NOOP("Lesson", "Weights drawn from N(0, 1): watch the gradient norms climb until training stops on a NaN."),
     QT_TRANSLATE_NOOP("Lesson", "Glorot initialisation: the gradient norms stay level and the loss falls.")},
    {"zero-init", QT_TRANSLATE_NOOP("Lesson", "Zero initialisation stays at ln 2"), QT_TRANSLATE_NOOP("Lesson", "random (He) initialisation"),
     QT_TRANSLATE_NOOP("Lesson", "All weights zero: every unit of a layer stays the same and the loss stays at ln 2 = 0.693; watch for the symmetry verdict."),
     QT_TRANSLATE_NOOP("Lesson", "Random (He) weights break the symmetry: the units differ and the loss falls below ln 2.")},
    {"dying-relu", QT_TRANSLATE_NOOP("Lesson", "ReLUs die at a high learning rate"), QT_TRANSLATE_NOOP("Lesson", "leaky ReLU"),
     QT_TRANSLATE_NOOP("Lesson", "Adam at learning rate 0.3: watch neurons get a dead mark on the canvas and the dead share rise."),
     QT_TRANSLATE_NOOP("Lesson", "Leaky ReLU keeps a small gradient below zero: no unit dies, none is marked.")},
    {"exploding-clipping", QT_TRANSLATE_NOOP("Lesson", "Exploding gradients tamed by clipping"), QT_TRANSLATE_NOOP("Lesson", "gradient-norm clipping"),
     QT_TRANSLATE_NOOP("Lesson", "Plain SGD on a regression: watch the gradient norms jump by orders of magnitude and the loss blow up."),
     QT_TRANSLATE_NOOP("Lesson", "Clipping the gradient norm to 0.25 keeps every step small: the norms stay bounded and the loss falls.")},
};

const LessonText* textOf(const LessonInfo& lesson) {
    for (const LessonText& t : kTexts)
        if (QLatin1String(t.name) == QLatin1String(lesson.name)) return &t;
    return nullptr;
}

}  // namespace

QString lessonResourcePath(const LessonInfo& lesson, bool fixed) {
    return QStringLiteral(":/lessons/") + QString::fromStdString(lessonFile(lesson, fixed));
}

QString lessonTitle(const LessonInfo& lesson) {
    const LessonText* t = textOf(lesson);
    return t ? QCoreApplication::translate("Lesson", t->title) : QString::fromUtf8(lesson.title);
}

QString lessonFix(const LessonInfo& lesson) {
    const LessonText* t = textOf(lesson);
    return t ? QCoreApplication::translate("Lesson", t->fix) : QString::fromUtf8(lesson.fix);
}

QString lessonHint(const LessonInfo& lesson, bool fixed) {
    const LessonText* t = textOf(lesson);
    if (!t) return QString();
    return QCoreApplication::translate("Lesson", fixed ? t->fixed : t->broken);
}

bool readLesson(const QString& path, Experiment* experiment, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = QCoreApplication::translate("Lesson", "Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    try {
        *experiment = readExperimentText(file.readAll().toStdString(), QFileInfo(path).fileName().toStdString());
    } catch (const std::exception& e) {
        if (error) *error = QCoreApplication::translate("Lesson", "Could not open %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

QMenu* createLessonsMenu(QWidget* parent, std::function<void(const QString& path)> open) {
    auto* menu = new QMenu(QCoreApplication::translate("Lesson", "&Lessons"), parent);
    menu->setObjectName(QStringLiteral("lessonsMenu"));
    menu->setToolTipsVisible(true);
    for (const LessonInfo& lesson : lessonTable()) {
        // One section per pair: the failure first, then its fix, so the two sit side by side.
        menu->addSection(lessonTitle(lesson));
        for (const bool fixed : {false, true}) {
            const QString text = fixed ? QCoreApplication::translate("Lesson", "Fixed: %1").arg(lessonFix(lesson))
                                       : QCoreApplication::translate("Lesson", "Broken: %1").arg(lessonTitle(lesson));
            QAction* action = menu->addAction(text);
            action->setObjectName(QStringLiteral("lesson_%1_%2").arg(QString::fromUtf8(lesson.name),
                                                                     fixed ? QStringLiteral("fixed") : QStringLiteral("broken")));
            action->setToolTip(lessonHint(lesson, fixed));
            action->setStatusTip(lessonHint(lesson, fixed));
            const QString path = lessonResourcePath(lesson, fixed);
            QObject::connect(action, &QAction::triggered, menu, [open, path] { open(path); });
        }
    }
    return menu;
}

}  // namespace nnlab
