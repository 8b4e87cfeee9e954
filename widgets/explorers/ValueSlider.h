#pragma once
// A labelled slider over a real range (min .. max in `steps` steps) with the
// value shown beside it in the user's locale: the explorers' parameter control.
#include <QWidget>

class QLabel;
class QSlider;

namespace nnlab {

class ValueSlider : public QWidget {
    Q_OBJECT
public:
    ValueSlider(const QString& label, double minimum, double maximum, int steps, QWidget* parent = nullptr);
    double value() const { return m_value; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    void setDecimals(int decimals);
    // Gives the same control a new meaning (label and range) without replacing it.
    void setRange(const QString& label, double minimum, double maximum, int steps);
    QSlider* slider() const { return m_slider; }

public slots:
    // Snaps to the nearest step; emits valueChanged if the value moved.
    void setValue(double value);

signals:
    void valueChanged(double value);

private:
    void showValue();
    double m_min, m_max, m_value;
    int m_steps, m_decimals = 2;
    QSlider* m_slider;
    QLabel* m_readout;
    QLabel* m_name;
};

}  // namespace nnlab
