#include "ClassroomAction.h"

#include "common/ClassroomDialog.h"
#include "playground/ExperimentDocument.h"

#include <QAction>
#include <QCoreApplication>

namespace nnlab {

namespace {

QString actionText(std::size_t hidden) {
    return hidden == 0 ? QCoreApplication::translate("nnlab::ClassroomAction", "&Hide Controls for the Class\u2026")
                       : QCoreApplication::translate("nnlab::ClassroomAction", "&Hide Controls for the Class (%n hidden)\u2026",
                                                     nullptr, int(hidden));
}

}  // namespace

QAction* createClassroomAction(QWidget* window, ExperimentDocument* document) {
    auto* action = new QAction(actionText(document->experiment().hiddenControls.size()), window);
    action->setObjectName(QStringLiteral("classroomAction"));
    action->setToolTip(QCoreApplication::translate(
        "nnlab::ClassroomAction", "Choose which controls students see; the choice is saved with the experiment."));
    action->setStatusTip(action->toolTip());
    QObject::connect(document, &ExperimentDocument::experimentChanged, action,
                     [action](const Experiment& e) { action->setText(actionText(e.hiddenControls.size())); });
    QObject::connect(action, &QAction::triggered, window, [window, document] {
        auto* dialog = new ClassroomDialog(document->experiment().hiddenControls, window);
        dialog->setObjectName(QStringLiteral("classroomDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, document, [dialog, document] {
            Experiment next = document->experiment();
            next.hiddenControls = dialog->hiddenControls();
            if (next.hiddenControls == document->experiment().hiddenControls) return;
            document->change(next, QCoreApplication::translate("nnlab::ClassroomAction", "Hide controls for the class"));
        });
        dialog->open();
    });
    return action;
}

}  // namespace nnlab
