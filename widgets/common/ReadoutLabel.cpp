#include "common/ReadoutLabel.h"

#include <QEvent>
#include <algorithm>
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

void ReadoutLabel::setLineCount(int lines) {
    if (lines == m_lines) return;
    m_lines = std::max(1, lines);
    updateGeometry();
    update();
}

QSize ReadoutLabel::sizeHint() const {
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    const int width = fm.horizontalAdvance(m_sample.isEmpty() ? m_text : m_sample);
    return {(m_lines > 1 ? width / m_lines + fm.averageCharWidth() * 8 : width) + m.left() + m.right() + 2,
            fm.lineSpacing() * (m_lines - 1) + fm.height() + m.top() + m.bottom() + 2};
}

QSize ReadoutLabel::minimumSizeHint() const { return {0, sizeHint().height()}; }

void ReadoutLabel::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    const QRect r = contentsRect();
    if (m_lines > 1) painter.drawText(r, int(m_alignment) | Qt::TextWordWrap, m_text);
    else painter.drawText(r, int(m_alignment), fontMetrics().elidedText(m_text, Qt::ElideRight, r.width()));
}

void ReadoutLabel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateGeometry();
    QWidget::changeEvent(event);
}

}  // namespace nnlab
