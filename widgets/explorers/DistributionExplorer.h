#pragma once
// Concept explorer "distributions": Bernoulli, binomial, Poisson, uniform,
// Gaussian and exponential, each with its parameters as sliders; samples are
// drawn by the engine's Rng (core/random/Distributions.h) and shown as a
// histogram against the exact pmf or pdf, with the sample mean and variance
// beside the exact ones and the area under the pdf (which must be 1). The
// notes' worked examples (ad3501 Unit I, WE-4 .. WE-9) are quoted with their
// errors; the Gaussian can overlay the notes' wrong density.
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCPBars;
class QCPGraph;
class QCustomPlot;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace nnlab {

class ValueSlider;

class DistributionExplorer : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Bernoulli, Binomial, Poisson, Uniform, Gaussian, Exponential };

    explicit DistributionExplorer(QWidget* parent = nullptr);

    void setDistribution(Kind kind);
    Kind distribution() const;
    // Keys: phi; n, p; lambda; a, b; mu, sigma; rate or scale (exponential).
    void setParameter(const QString& key, double value);
    double parameter(const QString& key) const;
    QStringList parameterKeys() const;
    void setSampleCount(int n);
    int sampleCount() const;
    void setSeed(int seed);
    // Exponential: parametrise by NumPy's scale beta = 1 / rate (the notes' WE-9).
    void setScaleParametrisation(bool on);
    // Gaussian: overlay the notes' density (pi sd) exp(-z^2 / 2).
    void setNotesFormulaShown(bool on);

    const QVector<double>& samples() const { return m_samples; }
    double sampleMean() const;
    double sampleVariance() const;
    double exactMean() const;
    double exactVariance() const;
    double probability(double x) const;  // the exact pmf (whole x) or pdf
    double area() const;                 // sum of the pmf / integral of the pdf
    double notesFormulaArea() const;     // integral of the notes' Gaussian, ~1607 for sd 14.29
    bool isDiscrete() const;

    QCPBars* histogram() const { return m_bars; }
    QCPGraph* exactCurve() const { return m_exact; }
    QCustomPlot* plot() const { return m_plot; }
    QString readout() const;
    QString formula() const;
    QString example() const;

private:
    void rebuildParameters();
    void redraw();
    void draw();

    QComboBox* m_kind;
    QSpinBox* m_count;
    QSpinBox* m_seed;
    QPushButton* m_again;
    QCheckBox* m_scale;
    QCheckBox* m_notesCurve;
    QHBoxLayout* m_paramRow;
    QVector<QPair<QString, ValueSlider*>> m_params;
    QCustomPlot* m_plot;
    QCPBars* m_bars;
    QCPGraph* m_exact;
    QCPGraph* m_notes;
    QLabel* m_readout;
    QLabel* m_formula;
    QLabel* m_example;
    QVector<double> m_samples;
};

}  // namespace nnlab
