#include "common/NumberSpinBox.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace nnlab {

NumberSpinBox::NumberSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(12);  // textFromValue decides what is shown
    setKeyboardTracking(false);  // typing "0.003" sends one value, not 0, 0.0, 0.00, ...
    setAccelerated(true);
    setMinimumWidth(90);
}

QString NumberSpinBox::textFromValue(double value) const { return locale().toString(value, 'g', 6); }

double NumberSpinBox::valueFromText(const QString& text) const {
    bool ok = false;
    const double v = locale().toDouble(text.trimmed(), &ok);
    return ok ? v : value();
}

QValidator::State NumberSpinBox::validate(QString& text, int&) const {
    const QString t = text.trimmed();
    if (t.isEmpty() || t == locale().negativeSign() || t.endsWith(QLatin1Char('e'), Qt::CaseInsensitive) ||
        t.endsWith(locale().decimalPoint()))
        return QValidator::Intermediate;
    bool ok = false;
    const double v = locale().toDouble(t, &ok);
    if (!ok) return QValidator::Invalid;
    return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

double NumberSpinBox::ladder(double value, int steps, double minimum) {
    // ..., 0.001, 0.003, 0.01, 0.03, ...: two rungs per decade.
    static const double kRungs[] = {1.0, 3.0};
    for (int i = 0; i < std::abs(steps); ++i) {
        if (value <= 0.0) {
            if (steps > 0) value = std::max(minimum, 1e-5);
            continue;
        }
        const double decade = std::pow(10.0, std::floor(std::log10(value) + 1e-9));
        const double m = value / decade;
        if (steps > 0) {
            value = m < kRungs[1] - 1e-9 ? decade * kRungs[1] : decade * 10.0;
        } else {
            value = m > kRungs[1] + 1e-9 ? decade * kRungs[1] : (m > 1.0 + 1e-9 ? decade : decade * 0.3);
            if (value < 1e-5 * (1 - 1e-9)) value = minimum <= 0.0 ? 0.0 : minimum;
        }
    }
    return value;
}

void NumberSpinBox::stepBy(int steps) {
    if (!m_log) {
        QDoubleSpinBox::stepBy(steps);
        return;
    }
    setValue(std::clamp(ladder(value(), steps, minimum()), minimum(), maximum()));
    selectAll();
}

}  // namespace nnlab
