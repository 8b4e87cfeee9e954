#pragma once
// Concept explorer: one problem, several learning rates side by side (intro
// 000-07's suggested test; ad3501 "learning rate"). E(w) = (x w - y)^2 and
// the engine's SGD; each column shows the path on the parabola, the loss per
// step and the factor (1 - 2 a x^2) one step multiplies w - w* by; below, the
// factor against a with the monotone / oscillating / diverging bands.
#include <QWidget>

#include <array>

class QCustomPlot;
class QCPGraph;
class QCPCurve;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace nnlab {

class NumberSpinBox;

class LearningRateExplorer : public QWidget {
    Q_OBJECT
public:
    explicit LearningRateExplorer(QWidget* parent = nullptr);

    static constexpr int kColumns = 4;
    NumberSpinBox* alphaBox(int i) const { return m_columns[std::size_t(i)].alpha; }
    QLabel* header(int i) const { return m_columns[std::size_t(i)].header; }
    QCustomPlot* pathPlot(int i) const { return m_columns[std::size_t(i)].path; }
    QCPCurve* pathCurve(int i) const { return m_columns[std::size_t(i)].pathCurve; }
    QCustomPlot* lossPlot(int i) const { return m_columns[std::size_t(i)].loss; }
    QCustomPlot* bandPlot() const { return m_bands; }
    QDoubleSpinBox* xBox() const { return m_x; }
    QDoubleSpinBox* yBox() const { return m_y; }
    QDoubleSpinBox* w0Box() const { return m_w0; }
    QSpinBox* stepsBox() const { return m_steps; }

public slots:
    void recompute();

private:
    struct Column {
        NumberSpinBox* alpha = nullptr;
        QLabel* header = nullptr;
        QCustomPlot* path = nullptr;
        QCPGraph* parabola = nullptr;
        QCPCurve* pathCurve = nullptr;
        QCustomPlot* loss = nullptr;
    };
    void buildColumn(int i, double alpha);
    void updateColumn(int i);
    void updateBands();

    std::array<Column, kColumns> m_columns;
    QDoubleSpinBox* m_x = nullptr;
    QDoubleSpinBox* m_y = nullptr;
    QDoubleSpinBox* m_w0 = nullptr;
    QSpinBox* m_steps = nullptr;
    QCustomPlot* m_bands = nullptr;
    QLabel* m_remark = nullptr;
};

}  // namespace nnlab
