#include "explorers/ValueSlider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>

#include <cmath>

namespace nnlab {

ValueSlider::ValueSlider(const QString& label, double minimum, double maximum, int steps, QWidget* parent)
    : QWidget(parent), m_min(minimum), m_max(maximum), m_value(minimum), m_steps(qMax(1, steps)) {
    m_name = new QLabel(label, this);
    auto* name = m_name;
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, m_steps);
    m_slider->setMinimumWidth(90);
    m_readout = new QLabel(this);
    m_readout->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0000.00")));
    m_readout->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(name);
    row->addWidget(m_slider, 1);
    row->addWidget(m_readout);
    connect(m_slider, &QSlider::valueChanged, this, [this](int i) {
        const double v = m_min + (m_max - m_min) * double(i) / double(m_steps);
        if (v == m_value) return;
        m_value = v;
        showValue();
        emit valueChanged(v);
    });
    showValue();
}

void ValueSlider::setDecimals(int decimals) {
    m_decimals = decimals;
    showValue();
}

void ValueSlider::setRange(const QString& label, double minimum, double maximum, int steps) {
    m_name->setText(label);
    m_min = minimum;
    m_max = maximum;
    m_steps = qMax(1, steps);
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, m_steps);
    const double old = m_value;
    m_value = std::nan("");  // forces setValue to place the handle and announce the value
    setValue(qBound(m_min, old, m_max));
}

void ValueSlider::setValue(double value) {
    const double t = (qBound(m_min, value, m_max) - m_min) / (m_max - m_min);
    const int i = int(std::lround(t * m_steps));
    const double snapped = m_min + (m_max - m_min) * double(i) / double(m_steps);
    // Exact values between the steps (a file's 0.01) are kept, not snapped.
    const double exact = qBound(m_min, value, m_max);
    const bool moved = exact != m_value;
    m_value = std::abs(snapped - exact) < 1e-12 ? snapped : exact;
    const QSignalBlocker block(m_slider);
    m_slider->setValue(i);
    showValue();
    if (moved) emit valueChanged(m_value);
}

void ValueSlider::showValue() { m_readout->setText(QLocale().toString(m_value, 'f', m_decimals)); }

}  // namespace nnlab
