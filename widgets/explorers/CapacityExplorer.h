#pragma once
// Concept explorer: capacity, under- and overfitting, L1 and L2 (intro
// 000-39/40, 003-34..36; ad3501 "Capacity"; GBC 5.2, fig. 5.2). Polynomial
// fits of noisy 1-D data with a degree slider, training and validation error
// against the degree (the U-curve), and L1/L2 strength sliders whose effect
// shows in the coefficient bars: L1 zeros are exact (coordinate descent with
// soft thresholding, core/explorers/PolynomialFit.h).
#include "explorers/PolynomialFit.h"

#include <QWidget>

class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace nnlab {

class CapacityExplorer : public QWidget {
    Q_OBJECT
public:
    explicit CapacityExplorer(QWidget* parent = nullptr);

    static constexpr int kMaxDegree = 15;
    static constexpr int kLambdaSteps = 60;  // slider 0 = off, 1..60 = 1e-6 .. 1 on a log scale
    static double lambdaFromSlider(int position);

    QComboBox* targetBox() const { return m_target; }
    QSpinBox* pointsBox() const { return m_points; }
    QDoubleSpinBox* noiseBox() const { return m_noise; }
    QPushButton* newSampleButton() const { return m_newSample; }
    QSlider* degreeSlider() const { return m_degree; }
    QSlider* l2Slider() const { return m_l2; }
    QSlider* l1Slider() const { return m_l1; }
    QCustomPlot* fitPlot() const { return m_fitPlot; }
    QCPGraph* fitGraph() const { return m_fit; }
    QCustomPlot* errorPlot() const { return m_errorPlot; }
    QCPGraph* trainErrorGraph() const { return m_trainError; }
    QCPGraph* validationErrorGraph() const { return m_valError; }
    QCustomPlot* coefficientPlot() const { return m_coefPlot; }
    QCPBars* coefficientBars() const { return m_coefBars; }
    QCPGraph* zeroMarks() const { return m_zeros; }
    QLabel* readout() const { return m_readout; }
    const PolyFit& currentFit() const { return m_current; }

public slots:
    void resample();
    void refit();

private:
    void buildPlots();
    void updateFitPlot();
    void updateErrorPlot();
    void updateCoefficients();

    PolySample m_sample;
    PolyFit m_current;
    CapacityCurve m_curve;
    std::uint64_t m_seed = 1;

    QComboBox* m_target = nullptr;
    QSpinBox* m_points = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QPushButton* m_newSample = nullptr;
    QSlider* m_degree = nullptr;
    QSlider* m_l2 = nullptr;
    QSlider* m_l1 = nullptr;
    QLabel* m_degreeLabel = nullptr;
    QLabel* m_l2Label = nullptr;
    QLabel* m_l1Label = nullptr;
    QCustomPlot* m_fitPlot = nullptr;
    QCPGraph* m_train = nullptr;
    QCPGraph* m_val = nullptr;
    QCPGraph* m_truth = nullptr;
    QCPGraph* m_fit = nullptr;
    QCustomPlot* m_errorPlot = nullptr;
    QCPGraph* m_trainError = nullptr;
    QCPGraph* m_valError = nullptr;
    QCPGraph* m_best = nullptr;
    QCPItemStraightLine* m_degreeLine = nullptr;
    QCustomPlot* m_coefPlot = nullptr;
    QCPBars* m_coefBars = nullptr;
    QCPGraph* m_zeros = nullptr;
    QLabel* m_readout = nullptr;
};

}  // namespace nnlab
