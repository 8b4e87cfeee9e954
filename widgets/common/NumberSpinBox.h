#pragma once
// A spin box for hyperparameters that span decades (learning rate 1e-5..10,
// L2 0..1): shows up to 6 significant digits in the user's locale, and in
// log mode the arrows walk the 1-3-10 ladder TensorFlow Playground offers.
#include <QDoubleSpinBox>

namespace nnlab {

class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget* parent = nullptr);
    void setLogSteps(bool on) { m_log = on; }
    bool logSteps() const { return m_log; }
    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;

    // The 1-3-10 ladder step from value (steps > 0 up, < 0 down).
    static double ladder(double value, int steps, double minimum);

private:
    bool m_log = false;
};

}  // namespace nnlab
