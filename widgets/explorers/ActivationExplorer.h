#pragma once
// Concept explorer "activations": two activations of the engine's table side
// by side, each with f(x) and f'(x) computed by the engine (not re-implemented),
// its parameters as sliders, the regions where |f'(x)| < 0.05 shaded (little
// gradient flows back there), the formula, the notes' worked example, and the
// values at the hovered x on both plots.
#include "spec/NamedSpec.h"

#include <QPair>
#include <QVector>
#include <QWidget>

class QComboBox;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemTracer;
class QCustomPlot;
class QLabel;
class QVBoxLayout;

namespace nnlab {

class ValueSlider;

class ActivationPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr double kXMin = -6.0, kXMax = 6.0;
    static constexpr double kSaturation = 0.05;  // |f'| below this is shaded

    explicit ActivationPanel(const QString& initial, QWidget* parent = nullptr);

    QString activation() const;
    void setActivation(const QString& name);
    // The current value of a parameter slider (the table default if none).
    double parameter(const QString& key) const;
    void setParameter(const QString& key, double value);
    NamedSpec spec() const;

    bool hasGradient() const;
    double valueAt(double x) const;       // the engine's f(x)
    double derivativeAt(double x) const;  // the engine's f'(x); NaN without a gradient
    // [from, to] intervals of the plotted range where |f'| < kSaturation.
    QVector<QPair<double, double>> saturatedRegions() const { return m_regions; }

    void showCursor(double x);
    QString readout() const;
    QString formula() const;
    QString example() const;
    QCustomPlot* plot() const { return m_plot; }

signals:
    void hovered(double x);

private:
    void rebuildParameters();
    void recompute();
    // f and f' of the current spec at xs (one engine call for the batch).
    void evaluate(const QVector<double>& xs, QVector<double>& f, QVector<double>& df) const;

    QComboBox* m_combo;
    QVBoxLayout* m_paramBox;
    QVector<QPair<QString, ValueSlider*>> m_params;
    QCustomPlot* m_plot;
    QCPGraph* m_f = nullptr;
    QCPGraph* m_df = nullptr;
    QCPGraph* m_shadeKey = nullptr;
    QCPItemStraightLine* m_cursor = nullptr;
    QCPItemTracer* m_tracer = nullptr;
    QLabel* m_readout;
    QLabel* m_formula;
    QLabel* m_example;
    QVector<QPair<double, double>> m_regions;
    double m_cursorX = 1.0;
};

class ActivationExplorer : public QWidget {
    Q_OBJECT
public:
    explicit ActivationExplorer(QWidget* parent = nullptr);
    ActivationPanel* panel(int i) const { return i == 0 ? m_left : m_right; }
    // Moves both cursors to x (what hovering does).
    void showCursor(double x);

private:
    ActivationPanel* m_left;
    ActivationPanel* m_right;
};

}  // namespace nnlab
