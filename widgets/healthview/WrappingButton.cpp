#include "healthview/WrappingButton.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace nnlab {

WrappingButton::WrappingButton(const QString& text, QWidget* parent) : QPushButton(text, parent) {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrappingButton::heightForWidth(int width) const {
    const QRect text = fontMetrics().boundingRect(QRect(0, 0, std::max(20, width - 2 * kPadding), 100000),
                                                  Qt::TextWordWrap | Qt::AlignCenter, this->text());
    return text.height() + 2 * kPadding;
}

QSize WrappingButton::sizeHint() const {
    const int width = std::min(fontMetrics().horizontalAdvance(text()) + 2 * kPadding, 320);
    return {width, heightForWidth(width)};
}

QSize WrappingButton::minimumSizeHint() const { return {40, fontMetrics().height() + 2 * kPadding}; }

void WrappingButton::paintEvent(QPaintEvent*) {
    QStylePainter p(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();  // the bevel only: the text is drawn wrapped below
    p.drawControl(QStyle::CE_PushButton, option);
    p.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    p.drawText(rect().adjusted(kPadding, kPadding, -kPadding, -kPadding), Qt::TextWordWrap | Qt::AlignCenter, text());
}

}  // namespace nnlab
