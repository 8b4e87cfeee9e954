#include "common/QuickChoices.h"

#include <QDoubleSpinBox>
#include <QLocale>
#include <QMenu>

#include <cmath>

namespace nnlab {

QuickChoices::QuickChoices(QDoubleSpinBox* box, std::vector<double> values, QWidget* parent)
    : QToolButton(parent), m_box(box), m_values(std::move(values)) {
    setPopupMode(QToolButton::InstantPopup);
    setArrowType(Qt::DownArrow);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    // The arrow says "a list"; the style's extra menu mark beside it would say it twice.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    auto* menu = new QMenu(this);
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        QAction* action = menu->addAction(QLocale().toString(m_values[i], 'g', 6));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, i] { choose(i); });
    }
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        const QList<QAction*> actions = menu->actions();
        for (int i = 0; i < actions.size(); ++i) {
            const double v = m_values[std::size_t(i)];
            actions[i]->setChecked(std::abs(m_box->value() - v) <= 1e-9 * std::max(1.0, v));
        }
    });
    setMenu(menu);
}

void QuickChoices::choose(std::size_t i) {
    if (i < m_values.size()) m_box->setValue(m_values[i]);
}

}  // namespace nnlab
