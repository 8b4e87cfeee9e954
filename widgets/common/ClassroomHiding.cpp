#include "common/ClassroomHiding.h"

#include <QAction>
#include <QFormLayout>
#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace nnlab {

namespace {

const char* const kNameProperty = "nnlabClassroomControl";
const char* const kHiddenProperty = "nnlabHiddenFromClass";

bool layoutHolds(QLayout* layout, const QObject* control) {
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget() == control || item->layout() == control) return true;
    }
    return false;
}

// The form row whose field is `control` or a layout holding it: the row goes
// with its label.
bool setFormRowVisible(QWidget* root, QObject* control, bool visible) {
    for (QFormLayout* form : root->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
            if (!field) field = form->itemAt(row, QFormLayout::SpanningRole);
            if (!field) continue;
            const bool isField = field->widget() == control || field->layout() == control;
            if (isField || (field->layout() && layoutHolds(field->layout(), control))) {
                form->setRowVisible(row, visible);
                return true;
            }
        }
    }
    return false;
}

void setLayoutWidgetsVisible(QLayout* layout, bool visible) {
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget()) item->widget()->setVisible(visible);
        if (item->layout()) setLayoutWidgetsVisible(item->layout(), visible);
    }
}

void setControlVisible(QWidget* root, QObject* control, bool visible) {
    if (auto* action = qobject_cast<QAction*>(control)) {
        action->setVisible(visible);
        return;
    }
    if (setFormRowVisible(root, control, visible)) return;
    if (auto* widget = qobject_cast<QWidget*>(control))
        widget->setVisible(visible);
    else if (auto* layout = qobject_cast<QLayout*>(control))
        setLayoutWidgetsVisible(layout, visible);
}

}  // namespace

void markClassroomControl(QObject* control, const char* name) { control->setProperty(kNameProperty, QString::fromLatin1(name)); }

bool hiddenFromClass(const QObject* control) { return control->property(kHiddenProperty).toBool(); }

void applyClassroomHiding(QWidget* root, const std::vector<std::string>& hidden) {
    for (QObject* control : root->findChildren<QObject*>()) {
        const QVariant name = control->property(kNameProperty);
        if (!name.isValid()) continue;
        const bool hide = std::find(hidden.begin(), hidden.end(), name.toString().toStdString()) != hidden.end();
        // Hidden ones again each time: a panel may have shown its row since.
        if (!hide && !hiddenFromClass(control)) continue;
        setControlVisible(root, control, !hide);
        control->setProperty(kHiddenProperty, hide);
    }
}

}  // namespace nnlab
