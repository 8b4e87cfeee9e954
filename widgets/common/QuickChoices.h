#pragma once
// A small drop-down button beside a number box offering a few values to pick
// at once (GAN Lab's learning rates 0.001 ... 1.0); the box still takes any
// value typed in. Picking one sets the box's value (its valueChanged does the
// rest); the menu marks the value the box holds.
#include <QToolButton>

#include <vector>

class QDoubleSpinBox;

namespace nnlab {

class QuickChoices : public QToolButton {
    Q_OBJECT
public:
    QuickChoices(QDoubleSpinBox* box, std::vector<double> values, QWidget* parent = nullptr);
    const std::vector<double>& values() const { return m_values; }
    // As a click on the menu's entry for values()[i].
    void choose(std::size_t i);

private:
    QDoubleSpinBox* m_box;
    std::vector<double> m_values;
};

}  // namespace nnlab
