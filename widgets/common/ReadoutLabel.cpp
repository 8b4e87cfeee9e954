#include "common/ReadoutLabel.h"

#include <QEvent>
#include <QPainter>

namespace nnlab {

ReadoutLabel::ReadoutLabel(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ReadoutLabel::setText(const QString& text) {
    if (text == m_text) return;
    m_text = text;
    update();
}

void ReadoutLabel::setSampleText(const QString& sample) {
    if (sample == m_sample) return;  // called with every new value: relayout only on a real change
    m_sample = sample;
    updateGeometry();
}

void ReadoutLabel::setAlignment(Qt::Alignment alignment) {
    m_alignment = alignment;
    update();
}

QSize ReadoutLabel::sizeHint() const {
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    return {fm.horizontalAdvance(m_sample.isEmpty() ? m_text : m_sample) + m.left() + m.right() + 2,
            fm.height() + m.top() + m.bottom() + 2};
}

QSize ReadoutLabel::minimumSizeHint() const { return {0, sizeHint().height()}; }

void ReadoutLabel::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    const QRect r = contentsRect();
    painter.drawText(r, int(m_alignment), fontMetrics().elidedText(m_text, Qt::ElideRight, r.width()));
}

void ReadoutLabel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateGeometry();
    QWidget::changeEvent(event);
}

}  // namespace nnlab
